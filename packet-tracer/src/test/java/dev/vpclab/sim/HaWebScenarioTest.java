package dev.vpclab.sim;

import static dev.vpclab.sim.SimCheck.points;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.Statistic;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulation saved in samples/ha-web.vpclab does what its description says: traffic rises fourfold at 10 min,
 * CPU climbs and the Auto Scaling group scales out; at 30 min us-east-1a fails, its targets go and traffic moves to
 * us-east-1b. The same seed gives the same bytes; another seed gives others.
 */
class HaWebScenarioTest {

    static final String LB = "app/web-alb/0a1b2c3d4e5f6a7b";
    static final String TG = "targetgroup/tg-web/5e6f7a8b9c0d1e2f";

    private static Document doc;
    private static Scenario scenario;
    private static TrafficSimulator sim;

    @BeforeAll
    static void run() {
        doc = Samples.load("ha-web");
        scenario = ScenarioArguments.parse(doc.simulations().get(0).arguments());
        sim = TrafficSimulator.create(doc, scenario);
        sim.run();
    }

    @Test
    void theSpikeDrivesCpuUpAndTheGroupOut() {
        MetricKey cpu = MetricKey.of(MetricNames.EC2, "CPUUtilization", MetricNames.AUTO_SCALING_GROUP, "asg-0web");
        double before = points(sim, cpu, Statistic.AVERAGE, 0, 600).stream().mapToDouble(Datapoint::value).max().orElseThrow();
        double during = points(sim, cpu, Statistic.AVERAGE, 600, 900).stream().mapToDouble(Datapoint::value).max().orElseThrow();
        assertThat(before).isLessThan(30);
        assertThat(during).isGreaterThan(50);
        assertThat(sim.activities()).anySatisfy(a -> {
            assertThat(a.description().key()).isEqualTo("sim.activity.launch.targetTracking");
            assertThat(a.time()).isBetween(600L, 1200L);
        });
        MetricKey desired = MetricKey.of(MetricNames.AUTO_SCALING, "GroupDesiredCapacity", MetricNames.AUTO_SCALING_GROUP, "asg-0web");
        assertThat(points(sim, desired, Statistic.MAXIMUM, 600, 1800).stream().mapToDouble(Datapoint::value).max().orElseThrow())
                .isGreaterThan(4);
    }

    @Test
    void theZoneFailureMovesTrafficToUsEast1b() {
        MetricKey healthy = MetricKey.of(MetricNames.ALB, "HealthyHostCount", MetricNames.LOAD_BALANCER, LB, MetricNames.TARGET_GROUP, TG);
        double before = points(sim, healthy, Statistic.MINIMUM, 1500, 1800).stream().mapToDouble(Datapoint::value).min().orElseThrow();
        double after = points(sim, healthy, Statistic.MINIMUM, 1800, 1860).get(0).value();
        assertThat(after).isLessThan(before);
        MetricKey zoneA = MetricKey.of(MetricNames.ALB, "RequestCount", MetricNames.LOAD_BALANCER, LB, MetricNames.AVAILABILITY_ZONE,
                "us-east-1a");
        assertThat(points(sim, zoneA, Statistic.SUM, 1860, 2700)).isEmpty();
        Document end = sim.document();
        for (Instance i : doc.all(Instance.class)) {
            if (i.subnetId().equals("subnet-0app1a")) {
                assertThat(end.get(i.id(), Instance.class).state()).isIn(Instance.State.STOPPED, Instance.State.TERMINATED);
            }
        }
        assertThat(sim.targets()).filteredOn(t -> t.availabilityZone().equals("us-east-1b") && t.requestsServed() > 0).isNotEmpty();
        assertThat(sim.activities()).anyMatch(a -> a.description().key().equals("sim.activity.launchFailed"));
        assertThat(sim.events()).anyMatch(e -> e.description().key().equals("sim.event.dbFailoverDone"));
        assertThat(end.get("nat-0a", NatGateway.class).state()).isEqualTo(LifecycleState.FAILED);
        assertThat(end.get("nat-0b", NatGateway.class).state()).isEqualTo(LifecycleState.AVAILABLE);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        String json = new SimulationReport(sim, Locale.ENGLISH).json();
        TrafficSimulator again = TrafficSimulator.create(doc, scenario);
        again.run();
        assertThat(new SimulationReport(again, Locale.ENGLISH).json()).isEqualTo(json);
        TrafficSimulator other = TrafficSimulator.create(doc, scenario, scenario.seed() + 1);
        other.run();
        assertThat(new SimulationReport(other, Locale.ENGLISH).json()).isNotEqualTo(json);
        Map<String, Long> served = sim.requestsServed();
        assertThat(served.values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }
}
