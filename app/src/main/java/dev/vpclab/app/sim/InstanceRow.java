package dev.vpclab.app.sim;

import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;

/**
 * One instance of the simulated network now, for the canvas, the Auto Scaling inspector and the fault menus.
 *
 * @param id the instance id
 * @param name its Name ("" for an instance the Auto Scaling group launched)
 * @param groupId its Auto Scaling group, or null
 * @param zone its Availability Zone, or null when unknown
 * @param state its EC2 state in the run
 * @param health its load-balancer target health (the worst of its registrations), or null when not registered
 * @param cpuPercent CPU in the last simulated second, or NaN when it is not known
 * @param launched true when the Auto Scaling group launched it during the run (it is not in the user's diagram)
 */
public record InstanceRow(String id, String name, String groupId, String zone, Instance.State state, TargetHealth health,
                          double cpuPercent, boolean launched) {

    /** @return true while it exists (not shutting down or terminated) */
    public boolean alive() {
        return state != Instance.State.TERMINATED && state != Instance.State.SHUTTING_DOWN;
    }
}
