package dev.vpclab.sim;

import static dev.vpclab.sim.SimCheck.alb;
import static dev.vpclab.sim.SimCheck.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets over time, driven through the stepping API: slow start, deregistration, faults and rate changes at run time. */
class TargetLifecycleTest {

    static final String LB = "app/web-alb/web-alb";

    private static TargetStatus target(TrafficSimulator sim, String id) {
        return sim.targets().stream().filter(t -> t.targetId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRecoveredTargetRampsUpDuringSlowStart() {
        TargetGroupAttributes slow = new TargetGroupAttributes(null, null, 0, null, 300, 120, null, null, 1);
        Scenario sc = Scenario.DEFAULT.withDuration(900).withRate(30, new RateProfile.Constant())
                .withFaults(List.of(new ScheduledFault("i-a0", 60, FaultAction.STOP), new ScheduledFault("i-a0", 200, FaultAction.RECOVER)));
        TrafficSimulator sim = TrafficSimulator.create(SimNetworks.alb(2, 1, "m5.large", slow).document(), sc, 3);
        sim.advanceTo(120);
        assertThat(target(sim, "i-a0").state()).isEqualTo(TargetHealth.UNHEALTHY);
        while (target(sim, "i-a0").state() != TargetHealth.HEALTHY) {
            sim.step(1);
        }
        long healthy = sim.now();
        double early = share(sim, 20);
        sim.advanceTo(healthy + 100);
        double late = share(sim, 20);
        sim.advanceTo(healthy + 200);
        double after = share(sim, 60);
        assertThat(early).as("first 20 s of slow start").isLessThan(0.15);
        assertThat(late).as("last 20 s of slow start").isGreaterThan(early + 0.1);
        assertThat(after).as("after slow start, round robin again").isCloseTo(1.0 / 3, within(0.03));
    }

    private static double share(TrafficSimulator sim, int seconds) {
        long a0 = sim.requestsServed().get("i-a0");
        long all = sim.requestsServed().values().stream().mapToLong(Long::longValue).sum();
        sim.step(seconds);
        long a1 = sim.requestsServed().get("i-a0");
        long all1 = sim.requestsServed().values().stream().mapToLong(Long::longValue).sum();
        return (a1 - a0) / (double) (all1 - all);
    }

    @Test
    void aTerminatedTargetDrainsThenLeaves() {
        TrafficSimulator sim = TrafficSimulator.create(SimNetworks.alb(2, 2, "m5.large", TargetGroupAttributes.DEFAULT).document(),
                Scenario.DEFAULT.withDuration(600).withRate(50, new RateProfile.Constant()), 3);
        sim.advanceTo(120);
        sim.inject("i-a0", FaultAction.TERMINATE);
        assertThat(target(sim, "i-a0").state()).isEqualTo(TargetHealth.DRAINING);
        long served = sim.requestsServed().get("i-a0");
        sim.step(5);
        assertThat(target(sim, "i-a0").state()).as("nothing in flight: deregistration completes early").isEqualTo(TargetHealth.UNUSED);
        assertThat(target(sim, "i-a0").instanceState()).isEqualTo(Instance.State.TERMINATED);
        sim.advanceTo(600);
        assertThat(sim.requestsServed().get("i-a0")).isEqualTo(served);
        assertThat(sim.document().interfacesOf("i-a0")).isEmpty();
        assertThat(sum(sim, alb("HTTPCode_ELB_5XX_Count", LB), 0, 600)).isZero();
    }

    @Test
    void theRateCanChangeAtRunTime() {
        TrafficSimulator sim = TrafficSimulator.create(SimNetworks.alb(2, 2, "m5.large", TargetGroupAttributes.DEFAULT).document(),
                Scenario.DEFAULT.withDuration(600).withRate(10, new RateProfile.Constant()), 3);
        sim.advanceTo(300);
        sim.setRate(100, new RateProfile.Constant());
        assertThat(sim.currentRate()).isEqualTo(100);
        sim.advanceTo(600);
        assertThat(sum(sim, alb("RequestCount", LB), 0, 300) / 300).isCloseTo(10, within(1.0));
        assertThat(sum(sim, alb("RequestCount", LB), 300, 600) / 300).isCloseTo(100, within(3.0));
        assertThatThrownBy(() -> sim.inject("nothing-here", null)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("nothing in the model is called 'nothing-here'");
        assertThatThrownBy(() -> sim.inject("us-east-1a", FaultAction.TERMINATE)).hasMessageContaining("a zone can fail or recover");
    }

    @Test
    void stoppingAnInstanceGives504sUntilHealthChecksNotice() {
        TrafficSimulator sim = TrafficSimulator.create(SimNetworks.alb(2, 2, "m5.large", TargetGroupAttributes.DEFAULT).document(),
                Scenario.DEFAULT.withDuration(300).withRate(40, new RateProfile.Constant()), 3);
        sim.advanceTo(120);
        sim.inject("i-b1", null);
        sim.advanceTo(300);
        double lost = sum(sim, alb("HTTPCode_ELB_504_Count", LB), 120, 300);
        assertThat(lost).as("a quarter of 40 req/s for the 10–20 s two failed checks take").isBetween(40.0, 260.0);
        assertThat(target(sim, "i-b1").state()).isEqualTo(TargetHealth.UNHEALTHY);
        assertThat(target(sim, "i-b1").reason().key()).isEqualTo("sim.target.reason.timeout");
    }
}
