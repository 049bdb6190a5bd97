package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * VPC route tables from describe-route-tables: routes with their targets and origins, the main flag, edge
 * associations and propagating virtual private gateways. Subnet associations are read by {@link NetworkMapper}.
 */
final class RouteTableMapper {

    /** Target fields in the order they are preferred; an ENI id wins over the instance id of the same route. */
    private static final String[] TARGETS = {"NatGatewayId", "VpcPeeringConnectionId", "TransitGatewayId",
        "NetworkInterfaceId", "InstanceId", "EgressOnlyInternetGatewayId", "GatewayId"};
    /** Targets AWS has that the model does not: routes to them are kept and act as blackholes. */
    private static final String[] UNMODELLED_TARGETS = {"LocalGatewayId", "CarrierGatewayId", "CoreNetworkArn"};

    private final ImportContext ctx;

    RouteTableMapper(ImportContext ctx) {
        this.ctx = ctx;
    }

    void map() {
        ctx.forEach(Section.ROUTE_TABLES, this::table);
    }

    private void table(Item item) {
        JsonNode t = item.json();
        String id = AwsJson.text(t, "RouteTableId");
        boolean main = false;
        List<String> edges = new ArrayList<>();
        for (JsonNode a : AwsJson.array(t, "Associations")) {
            String state = AwsJson.textAt(a, "AssociationState", "State");
            if (state != null && !state.equals("associated")) {
                continue;
            }
            main |= AwsJson.bool(a, "Main", false);
            String gateway = AwsJson.text(a, "GatewayId");
            if (gateway != null && !edges.contains(gateway)) {
                edges.add(gateway);
            }
        }
        List<Route> routes = new ArrayList<>();
        int ipv6 = 0;
        for (JsonNode r : AwsJson.array(t, "Routes")) {
            if (AwsJson.text(r, "DestinationCidrBlock") == null && AwsJson.text(r, "DestinationPrefixListId") == null) {
                if (AwsJson.text(r, "DestinationIpv6CidrBlock") != null) {
                    ipv6++;
                } else {
                    ctx.warn(item.file(), "aws.route.noDestination", id);
                }
                continue;
            }
            Route route = route(r, id, item.file());
            if (route != null) {
                routes.add(route);
            }
        }
        if (ipv6 > 0) {
            ctx.warn(item.file(), "aws.route.ipv6Skipped", id, ipv6);
        }
        boolean isMain = main;
        ctx.attempt(item.file(), id, () -> new RouteTable(id, AwsJson.name(t), AwsJson.text(t, "VpcId"), isMain, routes, edges,
                AwsJson.texts(t, "PropagatingVgws", "GatewayId")));
    }

    private Route route(JsonNode r, String tableId, String file) {
        String prefixList = AwsJson.text(r, "DestinationPrefixListId");
        String destination = prefixList != null ? prefixList : AwsJson.text(r, "DestinationCidrBlock");
        Cidr cidr = prefixList != null ? null : ctx.cidr(AwsJson.text(r, "DestinationCidrBlock"), file, tableId);
        if (prefixList == null && cidr == null) {
            return null;
        }
        String target = null;
        for (String field : TARGETS) {
            target = AwsJson.text(r, field);
            if (target != null) {
                break;
            }
        }
        if (target == null) {
            for (String field : UNMODELLED_TARGETS) {
                target = AwsJson.text(r, field);
                if (target != null) {
                    ctx.warn(file, "aws.route.unmodelledTarget", tableId, destination, target);
                    break;
                }
            }
        }
        if (target == null) {
            ctx.warn(file, "aws.route.noTarget", tableId, destination);
            return null;
        }
        return new Route(cidr, prefixList, target, origin(AwsJson.text(r, "Origin"), prefixList, target));
    }

    /**
     * CreateRouteTable (the local route) and CreateRoute are static, EnableVgwRoutePropagation is propagated,
     * and the prefix-list route a gateway endpoint inserts (shown as CreateRoute to a vpce- target) is an
     * endpoint route (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html).
     */
    static RouteOrigin origin(String awsOrigin, String prefixList, String target) {
        if ("EnableVgwRoutePropagation".equals(awsOrigin)) {
            return RouteOrigin.PROPAGATED;
        }
        if (prefixList != null && target.startsWith("vpce-")) {
            return RouteOrigin.ENDPOINT;
        }
        return RouteOrigin.STATIC;
    }
}
