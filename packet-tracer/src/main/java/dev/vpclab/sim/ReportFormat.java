package dev.vpclab.sim;

/** How {@code vpclab simulate} prints its results. */
public enum ReportFormat {
    /** A header, then one line per datapoint. */
    CSV,
    /** One JSON object with metrics, alarms, scaling activities and requests per target. */
    JSON
}
