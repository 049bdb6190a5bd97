package dev.vpclab.sim.alarm;

/** The three states of a CloudWatch alarm; a new alarm starts in INSUFFICIENT_DATA. */
public enum AlarmState {
    /** The metric is within the threshold. */
    OK,
    /** Enough datapoints breach the threshold. */
    ALARM,
    /** The alarm has just started, or too few datapoints exist to decide. */
    INSUFFICIENT_DATA
}
