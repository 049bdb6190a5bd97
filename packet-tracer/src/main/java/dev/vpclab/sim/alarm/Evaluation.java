package dev.vpclab.sim.alarm;

import dev.vpclab.model.i18n.Message;

/**
 * The result of evaluating an alarm once.
 *
 * @param state the state the alarm is in afterwards (its old state when missing data is ignored)
 * @param breaching how many of the evaluated datapoints breach
 * @param evaluated how many datapoints were evaluated (N, or 0 when nothing could be)
 * @param latest the most recent real datapoint in the range, or NaN
 * @param reason why, as a sentence
 */
public record Evaluation(AlarmState state, int breaching, int evaluated, double latest, Message reason) {
}
