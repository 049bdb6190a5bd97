package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.OnPremisesNetwork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Site-to-Site VPN connections and their customer gateways become on-premises networks. Their blocks are the
 * VPN's static routes; a BGP VPN lists none, so its blocks are taken from the routes it propagated (into VPC
 * route tables through its virtual private gateway, or into transit gateway route tables), the default route
 * excepted. Deleted connections are skipped.
 */
final class VpnMapper {

    private final ImportContext ctx;

    VpnMapper(ImportContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param vpnConnectionId "vpn-…"
     * @return the id of the on-premises network behind it
     */
    static String onPremisesId(String vpnConnectionId) {
        return "onprem-" + (vpnConnectionId.startsWith("vpn-") ? vpnConnectionId.substring(4) : vpnConnectionId);
    }

    void map() {
        Map<String, JsonNode> customerGateways = new HashMap<>();
        for (Item item : ctx.snapshot().items(Section.CUSTOMER_GATEWAYS)) {
            customerGateways.put(AwsJson.text(item.json(), "CustomerGatewayId"), item.json());
        }
        ctx.forEach(Section.VPN_CONNECTIONS, item -> connection(item, customerGateways));
    }

    private void connection(Item item, Map<String, JsonNode> customerGateways) {
        JsonNode v = item.json();
        String id = AwsJson.text(v, "VpnConnectionId");
        String state = AwsJson.text(v, "State");
        if (id == null) {
            return;
        }
        if ("deleted".equals(state) || "deleting".equals(state)) {
            ctx.warn(item.file(), "aws.skipped.deleted", id, state);
            return;
        }
        String gateway = AwsJson.text(v, "VpnGatewayId");
        if (gateway == null) {
            gateway = AwsJson.text(v, "TransitGatewayId");
        }
        boolean staticRouting = AwsJson.bool(v.path("Options"), "StaticRoutesOnly", false);
        List<Cidr> cidrs = new ArrayList<>();
        for (JsonNode r : AwsJson.array(v, "Routes")) {
            String routeState = AwsJson.text(r, "State");
            Cidr c = ctx.cidr(AwsJson.text(r, "DestinationCidrBlock"), item.file(), id);
            if (c != null && !cidrs.contains(c) && !"deleted".equals(routeState) && !"deleting".equals(routeState)) {
                cidrs.add(c);
            }
        }
        if (cidrs.isEmpty() && !staticRouting) {
            cidrs.addAll(learnedBlocks(id, gateway, item.file()));
            if (!cidrs.isEmpty()) {
                ctx.warn(item.file(), "aws.vpn.blocksFromBgp", id,
                        cidrs.stream().map(Cidr::toString).collect(Collectors.joining(", ")));
            }
        }
        if (cidrs.isEmpty()) {
            ctx.warn(item.file(), "aws.vpn.noBlocks", id);
        }
        JsonNode customer = customerGateways.get(AwsJson.text(v, "CustomerGatewayId"));
        Ipv4Address customerIp = customer == null ? null : ctx.ipv4(AwsJson.text(customer, "IpAddress"), item.file(), id);
        if (customer == null) {
            ctx.warn(item.file(), "aws.vpn.noCustomerGateway", id, String.valueOf(AwsJson.text(v, "CustomerGatewayId")));
        }
        String name = AwsJson.name(v).isEmpty() ? "on-prem " + id : AwsJson.name(v);
        String gatewayId = gateway;
        ctx.attempt(item.file(), onPremisesId(id), () -> new OnPremisesNetwork(onPremisesId(id), name, cidrs, gatewayId,
                customerIp, id, staticRouting));
    }

    /** Blocks the VPN announced by BGP, as they show in the route tables it propagates into. */
    private List<Cidr> learnedBlocks(String vpnId, String gatewayId, String file) {
        List<Cidr> out = new ArrayList<>();
        if (gatewayId == null) {
            return out;
        }
        if (gatewayId.startsWith("vgw-")) {
            for (Item table : ctx.snapshot().items(Section.ROUTE_TABLES)) {
                for (JsonNode r : AwsJson.array(table.json(), "Routes")) {
                    if ("EnableVgwRoutePropagation".equals(AwsJson.text(r, "Origin"))
                            && gatewayId.equals(AwsJson.text(r, "GatewayId"))) {
                        addBlock(out, AwsJson.text(r, "DestinationCidrBlock"), file, vpnId);
                    }
                }
            }
        } else {
            for (Item group : ctx.snapshot().groups(Section.TRANSIT_GATEWAY_ROUTES)) {
                for (JsonNode r : group.json()) {
                    for (JsonNode a : AwsJson.array(r, "TransitGatewayAttachments")) {
                        if (vpnId.equals(AwsJson.text(a, "ResourceId")) && "propagated".equals(AwsJson.text(r, "Type"))) {
                            addBlock(out, AwsJson.text(r, "DestinationCidrBlock"), file, vpnId);
                        }
                    }
                }
            }
        }
        return out;
    }

    private void addBlock(List<Cidr> out, String text, String file, String vpnId) {
        Cidr c = ctx.cidr(text, file, vpnId);
        if (c != null && c.prefixLength() > 0 && !out.contains(c)) {
            out.add(c);
        }
    }
}
