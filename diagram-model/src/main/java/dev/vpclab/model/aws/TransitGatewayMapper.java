package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayAttachment.AttachmentType;
import dev.vpclab.model.resource.TransitGatewayRoute;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Transit gateways, their attachments (with the route table each is associated with) and their route tables
 * (static and propagated routes from search-transit-gateway-routes, propagations from
 * get-transit-gateway-route-table-propagations).
 *
 * <p>A peering attachment between two transit gateways has one id but a side in each gateway, each with its
 * own association (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html). When the snapshot holds
 * both sides, the first keeps the AWS id and the other becomes "id@tgw-…"; routes and propagations of the
 * second gateway's tables are pointed at that side.
 */
final class TransitGatewayMapper {

    private final ImportContext ctx;
    private final RouteTableGroups groups;
    /** "awsAttachmentId|tgwId" → the id of that side in the model. */
    private final Map<String, String> sideIds = new HashMap<>();
    /** Route table → its transit gateway. */
    private final Map<String, String> tableGateways = new LinkedHashMap<>();

    TransitGatewayMapper(ImportContext ctx) {
        this.ctx = ctx;
        this.groups = new RouteTableGroups(ctx);
    }

    void map() {
        for (Item item : ctx.snapshot().items(Section.TRANSIT_GATEWAY_ROUTE_TABLES)) {
            tableGateways.put(AwsJson.text(item.json(), "TransitGatewayRouteTableId"), AwsJson.text(item.json(), "TransitGatewayId"));
        }
        ctx.forEach(Section.TRANSIT_GATEWAYS, this::gateway);
        Map<String, List<Item>> byId = new LinkedHashMap<>();
        for (Item item : ctx.snapshot().items(Section.TRANSIT_GATEWAY_ATTACHMENTS)) {
            byId.computeIfAbsent(AwsJson.text(item.json(), "TransitGatewayAttachmentId"), k -> new ArrayList<>()).add(item);
        }
        byId.forEach((awsId, sides) -> {
            for (int i = 0; i < sides.size(); i++) {
                String tgw = AwsJson.text(sides.get(i).json(), "TransitGatewayId");
                String modelId = i == 0 ? awsId : awsId + "@" + tgw;
                sideIds.put(awsId + "|" + tgw, modelId);
                if (i > 0) {
                    ctx.warn(sides.get(i).file(), "aws.tgw.peeringSide", awsId, String.valueOf(tgw), modelId);
                }
            }
        });
        Map<String, String> associations = groups.associations(tableGateways.keySet(), this::sideId, tableGateways);
        byId.forEach((awsId, sides) -> sides.forEach(side -> ctx.guard(side.file(), awsId, () -> attachment(side, associations))));
        ctx.forEach(Section.TRANSIT_GATEWAY_ROUTE_TABLES, this::routeTable);
    }

    private String sideId(String awsAttachmentId, String tgwId) {
        return sideIds.getOrDefault(awsAttachmentId + "|" + tgwId, awsAttachmentId);
    }

    private void gateway(Item item) {
        JsonNode g = item.json();
        String id = AwsJson.text(g, "TransitGatewayId");
        String state = AwsJson.text(g, "State");
        if ("deleted".equals(state) || "deleting".equals(state)) {
            ctx.warn(item.file(), "aws.skipped.deleted", id, state);
            return;
        }
        String arn = AwsJson.text(g, "TransitGatewayArn");
        String[] arnParts = arn == null ? new String[0] : arn.split(":");
        String region = ctx.regionOf(item, arnParts.length > 3 && !arnParts[3].isEmpty() ? arnParts[3] : null);
        TransitGateway tgw = ctx.attempt(item.file(), id, () -> new TransitGateway(id, AwsJson.name(g), region,
                AwsJson.number(g.path("Options"), "AmazonSideAsn", 0)));
        if (tgw != null) {
            ctx.useRegion(region);
        }
    }

    private void attachment(Item item, Map<String, String> associations) {
        JsonNode a = item.json();
        String awsId = AwsJson.text(a, "TransitGatewayAttachmentId");
        String tgw = AwsJson.text(a, "TransitGatewayId");
        String id = sideId(awsId, tgw);
        String type = AwsJson.text(a, "ResourceType");
        type = type == null ? (AwsJson.text(a, "VpcId") != null ? "vpc" : "") : type.toLowerCase(Locale.ROOT);
        String resource = AwsJson.text(a, "ResourceId");
        AttachmentType kind;
        switch (type) {
            case "vpc":
                kind = AttachmentType.VPC;
                resource = AwsJson.text(a, "VpcId") != null ? AwsJson.text(a, "VpcId") : resource;
                break;
            case "vpn":
                kind = AttachmentType.VPN;
                if (resource == null || !ctx.contains(VpnMapper.onPremisesId(resource))) {
                    ctx.warn(item.file(), "aws.tgw.vpnMissing", id, String.valueOf(resource));
                    return;
                }
                resource = VpnMapper.onPremisesId(resource);
                break;
            case "peering": case "tgw-peering":
                kind = AttachmentType.PEERING;
                break;
            case "direct-connect-gateway":
                kind = AttachmentType.DIRECT_CONNECT_GATEWAY;
                break;
            default:
                ctx.warn(item.file(), "aws.tgw.unsupportedAttachment", id, type.isEmpty() ? "?" : type);
                return;
        }
        String table = null;
        String associationState = AwsJson.textAt(a, "Association", "State");
        if (associationState == null || associationState.equals("associated") || associationState.equals("associating")) {
            table = AwsJson.textAt(a, "Association", "TransitGatewayRouteTableId");
        }
        if (table == null) {
            table = associations.get(id);
        }
        String resourceId = resource;
        String routeTable = table;
        boolean appliance = "enable".equals(AwsJson.textAt(a, "Options", "ApplianceModeSupport"));
        ctx.attempt(item.file(), id, () -> new TransitGatewayAttachment(id, AwsJson.name(a), tgw, kind, resourceId,
                AwsJson.texts(a, "SubnetIds"), routeTable, appliance, AwsStates.lifecycle(AwsJson.text(a, "State"))));
    }

    private void routeTable(Item item) {
        JsonNode t = item.json();
        String id = AwsJson.text(t, "TransitGatewayRouteTableId");
        String tgw = AwsJson.text(t, "TransitGatewayId");
        String state = AwsJson.text(t, "State");
        if ("deleted".equals(state) || "deleting".equals(state)) {
            ctx.warn(item.file(), "aws.skipped.deleted", id, state);
            return;
        }
        List<TransitGatewayRoute> routes = new ArrayList<>();
        int ipv6 = 0;
        for (Item group : groups.owned(Section.TRANSIT_GATEWAY_ROUTES, id)) {
            for (JsonNode r : group.json()) {
                String destination = AwsJson.text(r, "DestinationCidrBlock");
                String routeState = AwsJson.text(r, "State");
                if ("deleted".equals(routeState) || "deleting".equals(routeState)) {
                    continue;
                }
                if (destination == null) {
                    ctx.warn(group.file(), "aws.tgw.prefixListRoute", id, String.valueOf(AwsJson.text(r, "PrefixListId")));
                    continue;
                }
                if (destination.contains(":")) {
                    ipv6++;
                    continue;
                }
                Cidr cidr = ctx.cidr(destination, group.file(), id);
                TransitGatewayRoute route = cidr == null ? null : route(r, cidr, tgw, id, group.file());
                if (route != null && !routes.contains(route)) {
                    routes.add(route);
                }
            }
        }
        if (ipv6 > 0) {
            ctx.warn(item.file(), "aws.route.ipv6Skipped", id, ipv6);
        }
        List<String> propagating = new ArrayList<>();
        for (Item group : groups.owned(Section.TRANSIT_GATEWAY_PROPAGATIONS, id)) {
            for (JsonNode p : group.json()) {
                String attachment = AwsJson.text(p, "TransitGatewayAttachmentId");
                String pState = AwsJson.text(p, "State");
                if (attachment != null && (pState == null || pState.equals("enabled") || pState.equals("enabling"))) {
                    String side = sideId(attachment, tgw);
                    if (!propagating.contains(side)) {
                        propagating.add(side);
                    }
                }
            }
        }
        ctx.attempt(item.file(), id, () -> new TransitGatewayRouteTable(id, AwsJson.name(t), tgw, routes, propagating));
    }

    /** A blackhole route has no attachment; an ECMP route lists several, of which the first is kept. */
    private TransitGatewayRoute route(JsonNode r, Cidr cidr, String tgw, String tableId, String file) {
        RouteOrigin origin = "propagated".equals(AwsJson.text(r, "Type")) ? RouteOrigin.PROPAGATED : RouteOrigin.STATIC;
        if ("blackhole".equals(AwsJson.text(r, "State"))) {
            return new TransitGatewayRoute(cidr, null, origin);
        }
        List<String> attachments = AwsJson.texts(r, "TransitGatewayAttachments", "TransitGatewayAttachmentId");
        if (attachments.isEmpty()) {
            ctx.warn(file, "aws.tgw.routeWithoutAttachment", tableId, cidr.toString());
            return null;
        }
        return new TransitGatewayRoute(cidr, sideId(attachments.get(0), tgw), origin);
    }
}
