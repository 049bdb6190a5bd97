package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;

/**
 * One entry of an Auto Scaling group's activity history: a launch, a termination, a change of desired capacity.
 *
 * @param time when, in simulated seconds
 * @param groupId the Auto Scaling group
 * @param description what and why, as a sentence ("Launching i-… in us-east-1b (target tracking: CPU 78 % &gt; 50 %)")
 */
public record ScalingActivity(long time, String groupId, Message description) {
}
