package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.document.AwsRegions;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VPCs, subnets (with their route table and network ACL associations), internet, egress-only and virtual
 * private gateways, peering connections, and finally the Regions and zones they all use.
 */
final class NetworkMapper {

    private static final Set<String> ATTACHED = Set.of("attached", "attaching", "available");

    private final ImportContext ctx;

    NetworkMapper(ImportContext ctx) {
        this.ctx = ctx;
    }

    void map() {
        Map<String, String> vpcRegionHints = vpcRegionHints();
        ctx.forEach(Section.VPCS, item -> vpc(item, ctx.regionOf(item, vpcRegionHints.get(AwsJson.text(item.json(), "VpcId")))));
        Map<String, String> routeTables = subnetAssociations(Section.ROUTE_TABLES, "RouteTableId");
        Map<String, String> acls = subnetAssociations(Section.NETWORK_ACLS, "NetworkAclId");
        ctx.forEach(Section.SUBNETS, item -> subnet(item, routeTables, acls));
        ctx.forEach(Section.INTERNET_GATEWAYS, item -> {
            String id = AwsJson.text(item.json(), "InternetGatewayId");
            ctx.attempt(item.file(), id, () -> new InternetGateway(id, AwsJson.name(item.json()),
                    attachedVpc(item.json(), "Attachments")));
        });
        ctx.forEach(Section.EGRESS_ONLY_INTERNET_GATEWAYS, item -> {
            String id = AwsJson.text(item.json(), "EgressOnlyInternetGatewayId");
            ctx.attempt(item.file(), id, () -> new EgressOnlyInternetGateway(id, AwsJson.name(item.json()),
                    attachedVpc(item.json(), "Attachments")));
        });
        ctx.forEach(Section.VPN_GATEWAYS, this::vpnGateway);
        ctx.forEach(Section.PEERING_CONNECTIONS, item -> {
            JsonNode p = item.json();
            String id = AwsJson.text(p, "VpcPeeringConnectionId");
            ctx.attempt(item.file(), id, () -> new VpcPeeringConnection(id, AwsJson.name(p),
                    AwsJson.textAt(p, "RequesterVpcInfo", "VpcId"), AwsJson.textAt(p, "AccepterVpcInfo", "VpcId"),
                    AwsStates.peering(AwsJson.textAt(p, "Status", "Code"))));
        });
        for (Item item : ctx.snapshot().items(Section.AVAILABILITY_ZONES)) {
            String zone = AwsJson.text(item.json(), "ZoneName");
            if (zone != null) {
                String region = AwsJson.text(item.json(), "RegionName");
                ctx.useZone(zone, region != null ? region : AwsRegions.regionOfZone(zone));
            }
        }
        for (String region : ctx.snapshot().folderRegions()) {
            ctx.useRegion(region);
        }
    }

    /** Adds a Region for every Region and a zone for every zone something uses; call after all other mappers. */
    void regionsAndZones() {
        Map<String, String> zones = ctx.usedZones();
        for (String region : ctx.usedRegions()) {
            ctx.attempt("", region, () -> new Region(region, AwsRegions.displayName(region)));
        }
        zones.keySet().stream().sorted().forEach(zone ->
                ctx.attempt("", zone, () -> new AvailabilityZone(zone, zone, zones.get(zone))));
    }

    private void vpc(Item item, String region) {
        JsonNode v = item.json();
        String id = AwsJson.text(v, "VpcId");
        List<Cidr> blocks = new ArrayList<>();
        Cidr primary = ctx.cidr(AwsJson.text(v, "CidrBlock"), item.file(), id);
        if (primary != null) {
            blocks.add(primary);
        }
        for (JsonNode a : AwsJson.array(v, "CidrBlockAssociationSet")) {
            String state = AwsJson.textAt(a, "CidrBlockState", "State");
            Cidr block = ctx.cidr(AwsJson.text(a, "CidrBlock"), item.file(), id);
            boolean inEffect = state == null || state.equals("associated") || state.equals("associating");
            if (block != null && !blocks.contains(block) && inEffect) {
                blocks.add(block);
            }
        }
        boolean isDefault = AwsJson.bool(v, "IsDefault", false);
        Vpc vpc = ctx.attempt(item.file(), id, () -> new Vpc(id, AwsJson.name(v), region, blocks,
                AwsJson.bool(v, "EnableDnsSupport", true), AwsJson.bool(v, "EnableDnsHostnames", isDefault)));
        if (vpc != null) {
            ctx.useRegion(region);
        }
    }

    private void subnet(Item item, Map<String, String> routeTables, Map<String, String> acls) {
        JsonNode s = item.json();
        String id = AwsJson.text(s, "SubnetId");
        String zone = AwsJson.text(s, "AvailabilityZone");
        String text = AwsJson.text(s, "CidrBlock");
        if (text == null) {
            ctx.warn(item.file(), "aws.subnet.ipv6Only", id);
            return;
        }
        Cidr cidr = ctx.cidr(text, item.file(), id);
        if (cidr == null || zone == null) {
            return;
        }
        Subnet subnet = ctx.attempt(item.file(), id, () -> new Subnet(id, AwsJson.name(s), AwsJson.text(s, "VpcId"), zone, cidr,
                AwsJson.bool(s, "MapPublicIpOnLaunch", false), routeTables.get(id), acls.get(id)));
        if (subnet != null) {
            ctx.useZone(zone, regionOfZone(zone, item.region()));
        }
    }

    private void vpnGateway(Item item) {
        JsonNode g = item.json();
        String id = AwsJson.text(g, "VpnGatewayId");
        String state = AwsJson.text(g, "State");
        if ("deleted".equals(state) || "deleting".equals(state)) {
            ctx.warn(item.file(), "aws.skipped.deleted", id, state);
            return;
        }
        ctx.attempt(item.file(), id, () -> new VirtualPrivateGateway(id, AwsJson.name(g), attachedVpc(g, "VpcAttachments"),
                AwsJson.number(g, "AmazonSideAsn", 0)));
    }

    /**
     * @param zone a zone name such as "us-east-1a"
     * @param folderRegion the Region of the file's folder, or null
     * @return the Region the zone name says, else the folder's
     */
    static String regionOfZone(String zone, String folderRegion) {
        String region = AwsRegions.regionOfZone(zone);
        return region.equals(zone) && folderRegion != null ? folderRegion : region;
    }

    /** The VPC of the first attachment that is attached (internet gateways report "available"). */
    private static String attachedVpc(JsonNode gateway, String field) {
        for (JsonNode a : AwsJson.array(gateway, field)) {
            String state = AwsJson.text(a, "State");
            if (state == null || ATTACHED.contains(state)) {
                return AwsJson.text(a, "VpcId");
            }
        }
        return null;
    }

    /**
     * Subnet → table (or ACL) from the associations that are in effect. describe-network-acls lists every
     * subnet of the default ACL as associated with it; the model writes that as no explicit association.
     */
    private Map<String, String> subnetAssociations(Section section, String tableField) {
        Map<String, String> out = new HashMap<>();
        for (Item item : ctx.snapshot().items(section)) {
            if (section == Section.NETWORK_ACLS && AwsJson.bool(item.json(), "IsDefault", false)) {
                continue;
            }
            for (JsonNode a : AwsJson.array(item.json(), "Associations")) {
                String subnet = AwsJson.text(a, "SubnetId");
                String state = AwsJson.textAt(a, "AssociationState", "State");
                if (subnet != null && (state == null || state.equals("associated"))) {
                    String table = AwsJson.text(a, tableField);
                    out.put(subnet, table != null ? table : AwsJson.text(item.json(), tableField));
                }
            }
        }
        return out;
    }

    /** A VPC's Region from the zones of its subnets, for snapshots without Region folders. */
    private Map<String, String> vpcRegionHints() {
        Map<String, String> out = new HashMap<>();
        for (Item s : ctx.snapshot().items(Section.SUBNETS)) {
            String vpc = AwsJson.text(s.json(), "VpcId");
            String zone = AwsJson.text(s.json(), "AvailabilityZone");
            if (vpc != null && zone != null) {
                out.putIfAbsent(vpc, regionOfZone(zone, s.region()));
            }
        }
        return out;
    }
}
