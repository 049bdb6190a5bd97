package dev.vpclab.sim;

import static dev.vpclab.sim.SimCheck.alb;
import static dev.vpclab.sim.SimCheck.albGroup;
import static dev.vpclab.sim.SimCheck.client;
import static dev.vpclab.sim.SimCheck.points;
import static dev.vpclab.sim.SimCheck.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vpclab.model.document.Document;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.Statistic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listener rules decide per kind of request; redirects and fixed responses answer without a target; requests can go straight to an instance. */
class RoutingAndModesTest {

    static final String LB = "app/web-alb/0a1b2c3d4e5f6a7b";
    static final String API = "targetgroup/tg-api/6f7a8b9c0d1e2f3a";
    static final String WEB = "targetgroup/tg-web/5e6f7a8b9c0d1e2f";

    private static TrafficSimulator run(String sample, String... args) {
        Document doc = Samples.load(sample);
        TrafficSimulator sim = TrafficSimulator.create(doc, ScenarioArguments.parse(List.of(args)));
        sim.run();
        return sim;
    }

    @Test
    void theMixFollowsTheListenerRules() {
        TrafficSimulator sim = run("ha-web", "--duration", "10m", "--rate", "50", "--mix", "/api/*=30,/=60,/maintenance=10");
        double sent = sum(sim, client("Requests", "web-alb"), 0, 600);
        double api = sum(sim, albGroup("RequestCount", LB, API), 0, 600);
        double web = sum(sim, albGroup("RequestCount", LB, WEB), 0, 600);
        double fixed = sum(sim, alb("HTTP_Fixed_Response_Count", LB), 0, 600);
        assertThat(api / sent).isCloseTo(0.30, within(0.02));
        assertThat(web / sent).isCloseTo(0.60, within(0.02));
        assertThat(fixed / sent).isCloseTo(0.10, within(0.02));
        assertThat(sum(sim, alb("RequestCount", LB), 0, 600)).as("fixed responses choose no target").isEqualTo(api + web);
        assertThat(sum(sim, alb("HTTPCode_ELB_5XX_Count", LB), 0, 600)).as("the maintenance page is a fixed 503").isEqualTo(fixed);
    }

    @Test
    void theHttpListenerRedirects() {
        TrafficSimulator sim = run("ha-web", "--duration", "5m", "--rate", "20", "--port", "80");
        double sent = sum(sim, client("Requests", "web-alb"), 0, 300);
        assertThat(sum(sim, alb("HTTP_Redirect_Count", LB), 0, 300)).isEqualTo(sent);
        assertThat(sum(sim, alb("HTTPCode_ELB_3XX_Count", LB), 0, 300)).isEqualTo(sent);
        assertThat(points(sim, alb("RequestCount", LB), Statistic.SUM, 0, 300)).isEmpty();
        assertThatThrownBy(() -> run("ha-web", "--port", "8443")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("has no listener on port 8443 (it listens on 80, 443)");
    }

    @Test
    void requestsCanGoStraightToAnInstance() {
        TrafficSimulator sim = run("web-server", "--duration", "10m", "--rate", "10", "--to", "web-server");
        assertThat(sum(sim, client("Requests", "web-server"), 0, 600)).isGreaterThan(5000);
        assertThat(sum(sim, client("Errors", "web-server"), 0, 600)).isZero();
        assertThat(sim.requestsServed().get("i-0web")).isGreaterThan(5000);
        MetricKey cpu = MetricKey.of(MetricNames.EC2, "CPUUtilization", MetricNames.INSTANCE_ID, "i-0web");
        assertThat(sim.metrics().find(cpu).resolution()).as("basic monitoring").isEqualTo(300);
        TrafficSimulator byDefault = run("web-server", "--duration", "2m", "--rate", "10");
        assertThat(byDefault.requestsServed()).as("without a load balancer the one public server is the target").containsOnlyKeys("i-0web");
        TrafficSimulator twoTier = run("two-tier", "--duration", "2m", "--rate", "5");
        assertThat(sum(twoTier, client("Requests", "bastion"), 0, 120)).as("two-tier's one public instance is the default target")
                .isGreaterThan(0);
    }

    @Test
    void aBlockedPathFailsEveryRequest() {
        TrafficSimulator sim = run("two-tier", "--duration", "5m", "--rate", "10", "--to", "app-1", "--port", "8080");
        double sent = sum(sim, client("Requests", "app-1"), 0, 300);
        assertThat(sum(sim, client("Timeouts", "app-1"), 0, 300)).as("no public address, no route from the internet").isEqualTo(sent);
        TrafficSimulator inside = run("two-tier", "--duration", "5m", "--rate", "10", "--from", "bastion", "--to", "app-1", "--port", "8080");
        assertThat(sum(inside, client("Errors", "app-1"), 0, 300)).isZero();
        assertThat(points(inside, MetricKey.of(MetricNames.RDS, "DatabaseConnections", MetricNames.DB_INSTANCE, "app-db"), Statistic.AVERAGE,
                0, 300)).isNotEmpty();
    }

    @Test
    void requestsCanComeFromOneNamedInternetClient() {
        TrafficSimulator sim = run("ha-web", "--duration", "5m", "--rate", "20", "--from", "client-0user");
        double sent = sum(sim, client("Requests", "web-alb"), 0, 300);
        assertThat(sent).isGreaterThan(5000);
        assertThat(sum(sim, client("Errors", "web-alb"), 0, 300)).isZero();
    }

    @Test
    void unknownNamesAreOneClearSentence() {
        assertThatThrownBy(() -> run("ha-web", "--to", "nope")).isInstanceOf(ScenarioException.class).hasMessageStartingWith("--to: ");
        assertThatThrownBy(() -> run("ha-web", "--fail", "web-9@1m")).hasMessageContaining("nothing in the model is called 'web-9'");
        assertThatThrownBy(() -> run("ha-web", "--db", "other-db")).hasMessageContaining("--db 'other-db' names no DB instance");
        assertThatThrownBy(() -> run("ha-web", "--from", "web-alb")).hasMessageContaining("cannot send requests");
    }
}
