package dev.vpclab.sim;

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
            throw new ScenarioException("a fault needs a resource: write --fail RESOURCE@TIME[:ACTION], e.g. --fail us-east-1a@30m");
        }
        if (atSeconds < 0) {
            throw new ScenarioException("a fault cannot happen before the run starts");
        }
    }

    /** @return the fault as the command line writes it */
    public String text() {
        return resource + "@" + Durations.format(atSeconds) + (action == null ? "" : ":" + action.text());
    }
}
