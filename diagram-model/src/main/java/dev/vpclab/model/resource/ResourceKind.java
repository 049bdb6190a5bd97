package dev.vpclab.model.resource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of resource a document holds, with the short stable type name used in files, the prefix AWS
 * gives their ids, and the palette category they are drawn under.
 */
public enum ResourceKind {
    REGION(Region.class, "region", "", Category.NETWORK),
    AVAILABILITY_ZONE(AvailabilityZone.class, "az", "", Category.NETWORK),
    VPC(Vpc.class, "vpc", "vpc-", Category.NETWORK),
    SUBNET(Subnet.class, "subnet", "subnet-", Category.NETWORK),
    INTERNET_GATEWAY(InternetGateway.class, "igw", "igw-", Category.NETWORK),
    NAT_GATEWAY(NatGateway.class, "nat", "nat-", Category.NETWORK),
    EGRESS_ONLY_INTERNET_GATEWAY(EgressOnlyInternetGateway.class, "eigw", "eigw-", Category.NETWORK),
    VIRTUAL_PRIVATE_GATEWAY(VirtualPrivateGateway.class, "vgw", "vgw-", Category.NETWORK),
    VPC_PEERING_CONNECTION(VpcPeeringConnection.class, "pcx", "pcx-", Category.NETWORK),
    TRANSIT_GATEWAY(TransitGateway.class, "tgw", "tgw-", Category.NETWORK),
    TRANSIT_GATEWAY_ATTACHMENT(TransitGatewayAttachment.class, "tgw-attachment", "tgw-attach-", Category.NETWORK),
    TRANSIT_GATEWAY_ROUTE_TABLE(TransitGatewayRouteTable.class, "tgw-rtb", "tgw-rtb-", Category.NETWORK),
    VPC_ENDPOINT(VpcEndpoint.class, "vpce", "vpce-", Category.NETWORK),
    PREFIX_LIST(PrefixList.class, "pl", "pl-", Category.NETWORK),
    ROUTE_TABLE(RouteTable.class, "rtb", "rtb-", Category.NETWORK),
    NETWORK_ACL(NetworkAcl.class, "acl", "acl-", Category.NETWORK),
    SECURITY_GROUP(SecurityGroup.class, "sg", "sg-", Category.NETWORK),
    NETWORK_INTERFACE(NetworkInterface.class, "eni", "eni-", Category.COMPUTE),
    ELASTIC_IP(ElasticIp.class, "eip", "eipalloc-", Category.NETWORK),
    INSTANCE(Instance.class, "instance", "i-", Category.COMPUTE),
    AUTO_SCALING_GROUP(AutoScalingGroup.class, "asg", "asg-", Category.COMPUTE),
    LOAD_BALANCER(LoadBalancer.class, "lb", "", Category.LOAD_BALANCING),
    LISTENER(Listener.class, "listener", "", Category.LOAD_BALANCING),
    LISTENER_RULE(ListenerRule.class, "listener-rule", "", Category.LOAD_BALANCING),
    TARGET_GROUP(TargetGroup.class, "tg", "", Category.LOAD_BALANCING),
    DB_INSTANCE(DbInstance.class, "db", "", Category.DATABASE),
    ALARM(Alarm.class, "alarm", "", Category.MONITORING),
    INTERNET_CLIENT(InternetClient.class, "internet-client", "client-", Category.OUTSIDE),
    ON_PREMISES_NETWORK(OnPremisesNetwork.class, "on-prem", "onprem-", Category.OUTSIDE);

    /** Palette groups. */
    public enum Category { NETWORK, COMPUTE, DATABASE, LOAD_BALANCING, MONITORING, OUTSIDE }

    private static final Map<String, ResourceKind> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ResourceKind::typeName, Function.identity()));
    private static final Map<Class<?>, ResourceKind> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ResourceKind::type, Function.identity()));

    private final Class<? extends Resource> type;
    private final String typeName;
    private final String idPrefix;
    private final Category category;

    ResourceKind(Class<? extends Resource> type, String typeName, String idPrefix, Category category) {
        this.type = type;
        this.typeName = typeName;
        this.idPrefix = idPrefix;
        this.category = category;
    }

    /** @return the record class */
    public Class<? extends Resource> type() {
        return type;
    }

    /** @return the short stable name written in files ("vpc", "subnet", …) */
    public String typeName() {
        return typeName;
    }

    /** @return the prefix of AWS ids of this kind ("vpc-"), or "" where AWS uses names or ARNs */
    public String idPrefix() {
        return idPrefix;
    }

    /** @return the palette category */
    public Category category() {
        return category;
    }

    /** @return the AWS noun as written in English ("NatGateway") */
    public String awsName() {
        return type.getSimpleName();
    }

    /**
     * @param typeName a file type name
     * @return the kind, or null if none has that name
     */
    public static ResourceKind ofTypeName(String typeName) {
        return typeName == null ? null : BY_TYPE.get(typeName.toLowerCase(Locale.ROOT));
    }

    /**
     * @param type a record class
     * @return its kind
     */
    public static ResourceKind of(Class<?> type) {
        ResourceKind k = BY_CLASS.get(type);
        if (k == null) {
            throw new IllegalArgumentException(type + " is not a resource type");
        }
        return k;
    }
}
