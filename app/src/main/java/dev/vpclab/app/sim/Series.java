package dev.vpclab.app.sim;

import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.Statistic;
import java.util.List;

/**
 * One line of a dashboard chart as the simulator answered it: a statistic of one metric over the time window.
 *
 * @param label what the line is (an instance id for CPU, the metric name where a chart shows two metrics)
 * @param metricName the CloudWatch metric
 * @param statistic the statistic
 * @param points its datapoints, oldest first
 */
public record Series(String label, String metricName, Statistic statistic, List<Datapoint> points) {

    /** Copies. */
    public Series {
        points = List.copyOf(points);
    }
}
