package dev.vpclab.model.resource;

/**
 * An internet gateway; attached to at most one VPC. It performs 1:1 NAT between private and public IPv4
 * addresses of network interfaces.
 *
 * @param id "igw-…"
 * @param name Name tag
 * @param vpcId the attached VPC, or null when detached
 */
public record InternetGateway(String id, String name, String vpcId) implements Resource {
    /** Validates. */
    public InternetGateway {
        Req.id(id, "Internet gateway");
        name = Req.name(name);
        vpcId = Req.optRef(vpcId);
    }
}
