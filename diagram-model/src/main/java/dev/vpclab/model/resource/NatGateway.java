package dev.vpclab.model.resource;

import dev.vpclab.model.net.Ipv4Address;

/**
 * A NAT gateway in one subnet. A public one needs an Elastic IP (an {@link ElasticIp} associated with this
 * gateway) and a subnet whose route table sends 0.0.0.0/0 to an internet gateway.
 *
 * @param id "nat-…"
 * @param name Name tag
 * @param subnetId its subnet
 * @param connectivityType public or private
 * @param privateIp its private address in the subnet
 * @param state only AVAILABLE forwards traffic
 */
public record NatGateway(String id, String name, String subnetId, Connectivity connectivityType, Ipv4Address privateIp,
                         LifecycleState state) implements Resource {

    /** Public NAT gateways translate to their Elastic IP; private ones to their private address. */
    public enum Connectivity { PUBLIC, PRIVATE }

    /** Validates. */
    public NatGateway {
        Req.id(id, "NAT gateway");
        name = Req.name(name);
        Req.ref(subnetId, "the NAT gateway's subnet");
        connectivityType = Req.nonNull(connectivityType, Connectivity.PUBLIC);
        if (privateIp == null) {
            throw new IllegalArgumentException("NAT gateway " + id + " needs a private IP address");
        }
        state = Req.nonNull(state, LifecycleState.AVAILABLE);
    }
}
