package dev.vpclab.sim.metrics;

/**
 * One value of a statistic over one period.
 *
 * @param time the period's start, in simulated seconds
 * @param value the statistic's value
 */
public record Datapoint(long time, double value) {
}
