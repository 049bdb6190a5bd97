package dev.vpclab.app.sim;

import dev.vpclab.sim.FaultAction;

/**
 * A fault on the run's timeline: planned by the scenario ({@code --fail RESOURCE@TIME}) or injected by the user.
 *
 * @param time when, in simulated seconds
 * @param resource the zone, instance or DB identifier it names
 * @param action what it does, or null for the resource's default (stop an instance, fail a zone or a database)
 * @param planned true for a fault of the scenario, false for one the user injected
 */
public record FaultMark(long time, String resource, FaultAction action, boolean planned) {

    /** @return true when it undoes an earlier fault */
    public boolean recovers() {
        return action == FaultAction.RECOVER;
    }
}
