package dev.vpclab.sim;

import static dev.vpclab.sim.SimCheck.alb;
import static dev.vpclab.sim.SimCheck.albGroup;
import static dev.vpclab.sim.SimCheck.points;
import static dev.vpclab.sim.SimCheck.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.Statistic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An Availability Zone fails: traffic moves to the healthy zone and the healthy-host count drops as AWS reports it. */
class ZoneFailureTest {

    static final String LB = "app/web-alb/web-alb";
    static final String TG = "targetgroup/tg-web/tg-web";

    @Test
    void trafficMovesToTheHealthyZone() {
        Scenario sc = Scenario.DEFAULT.withDuration(900).withRate(20, new RateProfile.Constant())
                .withFaults(List.of(new ScheduledFault("us-east-1a", 300, null)));
        TrafficSimulator sim = TrafficSimulator.create(SimNetworks.alb(2, 2, "m5.large", TargetGroupAttributes.DEFAULT).document(), sc, 8);
        sim.advanceTo(360);
        Map<String, Long> early = sim.requestsServed();
        assertThat(early.get("i-a0")).isPositive();
        sim.advanceTo(900);
        Map<String, Long> late = sim.requestsServed();
        assertThat(late.get("i-a0")).isEqualTo(early.get("i-a0"));
        assertThat(late.get("i-a1")).isEqualTo(early.get("i-a1"));
        assertThat(late.get("i-b0")).isGreaterThan(early.get("i-b0") + 4000);

        assertThat(sim.targets()).filteredOn(t -> t.availabilityZone().equals("us-east-1a")).allSatisfy(t -> {
            assertThat(t.state()).isEqualTo(TargetHealth.UNHEALTHY);
            assertThat(t.instanceState()).isEqualTo(Instance.State.STOPPED);
        });
        assertThat(values(sim, albGroup("HealthyHostCount", LB, TG), 0, 300)).containsOnly(4.0);
        assertThat(values(sim, albGroup("HealthyHostCount", LB, TG), 360, 900)).containsOnly(2.0);
        MetricKey zoneA = MetricKey.of(MetricNames.ALB, "HealthyHostCount", MetricNames.LOAD_BALANCER, LB, MetricNames.TARGET_GROUP, TG,
                MetricNames.AVAILABILITY_ZONE, "us-east-1a");
        assertThat(values(sim, zoneA, 360, 900)).containsOnly(0.0);
        MetricKey viaA = MetricKey.of(MetricNames.ALB, "RequestCount", MetricNames.LOAD_BALANCER, LB, MetricNames.AVAILABILITY_ZONE, "us-east-1a");
        assertThat(points(sim, viaA, Statistic.SUM, 0, 300)).isNotEmpty();
        assertThat(points(sim, viaA, Statistic.SUM, 360, 900)).as("the zone's node left DNS").isEmpty();
        double lost = sum(sim, alb("HTTPCode_ELB_504_Count", LB), 300, 360);
        assertThat(lost).as("requests sent to stopped targets until health checks notice").isPositive().isLessThan(20 * 30);
        assertThat(sum(sim, alb("HTTPCode_ELB_5XX_Count", LB), 360, 900)).isZero();
        assertThat(sim.events()).extracting(e -> e.description().key()).contains("sim.event.zoneFailed");
    }

    private static List<Double> values(TrafficSimulator sim, MetricKey key, long from, long to) {
        return points(sim, key, Statistic.AVERAGE, from, to).stream().map(Datapoint::value).toList();
    }
}
