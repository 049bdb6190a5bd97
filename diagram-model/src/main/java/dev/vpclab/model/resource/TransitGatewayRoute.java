package dev.vpclab.model.resource;

import dev.vpclab.model.net.Cidr;

/**
 * One route of a transit gateway route table.
 *
 * @param destination the destination block
 * @param attachmentId where matching traffic goes, or null for a blackhole route
 * @param origin static or propagated
 */
public record TransitGatewayRoute(Cidr destination, String attachmentId, RouteOrigin origin) {
    /** Validates. */
    public TransitGatewayRoute {
        if (destination == null) {
            throw new IllegalArgumentException("a transit gateway route needs a destination CIDR");
        }
        attachmentId = Req.optRef(attachmentId);
        origin = Req.nonNull(origin, RouteOrigin.STATIC);
    }

    /** @return true for an explicit blackhole route */
    public boolean isBlackhole() {
        return attachmentId == null;
    }
}
