package dev.vpclab.model.resource;

import java.util.List;

/**
 * An attachment of a VPC, VPN or peer transit gateway to a transit gateway. A VPC attachment has one subnet
 * per Availability Zone it serves; resources in other zones cannot use it. It is associated with one transit
 * gateway route table, which is looked up for traffic arriving from it.
 *
 * @param id "tgw-attach-…"
 * @param name Name tag
 * @param transitGatewayId its transit gateway
 * @param resourceType what is attached
 * @param resourceId the VPC id, the on-premises network id (VPN) or the peer transit gateway id
 * @param subnetIds for a VPC attachment, its subnets (one per zone)
 * @param routeTableId the associated transit gateway route table, or null
 * @param applianceMode pins both directions of a flow to one zone
 * @param state only AVAILABLE carries traffic
 */
public record TransitGatewayAttachment(String id, String name, String transitGatewayId, AttachmentType resourceType,
                                       String resourceId, List<String> subnetIds, String routeTableId,
                                       boolean applianceMode, LifecycleState state) implements Resource {

    /** What an attachment connects. */
    public enum AttachmentType { VPC, VPN, PEERING, DIRECT_CONNECT_GATEWAY }

    /** Validates. */
    public TransitGatewayAttachment {
        Req.id(id, "Transit gateway attachment");
        name = Req.name(name);
        Req.ref(transitGatewayId, "the attachment's transit gateway");
        resourceType = Req.nonNull(resourceType, AttachmentType.VPC);
        Req.ref(resourceId, "the attached resource");
        subnetIds = Req.list(subnetIds);
        routeTableId = Req.optRef(routeTableId);
        state = Req.nonNull(state, LifecycleState.AVAILABLE);
    }
}
