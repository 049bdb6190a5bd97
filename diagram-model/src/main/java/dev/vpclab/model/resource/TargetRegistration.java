package dev.vpclab.model.resource;

/**
 * A target registered with a target group.
 *
 * @param targetId an instance id (instance targets) or an IPv4 address (ip targets)
 * @param port the port traffic goes to, or 0 for the target group's port
 * @param availabilityZone for ip targets outside the VPC "all", otherwise null
 * @param reportedHealth the health AWS reported when imported, or null when the simulator decides
 */
public record TargetRegistration(String targetId, int port, String availabilityZone, TargetHealth reportedHealth) {

    /** Target health states. */
    public enum TargetHealth { INITIAL, HEALTHY, UNHEALTHY, UNUSED, DRAINING, UNAVAILABLE }

    /** Validates. */
    public TargetRegistration {
        Req.ref(targetId, "the registered target");
        Req.range(port, 0, 65535, "target port");
        availabilityZone = Req.optRef(availabilityZone);
    }

    /**
     * @param targetId an instance id or address
     * @return a registration on the group's port
     */
    public static TargetRegistration of(String targetId) {
        return new TargetRegistration(targetId, 0, null, null);
    }
}
