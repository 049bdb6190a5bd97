package dev.vpclab.model.resource;

import java.util.List;

/**
 * A transit gateway route table: static routes plus the routes propagated from the attachments listed in
 * {@code propagatingAttachmentIds} (a VPC attachment propagates its VPC's CIDR blocks).
 *
 * @param id "tgw-rtb-…"
 * @param name Name tag
 * @param transitGatewayId its transit gateway
 * @param routes static routes (and propagated ones as imported)
 * @param propagatingAttachmentIds attachments whose routes propagate into this table
 */
public record TransitGatewayRouteTable(String id, String name, String transitGatewayId, List<TransitGatewayRoute> routes,
                                       List<String> propagatingAttachmentIds) implements Resource {
    /** Validates. */
    public TransitGatewayRouteTable {
        Req.id(id, "Transit gateway route table");
        name = Req.name(name);
        Req.ref(transitGatewayId, "the route table's transit gateway");
        routes = Req.list(routes);
        propagatingAttachmentIds = Req.list(propagatingAttachmentIds);
    }
}
