package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which metrics the charts read, and counts shown as 0 where nothing was counted. */
class DashboardQueriesTest {

    @Test
    void missingPeriodsOfACountAreZero() {
        List<Datapoint> filled = DashboardQueries.zeroFilled(List.of(new Datapoint(120, 5)), 0, 300, 60);
        assertThat(filled).containsExactly(new Datapoint(0, 0), new Datapoint(60, 0), new Datapoint(120, 5), new Datapoint(180, 0),
                new Datapoint(240, 0));
    }

    @Test
    void theScenariosLoadBalancerIsChosenElseTheFirst() {
        List<MetricKey> keys = List.of(MetricKey.of("AWS/ApplicationELB", "RequestCount", "LoadBalancer", "app/admin-alb/1"),
                MetricKey.of("AWS/ApplicationELB", "RequestCount", "LoadBalancer", "app/web-alb/2"),
                MetricKey.of("AWS/ApplicationELB", "RequestCount", "AvailabilityZone", "us-east-1a", "LoadBalancer", "app/web-alb/2"));
        assertThat(DashboardQueries.loadBalancer(keys, "web-alb")).isEqualTo("app/web-alb/2");
        assertThat(DashboardQueries.loadBalancer(keys, null)).isEqualTo("app/admin-alb/1");
        assertThat(DashboardQueries.loadBalancer(List.of(), null)).isNull();
    }
}
