package dev.vpclab.app.sim;

import dev.vpclab.sim.alarm.AlarmState;

/**
 * One alarm as the dashboard's alarm widget shows it.
 *
 * @param name the alarm's name
 * @param state OK, ALARM or INSUFFICIENT_DATA
 * @param condition what it watches, as a short phrase ("CPUUtilization > 70 for 3 of 3 periods of 1 min")
 * @param reason the sentence of its last evaluation, or "" before the first
 * @param managed true for an alarm that Auto Scaling manages for a target-tracking policy
 */
public record AlarmChip(String name, AlarmState state, String condition, String reason, boolean managed) {
}
