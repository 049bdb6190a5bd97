package dev.vpclab.model.resource;

/**
 * One thing in an AWS network as the document holds it: an immutable, validated record with a stable
 * AWS-style id and the Name people see. Every kind of {@link ResourceKind} implements it.
 */
public sealed interface Resource permits Region, AvailabilityZone, Vpc, Subnet, InternetGateway, NatGateway,
        EgressOnlyInternetGateway, VirtualPrivateGateway, VpcPeeringConnection, TransitGateway,
        TransitGatewayAttachment, TransitGatewayRouteTable, VpcEndpoint, PrefixList, RouteTable, NetworkAcl,
        SecurityGroup, NetworkInterface, ElasticIp, Instance, AutoScalingGroup, LoadBalancer, Listener, ListenerRule,
        TargetGroup, DbInstance, Alarm, InternetClient, OnPremisesNetwork {

    /** @return the stable id ("vpc-0a1b2c3d…", an ARN for load balancers) */
    String id();

    /** @return the Name tag, possibly empty */
    String name();

    /** @return the kind */
    default ResourceKind kind() {
        return ResourceKind.of(getClass());
    }

    /** @return the name if there is one, else the id: what a label shows */
    default String label() {
        return name().isBlank() ? id() : name();
    }
}
