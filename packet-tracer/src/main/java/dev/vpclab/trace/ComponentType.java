package dev.vpclab.trace;

/** The kind of component a hop is at, named with the AWS noun. */
public enum ComponentType {
    /** An EC2 instance. */
    INSTANCE("Instance"),
    /** A network interface. */
    NETWORK_INTERFACE("NetworkInterface"),
    /** A security group. */
    SECURITY_GROUP("SecurityGroup"),
    /** A network ACL. */
    NETWORK_ACL("NetworkAcl"),
    /** A route table. */
    ROUTE_TABLE("RouteTable"),
    /** An internet gateway. */
    INTERNET_GATEWAY("InternetGateway"),
    /** A NAT gateway. */
    NAT_GATEWAY("NatGateway"),
    /** A load balancer. */
    LOAD_BALANCER("LoadBalancer"),
    /** A target group. */
    TARGET_GROUP("TargetGroup"),
    /** A VPC peering connection. */
    VPC_PEERING_CONNECTION("VpcPeeringConnection"),
    /** A transit gateway. */
    TRANSIT_GATEWAY("TransitGateway"),
    /** A transit gateway attachment. */
    TRANSIT_GATEWAY_ATTACHMENT("TransitGatewayAttachment"),
    /** A transit gateway route table. */
    TRANSIT_GATEWAY_ROUTE_TABLE("TransitGatewayRouteTable"),
    /** A virtual private gateway. */
    VIRTUAL_PRIVATE_GATEWAY("VirtualPrivateGateway"),
    /** A VPC endpoint. */
    VPC_ENDPOINT("VpcEndpoint"),
    /** An RDS DB instance. */
    DB_INSTANCE("DbInstance"),
    /** A VPC. */
    VPC("Vpc"),
    /** A subnet. */
    SUBNET("Subnet"),
    /** The internet outside AWS. */
    INTERNET("Internet"),
    /** An on-premises network behind a VPN. */
    ON_PREMISES_NETWORK("OnPremisesNetwork");

    private final String awsName;

    ComponentType(String awsName) {
        this.awsName = awsName;
    }

    /** @return the AWS noun, e.g. "NetworkAcl" */
    public String awsName() {
        return awsName;
    }
}
