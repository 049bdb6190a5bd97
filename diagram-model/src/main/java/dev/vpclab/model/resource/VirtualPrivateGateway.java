package dev.vpclab.model.resource;

/**
 * A virtual private gateway: the VPC side of a Site-to-Site VPN. Routes to on-premises networks reach subnet
 * route tables statically or by propagation.
 *
 * @param id "vgw-…"
 * @param name Name tag
 * @param vpcId the attached VPC, or null when detached
 * @param amazonSideAsn the BGP ASN on the AWS side
 */
public record VirtualPrivateGateway(String id, String name, String vpcId, long amazonSideAsn) implements Resource {
    /** Validates. */
    public VirtualPrivateGateway {
        Req.id(id, "Virtual private gateway");
        name = Req.name(name);
        vpcId = Req.optRef(vpcId);
        if (amazonSideAsn == 0) {
            amazonSideAsn = 64512;
        }
    }
}
