package dev.vpclab.model.resource;

import dev.vpclab.model.net.Ipv4Address;

/**
 * An Elastic IP address, possibly associated with a network interface (and one of its private addresses) or
 * with a NAT gateway.
 *
 * @param id the allocation id, "eipalloc-…"
 * @param name Name tag
 * @param publicIp the public address
 * @param associatedResourceId an "eni-…" or "nat-…" id, or null when unassociated
 * @param privateIp the private address it maps to, or null for the interface's primary address
 */
public record ElasticIp(String id, String name, Ipv4Address publicIp, String associatedResourceId, Ipv4Address privateIp)
        implements Resource {
    /** Validates. */
    public ElasticIp {
        Req.id(id, "Elastic IP");
        name = Req.name(name);
        if (publicIp == null) {
            throw new IllegalArgumentException("Elastic IP " + id + " needs its public address");
        }
        associatedResourceId = Req.optRef(associatedResourceId);
    }
}
