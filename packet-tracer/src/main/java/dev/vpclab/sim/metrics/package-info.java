/**
 * CloudWatch for the simulator: metrics by namespace, name and dimensions, stored per period with sample count, sum,
 * minimum, maximum and a log-bucket distribution for percentiles, and queried by period and statistic.
 */
package dev.vpclab.sim.metrics;
