package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;

/**
 * A registered target as the console's Targets tab shows it, plus what the simulator knows of its instance.
 *
 * @param targetGroupId the target group
 * @param targetGroupName its name
 * @param targetId the instance id or address
 * @param availabilityZone its zone
 * @param state initial, healthy, unhealthy, draining or unused
 * @param reason why it is not healthy (AWS's reason), or null
 * @param instanceState the instance's state (running for an address target)
 * @param cpuPercent CPU in the last second
 * @param inFlight requests in flight (average over the last second)
 * @param requestsServed requests this registration served so far
 */
public record TargetStatus(String targetGroupId, String targetGroupName, String targetId, String availabilityZone, TargetHealth state,
                           Message reason, Instance.State instanceState, double cpuPercent, double inFlight, long requestsServed) {
}
