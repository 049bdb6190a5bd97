package dev.vpclab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricQuery;
import dev.vpclab.sim.metrics.Statistic;
import org.junit.jupiter.api.Test;

/**
 * A throughput sanity check, not a timed assertion: one simulated hour at 1,000 requests per second (3.6 M
 * requests) through an ALB with 10 targets. It prints the wall-clock time; the JMH benchmark measures it properly.
 */
class ThroughputTest {

    @Test
    void oneHourAtAThousandRequestsPerSecond() {
        Document doc = SimNetworks.alb(5, 5, "m5.2xlarge", TargetGroupAttributes.DEFAULT).document();
        Scenario sc = Scenario.DEFAULT.withDuration(3600).withRate(1000, new RateProfile.Constant());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        TrafficSimulator sim = TrafficSimulator.create(doc, sc, 42);
        sim.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("simulated 1 h at 1,000 req/s with 10 targets in %.2f s wall clock (%.2f s CPU on this thread)%n", seconds, cpuSeconds);
        double requests = sim.query(new MetricQuery(MetricKey.of(MetricNames.CLIENT, "Requests", MetricNames.DESTINATION, SimNetworks.ALB),
                3600, Statistic.SUM, 0, 3600)).get(0).value();
        assertThat(requests).isBetween(3.55e6, 3.65e6);
        assertThat(sim.requestsServed()).hasSize(10);
    }
}
