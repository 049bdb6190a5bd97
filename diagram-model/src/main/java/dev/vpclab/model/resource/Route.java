package dev.vpclab.model.resource;

import dev.vpclab.model.net.Cidr;

/**
 * One route of a VPC route table: a destination (a CIDR block or a prefix list) and a target. The target is
 * {@link #LOCAL} or the id of a gateway, NAT gateway, peering connection, transit gateway, endpoint, network
 * interface or instance. A target that no longer exists makes the route a blackhole.
 *
 * @param destinationCidr the destination block, or null when {@code destinationPrefixListId} is given
 * @param destinationPrefixListId the destination prefix list, or null
 * @param target "local" or a resource id
 * @param origin static, endpoint or propagated
 */
public record Route(Cidr destinationCidr, String destinationPrefixListId, String target, RouteOrigin origin) {

    /** The target of the implicit route for each VPC CIDR block. */
    public static final String LOCAL = "local";

    /** Validates. */
    public Route {
        destinationPrefixListId = Req.optRef(destinationPrefixListId);
        if ((destinationCidr == null) == (destinationPrefixListId == null)) {
            throw new IllegalArgumentException("a route needs exactly one destination: a CIDR block or a prefix list");
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("the route to " + (destinationCidr != null ? destinationCidr : destinationPrefixListId)
                    + " needs a target");
        }
        origin = Req.nonNull(origin, RouteOrigin.STATIC);
    }

    /**
     * A static route to a CIDR block.
     *
     * @param destination the block
     * @param target "local" or a target id
     * @return the route
     */
    public static Route to(Cidr destination, String target) {
        return new Route(destination, null, target, RouteOrigin.STATIC);
    }

    /** @return true for the implicit local route */
    public boolean isLocal() {
        return LOCAL.equals(target);
    }

    /** @return the destination as written: a CIDR block or a prefix list id */
    public String destination() {
        return destinationCidr != null ? destinationCidr.toString() : destinationPrefixListId;
    }
}
