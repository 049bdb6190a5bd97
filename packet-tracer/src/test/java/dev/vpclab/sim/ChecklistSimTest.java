package dev.vpclab.sim;

import static dev.vpclab.engine.testing.Rules.ALLOW;
import static dev.vpclab.engine.testing.Rules.in;
import static dev.vpclab.engine.testing.Rules.out;
import static dev.vpclab.engine.testing.Rules.sg;
import static dev.vpclab.sim.SimCheck.alb;
import static dev.vpclab.sim.SimCheck.albGroup;
import static dev.vpclab.sim.SimCheck.client;
import static dev.vpclab.sim.SimCheck.points;
import static dev.vpclab.sim.SimCheck.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.Statistic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec's checklist items 35, 36 and 39 as simulations: what the metrics show when AWS answers 503, fails open or drops traffic. */
class ChecklistSimTest {

    static final String LB = "app/web-alb/web-alb";
    static final String TG = "targetgroup/tg-web/tg-web";

    private static TrafficSimulator run(NetworkBuilder b, Scenario sc) {
        TrafficSimulator sim = TrafficSimulator.create(b.document(), sc, 11);
        sim.run();
        return sim;
    }

    private static Scenario minutes(int m, double rate) {
        return Scenario.DEFAULT.withDuration(m * 60L).withRate(rate, new RateProfile.Constant());
    }

    @Test
    void item35AllTargetsUnhealthyFailOpen() {
        NetworkBuilder b = SimNetworks.alb(2, 1, "m5.large", TargetGroupAttributes.DEFAULT);
        TrafficSimulator sim = run(b, minutes(5, 20).withWorkload(Workload.DEFAULT.withHealthStatus(500)));
        assertThat(sim.targets()).extracting(TargetStatus::state).containsOnly(TargetHealth.UNHEALTHY);
        double requests = sum(sim, alb("RequestCount", LB), 0, 300);
        assertThat(requests).isGreaterThan(5000);
        assertThat(sum(sim, albGroup("UnhealthyRoutingRequestCount", LB, TG), 0, 300)).isEqualTo(requests);
        assertThat(sum(sim, alb("HTTPCode_Target_2XX_Count", LB), 0, 300)).isEqualTo(requests);
        assertThat(sim.requestsServed().values()).allMatch(v -> v > 1000);
        assertThat(points(sim, albGroup("HealthyHostCount", LB, TG), Statistic.MAXIMUM, 0, 300)).extracting(Datapoint::value).containsOnly(0.0);
        assertThat(points(sim, albGroup("UnHealthyHostCount", LB, TG), Statistic.MINIMUM, 0, 300)).extracting(Datapoint::value).containsOnly(3.0);
    }

    @Test
    void item35EmptyTargetGroupAnswers503() {
        NetworkBuilder b = SimNetworks.alb(0, 0, "m5.large", TargetGroupAttributes.DEFAULT);
        TrafficSimulator sim = run(b, minutes(5, 20));
        double sent = sum(sim, client("Requests", "web-alb"), 0, 300);
        assertThat(sent).isGreaterThan(5000);
        assertThat(sum(sim, alb("HTTPCode_ELB_503_Count", LB), 0, 300)).isEqualTo(sent);
        assertThat(sum(sim, alb("HTTPCode_ELB_5XX_Count", LB), 0, 300)).isEqualTo(sent);
        assertThat(points(sim, alb("RequestCount", LB), Statistic.SUM, 0, 300)).as("no target chosen, no RequestCount").isEmpty();
    }

    @Test
    void item36NetworkAclDroppingRepliesMakesTargetsUnhealthyAnd504() {
        NetworkBuilder b = SimNetworks.alb(2, 2, "m5.large", TargetGroupAttributes.DEFAULT)
                .nacl("acl-app", "vpc-a", in(100, "tcp", "8080", "10.0.1.0/24", ALLOW), in(110, "tcp", "8080", "10.0.2.0/24", ALLOW),
                        out(100, "tcp", "8080", "0.0.0.0/0", ALLOW))
                .associateAcl("subnet-qa", "acl-app").associateAcl("subnet-qb", "acl-app");
        TrafficSimulator sim = run(b, minutes(5, 20));
        assertThat(sim.targets()).allSatisfy(t -> {
            assertThat(t.state()).isEqualTo(TargetHealth.UNHEALTHY);
            assertThat(t.reason().key()).isEqualTo("sim.target.reason.blocked");
        });
        double requests = sum(sim, alb("RequestCount", LB), 0, 300);
        assertThat(requests).isGreaterThan(5000);
        assertThat(sum(sim, alb("HTTPCode_ELB_504_Count", LB), 0, 300)).isEqualTo(requests);
        assertThat(sum(sim, albGroup("UnhealthyRoutingRequestCount", LB, TG), 0, 300)).isEqualTo(requests);
        assertThat(sum(sim, alb("TargetConnectionErrorCount", LB), 0, 300)).isEqualTo(requests);
        assertThat(points(sim, alb("HTTPCode_Target_2XX_Count", LB), Statistic.SUM, 0, 300)).isEmpty();
        assertThat(sim.requestsServed().values()).containsOnly(0L);
    }

    @Test
    void item39ClientIpPreservationNeedsTheClientsInTheTargetGroup() {
        NetworkBuilder preserved = SimNetworks.nlb(2, 2, TargetGroupAttributes.DEFAULT, "sg-vpc443")
                .sg("sg-vpc443", "vpc-a", sg("tcp", "443", "10.0.0.0/16"));
        TrafficSimulator sim = run(preserved, minutes(3, 10));
        assertThat(sim.targets()).extracting(TargetStatus::state).containsOnly(TargetHealth.HEALTHY);
        double sent = sum(sim, client("Requests", "web-nlb"), 0, 180);
        assertThat(sent).isGreaterThan(1000);
        assertThat(sum(sim, client("Timeouts", "web-nlb"), 0, 180)).isEqualTo(sent);
        assertThat(sim.requestsServed().values()).containsOnly(0L);
        MetricKey healthy = MetricKey.of(MetricNames.NLB, "HealthyHostCount", MetricNames.LOAD_BALANCER, "net/web-nlb/web-nlb",
                MetricNames.TARGET_GROUP, TG);
        assertThat(points(sim, healthy, Statistic.MINIMUM, 0, 180)).extracting(Datapoint::value).containsOnly(4.0);

        TargetGroup instances = preserved.get(SimNetworks.TG, TargetGroup.class);
        List<TargetRegistration> byAddress = List.of(TargetRegistration.of("10.0.11.10"), TargetRegistration.of("10.0.11.11"),
                TargetRegistration.of("10.0.12.10"), TargetRegistration.of("10.0.12.11"));
        NetworkBuilder proxied = preserved.put(new TargetGroup(instances.id(), instances.name(), "vpc-a", TargetGroup.TargetType.IP,
                ListenerProtocol.TCP, 443, instances.healthCheck(), instances.attributes(), byAddress));
        TrafficSimulator ok = run(proxied, minutes(3, 10));
        assertThat(sum(ok, client("Timeouts", "web-nlb"), 0, 180)).isZero();
        assertThat(ok.requestsServed().values()).allMatch(v -> v > 100);
    }
}
