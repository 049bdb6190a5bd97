package dev.vpclab.sim.alarm;

import dev.vpclab.model.i18n.Message;

/**
 * One change of an alarm's state, as its history shows it.
 *
 * @param alarmId the alarm's id
 * @param alarmName the alarm's name
 * @param time when, in simulated seconds
 * @param from the state before
 * @param to the state after
 * @param reason why, as a sentence
 */
public record AlarmTransition(String alarmId, String alarmName, long time, AlarmState from, AlarmState to, Message reason) {
}
