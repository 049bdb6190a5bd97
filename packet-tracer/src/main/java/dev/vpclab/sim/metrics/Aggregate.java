package dev.vpclab.sim.metrics;

/**
 * What CloudWatch keeps of one period of a metric: how many samples, their sum, minimum and maximum, and (for
 * percentiles) their distribution.
 *
 * @param sampleCount how many samples
 * @param sum their sum
 * @param minimum the smallest
 * @param maximum the largest
 * @param histogram their distribution, or null when none was kept
 */
public record Aggregate(double sampleCount, double sum, double minimum, double maximum, SparseHistogram histogram) {
}
