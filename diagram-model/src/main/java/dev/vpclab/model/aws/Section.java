package dev.vpclab.model.aws;

/**
 * The kinds of record a snapshot holds once its files are read, whatever file or top-level key they came in.
 * A keyed section merges records with the same id (the same resource exported from two accounts); a grouped
 * section holds lists that belong to one owner (a target group's target health, a route table's routes).
 */
enum Section {
    VPCS("VpcId"),
    SUBNETS("SubnetId"),
    ROUTE_TABLES("RouteTableId"),
    NETWORK_ACLS("NetworkAclId"),
    SECURITY_GROUPS("GroupId"),
    INSTANCES("InstanceId"),
    NETWORK_INTERFACES("NetworkInterfaceId"),
    INTERNET_GATEWAYS("InternetGatewayId"),
    EGRESS_ONLY_INTERNET_GATEWAYS("EgressOnlyInternetGatewayId"),
    NAT_GATEWAYS("NatGatewayId"),
    PEERING_CONNECTIONS("VpcPeeringConnectionId"),
    ADDRESSES("PublicIp"),
    VPC_ENDPOINTS("VpcEndpointId"),
    PREFIX_LISTS("PrefixListId"),
    PREFIX_LIST_ENTRIES(null),
    TRANSIT_GATEWAYS("TransitGatewayId"),
    /** Keyed by attachment id and transit gateway: a peering attachment has one record per side. */
    TRANSIT_GATEWAY_ATTACHMENTS("TransitGatewayAttachmentId"),
    TRANSIT_GATEWAY_ROUTE_TABLES("TransitGatewayRouteTableId"),
    TRANSIT_GATEWAY_ROUTES(null),
    TRANSIT_GATEWAY_PROPAGATIONS(null),
    TRANSIT_GATEWAY_ASSOCIATIONS(null),
    VPN_GATEWAYS("VpnGatewayId"),
    CUSTOMER_GATEWAYS("CustomerGatewayId"),
    VPN_CONNECTIONS("VpnConnectionId"),
    AVAILABILITY_ZONES("ZoneName"),
    LOAD_BALANCERS("LoadBalancerArn"),
    LOAD_BALANCER_ATTRIBUTES(null),
    TARGET_GROUPS("TargetGroupArn"),
    TARGET_GROUP_ATTRIBUTES(null),
    /** Attribute lists whose owner (load balancer or target group) the file does not say. */
    UNOWNED_ATTRIBUTES(null),
    TARGET_HEALTH(null),
    LISTENERS("ListenerArn"),
    RULES("RuleArn"),
    DB_INSTANCES("DBInstanceIdentifier");

    private final String idField;

    Section(String idField) {
        this.idField = idField;
    }

    /** @return the field that identifies a record, or null for a grouped section */
    String idField() {
        return idField;
    }

    /** @return true if records are merged by id */
    boolean keyed() {
        return idField != null;
    }
}
