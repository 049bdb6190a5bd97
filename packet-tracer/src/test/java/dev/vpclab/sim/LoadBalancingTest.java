package dev.vpclab.sim;

import static dev.vpclab.engine.testing.Rules.sg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetGroupAttributes.Algorithm;
import dev.vpclab.model.resource.TargetGroupAttributes.CrossZone;
import dev.vpclab.model.resource.TargetGroupAttributes.Stickiness;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricQuery;
import dev.vpclab.sim.metrics.Statistic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How load balancers spread requests: cross-zone on and off with the AWS guide's 2 + 8 targets example
 * (checklist item 38), round robin, least outstanding requests, sticky sessions and the NLB flow hash (item 37).
 */
class LoadBalancingTest {

    private static TrafficSimulator run(Document doc, Scenario sc, long seed) {
        TrafficSimulator sim = TrafficSimulator.create(doc, sc, seed);
        sim.run();
        return sim;
    }

    private static Scenario hour(double rate) {
        return Scenario.DEFAULT.withDuration(3600).withRate(rate, new RateProfile.Constant());
    }

    private static Map<String, Double> shares(TrafficSimulator sim) {
        Map<String, Long> served = sim.requestsServed();
        long total = served.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> out = new java.util.TreeMap<>();
        served.forEach((k, v) -> out.put(k, v / (double) total));
        return out;
    }

    private static void assertShares(TrafficSimulator sim, double zoneA, double zoneB) {
        Map<String, Double> shares = shares(sim);
        assertThat(shares).hasSize(10);
        shares.forEach((id, share) -> assertThat(share).as(id).isCloseTo(id.startsWith("i-a") ? zoneA : zoneB, within(0.01)));
    }

    @Test
    void networkLoadBalancerWithCrossZoneOffSplitsByZoneFirst() {
        Document doc = SimNetworks.nlb(2, 8, TargetGroupAttributes.DEFAULT, "sg-any443")
                .sg("sg-any443", "vpc-a", sg("tcp", "443", "0.0.0.0/0")).document();
        TrafficSimulator sim = run(doc, hour(100), 1);
        assertShares(sim, 0.25, 0.0625);
    }

    @Test
    void networkLoadBalancerWithCrossZoneOnSpreadsEvenly() {
        Document doc = SimNetworks.nlb(2, 8, SimNetworks.crossZone(CrossZone.ON), "sg-any443")
                .sg("sg-any443", "vpc-a", sg("tcp", "443", "0.0.0.0/0")).document();
        assertShares(run(doc, hour(100), 1), 0.10, 0.10);
    }

    @Test
    void applicationLoadBalancerHasCrossZoneOnByDefault() {
        Document doc = SimNetworks.alb(2, 8, "m5.large", TargetGroupAttributes.DEFAULT).document();
        assertShares(run(doc, hour(100), 1), 0.10, 0.10);
    }

    @Test
    void applicationLoadBalancerTargetGroupCanTurnCrossZoneOffAndThenIgnoresStickiness() {
        TargetGroupAttributes off = new TargetGroupAttributes(null, Stickiness.LB_COOKIE, 86400, null, 300, 0, CrossZone.OFF, null, 1);
        Document doc = SimNetworks.alb(2, 8, "m5.large", off).document();
        TrafficSimulator sim = run(doc, hour(100), 1);
        assertShares(sim, 0.25, 0.0625);
        assertThat(sim.notes()).extracting(m -> m.key()).contains("sim.note.stickinessCrossZoneOff");
    }

    @Test
    void weightedTargetGroupsShareInProportion() {
        NetworkBuilder b = SimNetworks.alb(2, 2, "m5.large", TargetGroupAttributes.DEFAULT);
        b.put(SimNetworks.group("tg-canary", ListenerProtocol.HTTP, 8080, null, List.of("i-a1", "i-b1")));
        b.put(SimNetworks.group(SimNetworks.TG, ListenerProtocol.HTTP, 8080, null, List.of("i-a0", "i-b0")));
        b.put(new Listener("lst-443", "lst-443", SimNetworks.ALB, ListenerProtocol.HTTPS, 443, List.of(new ListenerAction.Forward(List.of(
                new ListenerAction.WeightedTargetGroup(SimNetworks.TG, 80), new ListenerAction.WeightedTargetGroup("tg-canary", 20)), 0))));
        TrafficSimulator sim = run(b.document(), Scenario.DEFAULT.withDuration(600).withRate(50, new RateProfile.Constant()), 2);
        double main = SimCheck.sum(sim, SimCheck.albGroup("RequestCount", "app/web-alb/web-alb", "targetgroup/tg-web/tg-web"), 0, 600);
        double canary = SimCheck.sum(sim, SimCheck.albGroup("RequestCount", "app/web-alb/web-alb", "targetgroup/tg-canary/tg-canary"), 0, 600);
        assertThat(canary / (main + canary)).isCloseTo(0.20, within(0.02));
    }

    @Test
    void withCrossZoneOffAZoneWithoutTargetsAnswers503() {
        Document doc = SimNetworks.alb(2, 0, "m5.large", SimNetworks.crossZone(CrossZone.OFF)).document();
        TrafficSimulator sim = run(doc, Scenario.DEFAULT.withDuration(600).withRate(50, new RateProfile.Constant()), 2);
        double sent = SimCheck.sum(sim, SimCheck.client("Requests", SimNetworks.ALB), 0, 600);
        double unavailable = SimCheck.sum(sim, SimCheck.alb("HTTPCode_ELB_503_Count", "app/web-alb/web-alb"), 0, 600);
        assertThat(unavailable / sent).as("the zone-b node has no target of its own").isCloseTo(0.5, within(0.05));
    }

    @Test
    void withCrossZoneOffAZoneWhoseTargetsAreAllUnhealthyLeavesDns() {
        Document doc = SimNetworks.nlb(2, 2, TargetGroupAttributes.DEFAULT, "sg-any443")
                .sg("sg-any443", "vpc-a", sg("tcp", "443", "0.0.0.0/0")).document();
        Scenario sc = Scenario.DEFAULT.withDuration(600).withRate(20, new RateProfile.Constant())
                .withFaults(List.of(new ScheduledFault("i-a0", 60, FaultAction.STOP), new ScheduledFault("i-a1", 60, FaultAction.STOP)));
        TrafficSimulator sim = run(doc, sc, 2);
        assertThat(SimCheck.sum(sim, SimCheck.client("Timeouts", SimNetworks.NLB), 60, 120)).isPositive();
        assertThat(SimCheck.sum(sim, SimCheck.client("Timeouts", SimNetworks.NLB), 180, 600)).isZero();
        assertThat(SimCheck.sum(sim, SimCheck.client("Requests", SimNetworks.NLB), 180, 600)).isGreaterThan(7000);
    }

    @Test
    void roundRobinGivesEveryTargetTheSameCount() {
        Document doc = SimNetworks.alb(5, 5, "m5.large", TargetGroupAttributes.DEFAULT).document();
        TrafficSimulator sim = run(doc, Scenario.DEFAULT.withDuration(600).withRate(50, new RateProfile.Constant()), 3);
        long max = sim.requestsServed().values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = sim.requestsServed().values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(2);
    }

    @Test
    void stickySessionsKeepEachClientOnOneTarget() {
        TargetGroupAttributes sticky = new TargetGroupAttributes(null, Stickiness.LB_COOKIE, 86400, null, 300, 0, null, null, 1);
        Scenario few = Scenario.DEFAULT.withDuration(600).withRate(20, new RateProfile.Constant())
                .withWorkload(Workload.DEFAULT.withClients(4));
        TrafficSimulator stuck = run(SimNetworks.alb(5, 5, "m5.large", sticky).document(), few, 3);
        assertThat(stuck.requestsServed().values().stream().filter(v -> v > 0)).hasSizeLessThanOrEqualTo(4);
        TrafficSimulator free = run(SimNetworks.alb(5, 5, "m5.large", TargetGroupAttributes.DEFAULT).document(), few, 3);
        assertThat(free.requestsServed().values().stream().filter(v -> v > 0)).hasSize(10);
    }

    @Test
    void leastOutstandingRequestsFavoursTheTargetThatKeepsUp() {
        NetworkBuilder b = SimNetworks.alb(1, 1, "t3.small", TargetGroupAttributes.DEFAULT);
        b.update("i-b0", Instance.class, x -> new Instance(x.id(), x.name(), x.subnetId(), "m5.4xlarge", x.state(), x.imageId(), null));
        Scenario busy = Scenario.DEFAULT.withDuration(600).withRate(80, new RateProfile.Constant());
        TrafficSimulator rr = run(b.document(), busy, 5);
        TargetGroupAttributes lor = new TargetGroupAttributes(Algorithm.LEAST_OUTSTANDING_REQUESTS, null, 0, null, 300, 0, null, null, 1);
        NetworkBuilder b2 = SimNetworks.alb(1, 1, "t3.small", lor);
        b2.update("i-b0", Instance.class, x -> new Instance(x.id(), x.name(), x.subnetId(), "m5.4xlarge", x.state(), x.imageId(), null));
        TrafficSimulator least = run(b2.document(), busy, 5);
        assertThat(least.requestsServed().get("i-b0")).isGreaterThan(2 * least.requestsServed().get("i-a0"));
        assertThat(errors(least)).isLessThan(errors(rr));
        assertThat(errors(rr)).isPositive();
    }

    private static double errors(TrafficSimulator sim) {
        return sim.query(new MetricQuery(MetricKey.of(MetricNames.CLIENT, "Errors", MetricNames.DESTINATION, SimNetworks.ALB), 600,
                Statistic.SUM, 0, 600)).stream().mapToDouble(d -> d.value()).sum();
    }

    @Test
    void aNetworkLoadBalancerPinsEachConnectionToOneTarget() {
        NetworkBuilder b = SimNetworks.nlb(2, 2, SimNetworks.crossZone(CrossZone.ON), "sg-any443")
                .sg("sg-any443", "vpc-a", sg("tcp", "443", "0.0.0.0/0"));
        Scenario oneClient = Scenario.DEFAULT.withDuration(120).withRate(5, new RateProfile.Constant());
        TrafficSimulator kept = run(b.document(), oneClient.withWorkload(Workload.DEFAULT.withClients(1).withRequestsPerConnection(100_000)), 9);
        assertThat(kept.requestsServed().values().stream().filter(v -> v > 0)).hasSize(1);
        TrafficSimulator fresh = run(b.document(), oneClient.withWorkload(Workload.DEFAULT.withClients(1).withRequestsPerConnection(1)), 9);
        assertThat(fresh.requestsServed().values().stream().filter(v -> v > 0)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(RequestEngine.flowHash(7, 40000, 9, 443)).isEqualTo(RequestEngine.flowHash(7, 40000, 9, 443));
    }
}
