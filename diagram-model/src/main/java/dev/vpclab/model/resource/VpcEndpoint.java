package dev.vpclab.model.resource;

import dev.vpclab.model.net.Ipv4Address;
import java.util.List;
import java.util.Map;

/**
 * A VPC endpoint. A gateway endpoint (S3, DynamoDB) adds a route for its service's prefix list to the route
 * tables in {@code routeTableIds}; an interface endpoint has a network interface with security groups in each
 * of its subnets.
 *
 * @param id "vpce-…"
 * @param name Name tag
 * @param vpcId its VPC
 * @param type gateway, interface or gateway load balancer
 * @param serviceName e.g. "com.amazonaws.us-east-1.s3"
 * @param prefixListId for a gateway endpoint, the service's prefix list (route destination)
 * @param routeTableIds for a gateway endpoint, the route tables it serves
 * @param subnetIds for an interface endpoint, its subnets
 * @param securityGroupIds for an interface endpoint, its security groups
 * @param addresses for an interface endpoint, the interface address per subnet id
 * @param privateDnsEnabled the service's public name resolves to the endpoint inside the VPC
 * @param state only AVAILABLE carries traffic
 */
public record VpcEndpoint(String id, String name, String vpcId, EndpointType type, String serviceName, String prefixListId,
                          List<String> routeTableIds, List<String> subnetIds, List<String> securityGroupIds,
                          Map<String, Ipv4Address> addresses, boolean privateDnsEnabled, LifecycleState state)
        implements Resource {

    /** Endpoint types. */
    public enum EndpointType { GATEWAY, INTERFACE, GATEWAY_LOAD_BALANCER }

    /** Validates. */
    public VpcEndpoint {
        Req.id(id, "VPC endpoint");
        name = Req.name(name);
        Req.ref(vpcId, "the endpoint's VPC");
        type = Req.nonNull(type, EndpointType.GATEWAY);
        serviceName = Req.text(serviceName);
        prefixListId = Req.optRef(prefixListId);
        routeTableIds = Req.list(routeTableIds);
        subnetIds = Req.list(subnetIds);
        securityGroupIds = Req.list(securityGroupIds);
        addresses = Req.map(addresses);
        state = Req.nonNull(state, LifecycleState.AVAILABLE);
    }
}
