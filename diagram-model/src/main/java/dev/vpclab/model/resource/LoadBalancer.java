package dev.vpclab.model.resource;

import dev.vpclab.model.net.Ipv4Address;
import java.util.List;
import java.util.Map;

/**
 * An Elastic Load Balancing v2 load balancer (application or network). Enabling a subnet places a node with
 * a private address in it, one subnet per Availability Zone; clients resolve the DNS name to the nodes of the
 * enabled zones. Listeners, rules and target groups are resources of their own.
 *
 * @param id the ARN, or a short id for drawn load balancers
 * @param name the load balancer name
 * @param type application or network
 * @param scheme internet-facing or internal
 * @param vpcId its VPC
 * @param subnetIds the enabled subnets, one per zone
 * @param securityGroupIds its security groups (ALB; optional for NLB)
 * @param nodeAddresses the node's private address per subnet id
 * @param nodePublicAddresses for an internet-facing load balancer, the node's public address per subnet id
 * @param dnsName the DNS name clients resolve
 * @param crossZone cross-zone load balancing at load-balancer level (always on for ALB, off by default for NLB)
 * @param idleTimeoutSeconds connection idle timeout
 * @param state only AVAILABLE (AWS "active") carries traffic
 */
public record LoadBalancer(String id, String name, Type type, Scheme scheme, String vpcId, List<String> subnetIds,
                           List<String> securityGroupIds, Map<String, Ipv4Address> nodeAddresses,
                           Map<String, Ipv4Address> nodePublicAddresses, String dnsName, boolean crossZone,
                           int idleTimeoutSeconds, LifecycleState state) implements Resource {

    /** Load balancer types. */
    public enum Type { APPLICATION, NETWORK }

    /** Where clients come from. */
    public enum Scheme { INTERNET_FACING, INTERNAL }

    /** Validates. */
    public LoadBalancer {
        Req.id(id, "Load balancer");
        name = Req.name(name);
        type = Req.nonNull(type, Type.APPLICATION);
        scheme = Req.nonNull(scheme, Scheme.INTERNET_FACING);
        Req.ref(vpcId, "the load balancer's VPC");
        subnetIds = Req.list(subnetIds);
        securityGroupIds = Req.list(securityGroupIds);
        nodeAddresses = Req.map(nodeAddresses);
        nodePublicAddresses = Req.map(nodePublicAddresses);
        dnsName = Req.text(dnsName);
        if (idleTimeoutSeconds <= 0) {
            idleTimeoutSeconds = 60;
        }
        state = Req.nonNull(state, LifecycleState.AVAILABLE);
    }

    /** @return true for an application load balancer */
    public boolean isApplication() {
        return type == Type.APPLICATION;
    }
}
