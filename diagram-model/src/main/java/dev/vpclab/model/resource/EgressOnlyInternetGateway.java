package dev.vpclab.model.resource;

/**
 * An egress-only internet gateway: outbound IPv6 and its replies, nothing initiated from outside.
 *
 * @param id "eigw-…"
 * @param name Name tag
 * @param vpcId the attached VPC
 */
public record EgressOnlyInternetGateway(String id, String name, String vpcId) implements Resource {
    /** Validates. */
    public EgressOnlyInternetGateway {
        Req.id(id, "Egress-only internet gateway");
        name = Req.name(name);
        vpcId = Req.optRef(vpcId);
    }
}
