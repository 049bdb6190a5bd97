package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;

/**
 * A fault planned for a moment of the run ({@code --fail RESOURCE@TIME[:ACTION]}).
 *
 * @param resource an instance id or Name, an Availability Zone name, or a DB instance identifier
 * @param atSeconds when, in simulated seconds
 * @param action what happens, or null for the default (stop for an instance, fail for a zone or a database)
 */
public record ScheduledFault(String resource, long atSeconds, FaultAction action) {

    /** Validates. */
    public ScheduledFault {
        if (resource == null || resource.isBlank()) {
            throw new ScenarioException(Message.of("sim.error.fault.noResource"));
        }
        if (atSeconds < 0) {
            throw new ScenarioException(Message.of("sim.error.fault.beforeStart"));
        }
    }

    /** @return the fault as the command line writes it */
    public String text() {
        return resource + "@" + Durations.format(atSeconds) + (action == null ? "" : ":" + action.text());
    }
}
