package dev.vpclab.trace;

/**
 * The explanation codes a trace reports. Most are Reachability Analyzer's own
 * (<a href="https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html">explanation codes</a>),
 * so people who know AWS recognise them; the few marked "VPC Lab" cover outcomes AWS has no code for.
 */
public final class ExplanationCodes {

    private ExplanationCodes() {
    }

    /** No route matches the destination. */
    public static final String NO_ROUTE_TO_DESTINATION = "NO_ROUTE_TO_DESTINATION";
    /** A route matches but is a blackhole. */
    public static final String BAD_STATE_ROUTE = "BAD_STATE_ROUTE";
    /** A component is not in a state that carries traffic (peering not active, gateway detached). */
    public static final String BAD_STATE = "BAD_STATE";
    /** A transit gateway attachment is not available. */
    public static final String BAD_STATE_ATTACHMENT = "BAD_STATE_ATTACHMENT";
    /** The route target cannot forward this packet (a loop, or a target VPC Lab does not model). */
    public static final String CANNOT_ROUTE = "CANNOT_ROUTE";
    /** A network ACL rule (or its final "*" rule) denies the packet. */
    public static final String SUBNET_ACL_RESTRICTION = "SUBNET_ACL_RESTRICTION";
    /** No rule of the interface's security groups allows the packet. */
    public static final String ENI_SG_RULES_MISMATCH = "ENI_SG_RULES_MISMATCH";
    /** The interface's security groups have no rules in that direction. */
    public static final String SG_HAS_NO_RULES = "SG_HAS_NO_RULES";
    /** The interface's source/destination check drops traffic that is not its own. */
    public static final String ENI_SOURCE_DEST_CHECK_RESTRICTION = "ENI_SOURCE_DEST_CHECK_RESTRICTION";
    /** The internet gateway has no public address for the source. */
    public static final String IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS = "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS";
    /** No public address maps to the destination, so the internet cannot reach it. */
    public static final String IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS = "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS";
    /** The internet gateway does not send packets to RFC 1918 destinations. */
    public static final String IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS = "IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS";
    /** The internet gateway does not send packets to RFC 6598 destinations. */
    public static final String IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS = "IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS";
    /** The internet gateway drops inbound packets from RFC 1918 sources. */
    public static final String IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS = "IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS";
    /** The internet gateway drops inbound packets from RFC 6598 sources. */
    public static final String IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS = "IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS";
    /** An ingress route table sends traffic to an interface without a public address. */
    public static final String INGRESS_RTB_NO_PUBLIC_IP = "INGRESS_RTB_NO_PUBLIC_IP";
    /** A NAT gateway only serves sources inside its VPC. */
    public static final String NGW_REQUIRES_SOURCE_IN_VPC = "NGW_REQUIRES_SOURCE_IN_VPC";
    /** A peering connection only carries traffic between addresses of the two VPCs. */
    public static final String PCX_REQUIRES_ADDRESS_IN_VPC_CIDR = "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR";
    /** A virtual private gateway only sends traffic from private addresses of the VPC. */
    public static final String VGW_PRIVATE_IP_ASSOCIATION_FOR_EGRESS = "VGW_PRIVATE_IP_ASSOCIATION_FOR_EGRESS";
    /** A virtual private gateway only delivers traffic to private addresses of the VPC. */
    public static final String VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS = "VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS";
    /** The source's zone has no transit gateway attachment subnet. */
    public static final String TGW_ROUTE_AZ_RESTRICTION = "TGW_ROUTE_AZ_RESTRICTION";
    /** The attachment is associated with no transit gateway route table. */
    public static final String TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION = "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION";
    /** No transit gateway route matches the destination. */
    public static final String TGW_RTB_CANNOT_ROUTE = "TGW_RTB_CANNOT_ROUTE";
    /** The matching transit gateway route is a blackhole. */
    public static final String TGW_RTB_BAD_STATE_ROUTE = "TGW_RTB_BAD_STATE_ROUTE";
    /** A gateway endpoint only carries TCP and ICMP echo. */
    public static final String VPCE_GATEWAY_PROTOCOL_RESTRICTION = "VPCE_GATEWAY_PROTOCOL_RESTRICTION";
    /** A gateway endpoint only serves sources inside its VPC. */
    public static final String VPCE_GATEWAY_EGRESS_SOURCE_ADDRESS_RESTRICTION = "VPCE_GATEWAY_EGRESS_SOURCE_ADDRESS_RESTRICTION";
    /** An interface endpoint cannot start connections into its VPC. */
    public static final String VPCE_INTRA_VPC_TRAFFIC = "VPCE_INTRA_VPC_TRAFFIC";
    /** The protocol is not carried by this component. */
    public static final String PROTOCOL_RESTRICTION = "PROTOCOL_RESTRICTION";
    /** No listener of the load balancer is on the destination port. */
    public static final String ELBV2_LISTENER_PORT_RESTRICTION = "ELBV2_LISTENER_PORT_RESTRICTION";
    /** The listener rule forwards to no existing target group. */
    public static final String ELBV2_LISTENER_HAS_NO_TG = "ELBV2_LISTENER_HAS_NO_TG";
    /** Cross-zone load balancing is off and the node's zone has no target. */
    public static final String ELBV2_NO_TARGETS_IN_AZ = "ELBV2_NO_TARGETS_IN_AZ";
    /** The destination address belongs to nothing, or a name does not resolve. */
    public static final String UNKNOWN_DESTINATION = "UNKNOWN_DESTINATION";
    /** VPC Lab: the target group has no registered targets (HTTP 503 from an ALB). */
    public static final String ELB_NO_REGISTERED_TARGETS = "ELB_NO_REGISTERED_TARGETS";
    /** VPC Lab: an ALB rule answered with a fixed error response. */
    public static final String ALB_FIXED_RESPONSE = "ALB_FIXED_RESPONSE";
    /** VPC Lab: the instance is not running. */
    public static final String INSTANCE_NOT_RUNNING = "INSTANCE_NOT_RUNNING";
    /** VPC Lab: a NAT gateway accepts only replies to connections its VPC opened. */
    public static final String NGW_OUTBOUND_ONLY = "NGW_OUTBOUND_ONLY";
    /** VPC Lab: the VPC of the public address has no internet gateway. */
    public static final String NO_INTERNET_GATEWAY = "NO_INTERNET_GATEWAY";

    /** Hint (Reachability Analyzer): the target sees the client's address because the NLB preserves it. */
    public static final String ELBV2_SOURCE_ADDRESS_PRESERVATION = "ELBV2_SOURCE_ADDRESS_PRESERVATION";
    /** Hint (Reachability Analyzer additional detail): the path crosses to another Availability Zone. */
    public static final String AVAILABILITY_ZONE_CROSSED = "AVAILABILITY_ZONE_CROSSED";
}
