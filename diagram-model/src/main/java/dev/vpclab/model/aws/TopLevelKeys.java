package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sorts the top-level keys of one AWS CLI output file into snapshot sections. Files are recognised by these
 * keys, never by their names, as Batfish does: {@code {"Vpcs": [...]}} is describe-vpcs output wherever it is.
 * Besides raw CLI output it reads the wrapped ELBv2 and transit gateway forms Batfish's collector writes,
 * where each list is wrapped with the id of its owner ({@code {"LoadBalancerTargetHealth": [{"TargetGroupArn":
 * …, "TargetHealthDescriptions": [...]}]}}).
 */
final class TopLevelKeys {

    /** What became of a key. */
    enum Outcome { READ, IGNORED, SILENT, UNKNOWN, NOT_A_LIST }

    private record Wrapped(Section section, String ownerField, String listField) {
    }

    private record Raw(Section section, List<String> telltaleFields) {
    }

    private static final Map<String, Section> PLAIN = Map.ofEntries(
            Map.entry("Vpcs", Section.VPCS),
            Map.entry("Subnets", Section.SUBNETS),
            Map.entry("RouteTables", Section.ROUTE_TABLES),
            Map.entry("NetworkAcls", Section.NETWORK_ACLS),
            Map.entry("SecurityGroups", Section.SECURITY_GROUPS),
            Map.entry("NetworkInterfaces", Section.NETWORK_INTERFACES),
            Map.entry("InternetGateways", Section.INTERNET_GATEWAYS),
            Map.entry("EgressOnlyInternetGateways", Section.EGRESS_ONLY_INTERNET_GATEWAYS),
            Map.entry("NatGateways", Section.NAT_GATEWAYS),
            Map.entry("VpcPeeringConnections", Section.PEERING_CONNECTIONS),
            Map.entry("Addresses", Section.ADDRESSES),
            Map.entry("VpcEndpoints", Section.VPC_ENDPOINTS),
            Map.entry("PrefixLists", Section.PREFIX_LISTS),
            Map.entry("ManagedPrefixLists", Section.PREFIX_LISTS),
            Map.entry("TransitGateways", Section.TRANSIT_GATEWAYS),
            Map.entry("TransitGatewayAttachments", Section.TRANSIT_GATEWAY_ATTACHMENTS),
            Map.entry("TransitGatewayVpcAttachments", Section.TRANSIT_GATEWAY_ATTACHMENTS),
            Map.entry("TransitGatewayRouteTables", Section.TRANSIT_GATEWAY_ROUTE_TABLES),
            Map.entry("VpnGateways", Section.VPN_GATEWAYS),
            Map.entry("CustomerGateways", Section.CUSTOMER_GATEWAYS),
            Map.entry("VpnConnections", Section.VPN_CONNECTIONS),
            Map.entry("AvailabilityZones", Section.AVAILABILITY_ZONES),
            Map.entry("LoadBalancers", Section.LOAD_BALANCERS),
            Map.entry("TargetGroups", Section.TARGET_GROUPS),
            Map.entry("Listeners", Section.LISTENERS),
            Map.entry("Rules", Section.RULES),
            Map.entry("DBInstances", Section.DB_INSTANCES));

    /** Fields an element must have for a generic key to count as this output (an S3 lifecycle also has "Rules"). */
    private static final Map<String, String> TELLTALES = Map.of(
            "LoadBalancers", "LoadBalancerArn",
            "Listeners", "ListenerArn",
            "Rules", "RuleArn",
            "PrefixLists", "PrefixListId",
            "Addresses", "PublicIp");

    private static final Map<String, Wrapped> WRAPPED = Map.ofEntries(
            Map.entry("LoadBalancerListeners", new Wrapped(Section.LISTENERS, "LoadBalancerArn", "Listeners")),
            Map.entry("ListenerRules", new Wrapped(Section.RULES, "ListenerArn", "Rules")),
            Map.entry("LoadBalancerTargetHealth", new Wrapped(Section.TARGET_HEALTH, "TargetGroupArn", "TargetHealthDescriptions")),
            Map.entry("LoadBalancerAttributes", new Wrapped(Section.LOAD_BALANCER_ATTRIBUTES, "LoadBalancerArn", "Attributes")),
            Map.entry("TargetGroupAttributes", new Wrapped(Section.TARGET_GROUP_ATTRIBUTES, "TargetGroupArn", "Attributes")),
            Map.entry("TransitGatewayStaticRoutes", new Wrapped(Section.TRANSIT_GATEWAY_ROUTES,
                    "TransitGatewayRouteTableId", "Routes")),
            Map.entry("TransitGatewayRoutes", new Wrapped(Section.TRANSIT_GATEWAY_ROUTES,
                    "TransitGatewayRouteTableId", "Routes")),
            Map.entry("TransitGatewayPropagations", new Wrapped(Section.TRANSIT_GATEWAY_PROPAGATIONS,
                    "TransitGatewayRouteTableId", "TransitGatewayRouteTablePropagations")),
            Map.entry("TransitGatewayRouteTableAssociations", new Wrapped(Section.TRANSIT_GATEWAY_ASSOCIATIONS,
                    "TransitGatewayRouteTableId", "Associations")),
            Map.entry("ManagedPrefixListEntries", new Wrapped(Section.PREFIX_LIST_ENTRIES, "PrefixListId", "Entries")),
            Map.entry("PrefixListEntries", new Wrapped(Section.PREFIX_LIST_ENTRIES, "PrefixListId", "Entries")));

    /** Raw outputs that do not name their owner (describe-target-health, search-transit-gateway-routes, …). */
    private static final Map<String, Raw> RAW = Map.of(
            "TargetHealthDescriptions", new Raw(Section.TARGET_HEALTH, List.of("Target")),
            "Attributes", new Raw(Section.UNOWNED_ATTRIBUTES, List.of("Key")),
            "Routes", new Raw(Section.TRANSIT_GATEWAY_ROUTES, List.of("DestinationCidrBlock", "PrefixListId")),
            "TransitGatewayRouteTablePropagations", new Raw(Section.TRANSIT_GATEWAY_PROPAGATIONS,
                    List.of("TransitGatewayAttachmentId")),
            "Associations", new Raw(Section.TRANSIT_GATEWAY_ASSOCIATIONS, List.of("TransitGatewayAttachmentId")),
            "Entries", new Raw(Section.PREFIX_LIST_ENTRIES, List.of("Cidr")));

    /** Known outputs that say nothing about reachability, with the bundle key that says why they are skipped. */
    static final Map<String, String> IGNORED = Map.ofEntries(
            Map.entry("DhcpOptions", "aws.skipped.dhcpOptions"),
            Map.entry("Hosts", "aws.skipped.hosts"),
            Map.entry("PlacementGroups", "aws.skipped.placementGroups"),
            Map.entry("Instances", "aws.skipped.classicLink"),
            Map.entry("MovingAddressStatuses", "aws.skipped.classicLink"),
            Map.entry("InstanceStatuses", "aws.skipped.instanceStatuses"),
            Map.entry("ServiceDetails", "aws.skipped.endpointServices"),
            Map.entry("ServiceNames", "aws.skipped.endpointServices"),
            Map.entry("DomainStatusList", "aws.skipped.elasticsearch"),
            Map.entry("Tags", "aws.skipped.tags"),
            Map.entry("VirtualInterfaces", "aws.skipped.directConnect"),
            Map.entry("DirectConnectGateways", "aws.skipped.directConnect"),
            Map.entry("DirectConnectGatewayAssociations", "aws.skipped.directConnect"),
            Map.entry("DirectConnectGatewayAttachments", "aws.skipped.directConnect"),
            Map.entry("LoadBalancerDescriptions", "aws.skipped.classicLoadBalancers"),
            Map.entry("AutoScalingGroups", "aws.skipped.autoScaling"),
            Map.entry("MetricAlarms", "aws.skipped.alarms"),
            Map.entry("FlowLogs", "aws.skipped.flowLogs"),
            Map.entry("Volumes", "aws.skipped.storage"),
            Map.entry("Snapshots", "aws.skipped.storage"),
            Map.entry("Images", "aws.skipped.storage"),
            Map.entry("KeyPairs", "aws.skipped.storage"));

    /** Pagination and bookkeeping fields of the CLI: nothing to say about them. */
    private static final Set<String> SILENT = Set.of("NextToken", "NextMarker", "Marker", "ResponseMetadata",
            "AdditionalRoutesAvailable", "IsTruncated", "MaxResults");

    private TopLevelKeys() {
    }

    /**
     * Reads one top-level key of a file into the snapshot.
     *
     * @param key the key
     * @param value its value
     * @param file the file's relative path
     * @param region the Region its folder names, or null
     * @param snapshot where records go
     * @return what became of the key
     */
    static Outcome read(String key, JsonNode value, String file, String region, Snapshot snapshot) {
        if (SILENT.contains(key)) {
            return Outcome.SILENT;
        }
        if (IGNORED.containsKey(key)) {
            return Outcome.IGNORED;
        }
        boolean known = PLAIN.containsKey(key) || WRAPPED.containsKey(key) || RAW.containsKey(key)
                || key.equals("Reservations") || key.equals("TransitGatewayPeeringAttachments");
        if (!known) {
            return Outcome.UNKNOWN;
        }
        if (!value.isArray()) {
            return Outcome.NOT_A_LIST;
        }
        if (key.equals("Reservations")) {
            for (JsonNode reservation : value) {
                for (JsonNode instance : AwsJson.array(reservation, "Instances")) {
                    addRecord(snapshot, Section.INSTANCES, instance, file, region);
                }
            }
            return Outcome.READ;
        }
        if (key.equals("TransitGatewayPeeringAttachments")) {
            value.forEach(e -> peeringSides(e, file, region, snapshot));
            return Outcome.READ;
        }
        Section plain = PLAIN.get(key);
        if (plain != null) {
            String telltale = TELLTALES.get(key);
            if (telltale != null && !allHave(value, List.of(telltale))) {
                return Outcome.UNKNOWN;
            }
            value.forEach(e -> addRecord(snapshot, plain, e, file, region));
            return Outcome.READ;
        }
        Wrapped wrapped = WRAPPED.get(key);
        if (wrapped != null) {
            for (JsonNode wrapper : value) {
                String owner = AwsJson.text(wrapper, wrapped.ownerField());
                JsonNode list = wrapper.get(wrapped.listField());
                if (list == null || !list.isArray()) {
                    continue;
                }
                if (wrapped.section().keyed()) {
                    for (JsonNode e : list) {
                        if (e.isObject() && owner != null && AwsJson.text(e, wrapped.ownerField()) == null) {
                            ((ObjectNode) e).put(wrapped.ownerField(), owner);
                        }
                        addRecord(snapshot, wrapped.section(), e, file, region);
                    }
                } else {
                    snapshot.addGroup(wrapped.section(), owner, list, file, region);
                }
            }
            return Outcome.READ;
        }
        Raw raw = RAW.get(key);
        if (!allHave(value, raw.telltaleFields())) {
            return Outcome.UNKNOWN;
        }
        snapshot.addGroup(raw.section(), null, value, file, region);
        return Outcome.READ;
    }

    /** True if every element is an object with at least one of the fields. */
    private static boolean allHave(JsonNode array, List<String> fields) {
        for (JsonNode e : array) {
            if (!e.isObject() || fields.stream().noneMatch(e::has)) {
                return false;
            }
        }
        return true;
    }

    private static void addRecord(Snapshot snapshot, Section section, JsonNode e, String file, String region) {
        if (e.isObject()) {
            snapshot.add(section, (ObjectNode) e, file, region);
        }
    }

    /**
     * describe-transit-gateway-peering-attachments lists one attachment with both transit gateways; each side
     * is a record of its own, keyed like the generic attachment record of that side.
     */
    private static void peeringSides(JsonNode e, String file, String region, Snapshot snapshot) {
        if (!e.isObject()) {
            return;
        }
        String requester = AwsJson.textAt(e, "RequesterTgwInfo", "TransitGatewayId");
        String accepter = AwsJson.textAt(e, "AccepterTgwInfo", "TransitGatewayId");
        for (List<String> side : List.of(List.of(nz(requester), nz(accepter)), List.of(nz(accepter), nz(requester)))) {
            if (side.get(0).isEmpty()) {
                continue;
            }
            ObjectNode record = ((ObjectNode) e).deepCopy();
            record.put("TransitGatewayId", side.get(0));
            record.put("ResourceId", side.get(1));
            record.put("ResourceType", "peering");
            snapshot.add(Section.TRANSIT_GATEWAY_ATTACHMENTS, record, file, region);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
