package dev.vpclab.sim.metrics;

import java.util.Map;

/**
 * A GetMetricStatistics-style question: one metric, one statistic, a period and a time range.
 *
 * @param key the metric (namespace, name, exact dimensions)
 * @param periodSeconds the period, a multiple of 60 (raised to the metric's resolution when finer)
 * @param statistic the statistic
 * @param start the first second (inclusive; rounded down to the period)
 * @param end the last second (exclusive)
 */
public record MetricQuery(MetricKey key, int periodSeconds, Statistic statistic, long start, long end) {

    /** Validates. */
    public MetricQuery {
        if (key == null || statistic == null) {
            throw new IllegalArgumentException("a metric query needs a metric and a statistic");
        }
        if (periodSeconds <= 0 || periodSeconds % 60 != 0) {
            throw new IllegalArgumentException("the period must be a multiple of 60 s, not " + periodSeconds);
        }
        if (end < start) {
            throw new IllegalArgumentException("the query ends before it starts");
        }
    }

    /**
     * @param namespace e.g. "AWS/EC2"
     * @param metricName e.g. "CPUUtilization"
     * @param dimensions the exact dimensions
     * @param periodSeconds the period
     * @param statistic the statistic
     * @param start first second
     * @param end end (exclusive)
     * @return the query
     */
    public static MetricQuery of(String namespace, String metricName, Map<String, String> dimensions, int periodSeconds,
                                 Statistic statistic, long start, long end) {
        return new MetricQuery(MetricKey.of(namespace, metricName, dimensions), periodSeconds, statistic, start, end);
    }
}
