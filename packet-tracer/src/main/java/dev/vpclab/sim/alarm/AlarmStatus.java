package dev.vpclab.sim.alarm;

import dev.vpclab.model.i18n.Message;

/**
 * An alarm's state now, for a dashboard.
 *
 * @param alarmId its id
 * @param name its name
 * @param namespace its metric's namespace
 * @param metricName its metric
 * @param state its state
 * @param reason the reason of its last evaluation, or null before the first
 * @param managed true for an alarm Auto Scaling manages for a target-tracking policy
 */
public record AlarmStatus(String alarmId, String name, String namespace, String metricName, AlarmState state, Message reason,
                          boolean managed) {
}
