package dev.vpclab.model.resource;

import java.util.List;

/**
 * A VPC route table. Subnets associate with it through {@link Subnet#routeTableId()}; the VPC's main table
 * serves every subnet without an explicit association. A table associated with an internet or virtual private
 * gateway (an edge association) routes traffic entering the VPC through that gateway.
 *
 * @param id "rtb-…"
 * @param name Name tag
 * @param vpcId its VPC
 * @param main true for the VPC's main table
 * @param routes its routes, the local routes included
 * @param edgeAssociations ids of gateways this table is associated with (ingress routing)
 * @param propagatingGatewayIds virtual private gateways whose routes propagate into this table
 */
public record RouteTable(String id, String name, String vpcId, boolean main, List<Route> routes,
                         List<String> edgeAssociations, List<String> propagatingGatewayIds) implements Resource {
    /** Validates. */
    public RouteTable {
        Req.id(id, "Route table");
        name = Req.name(name);
        Req.ref(vpcId, "the route table's VPC");
        routes = Req.list(routes);
        edgeAssociations = Req.list(edgeAssociations);
        propagatingGatewayIds = Req.list(propagatingGatewayIds);
    }
}
