package dev.vpclab.model.resource;

/**
 * A transit gateway: a regional router between VPCs, VPNs and other transit gateways. Its attachments and
 * route tables are resources of their own.
 *
 * @param id "tgw-…"
 * @param name Name tag
 * @param regionId its Region
 * @param amazonSideAsn BGP ASN
 */
public record TransitGateway(String id, String name, String regionId, long amazonSideAsn) implements Resource {
    /** Validates. */
    public TransitGateway {
        Req.id(id, "Transit gateway");
        name = Req.name(name);
        Req.ref(regionId, "the transit gateway's Region");
        if (amazonSideAsn == 0) {
            amazonSideAsn = 64512;
        }
    }
}
