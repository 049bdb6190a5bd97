package dev.vpclab.engine.testing;

import static dev.vpclab.engine.testing.NetworkBuilder.cidr;
import static dev.vpclab.engine.testing.NetworkBuilder.ip;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.HealthCheck;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RuleCondition;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRoute;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records for the bigger services in test networks (load balancers, transit gateways, VPNs, endpoints), to
 * {@link NetworkBuilder#put} into a builder.
 */
public final class Services {

    private Services() {
    }

    /**
     * An internet-facing load balancer; node addresses are given per subnet as "subnet-…", "10.0.1.25",
     * "54.0.0.1" triples (private, public; public may be null).
     *
     * @param id its id
     * @param type application or network
     * @param vpcId its VPC
     * @param securityGroupIds its groups
     * @param nodes subnet, private address, public address triples
     * @return the load balancer
     */
    public static LoadBalancer loadBalancer(String id, LoadBalancer.Type type, String vpcId, List<String> securityGroupIds, String... nodes) {
        Map<String, Ipv4Address> priv = new LinkedHashMap<>();
        Map<String, Ipv4Address> pub = new LinkedHashMap<>();
        for (int i = 0; i + 2 < nodes.length; i += 3) {
            priv.put(nodes[i], ip(nodes[i + 1]));
            if (nodes[i + 2] != null) {
                pub.put(nodes[i], ip(nodes[i + 2]));
            }
        }
        return new LoadBalancer(id, id, type, pub.isEmpty() ? LoadBalancer.Scheme.INTERNAL : LoadBalancer.Scheme.INTERNET_FACING, vpcId,
                List.copyOf(priv.keySet()), securityGroupIds, priv, pub, id + ".elb.amazonaws.com", type == LoadBalancer.Type.APPLICATION, 60,
                LifecycleState.AVAILABLE);
    }

    /**
     * @param id listener id
     * @param lbId its load balancer
     * @param protocol HTTP, HTTPS, TCP, …
     * @param port its port
     * @param defaultTargetGroup where the default rule forwards
     * @return the listener
     */
    public static Listener listener(String id, String lbId, Listener.ListenerProtocol protocol, int port, String defaultTargetGroup) {
        return new Listener(id, id, lbId, protocol, port, List.of(ListenerAction.Forward.to(defaultTargetGroup)));
    }

    /**
     * @param id rule id
     * @param listenerId its listener
     * @param priority priority
     * @param targetGroup where it forwards
     * @param conditions its conditions
     * @return the rule
     */
    public static ListenerRule rule(String id, String listenerId, int priority, String targetGroup, RuleCondition... conditions) {
        return new ListenerRule(id, id, listenerId, priority, List.of(conditions), List.of(ListenerAction.Forward.to(targetGroup)));
    }

    /**
     * @param field the field
     * @param values its values
     * @return the condition
     */
    public static RuleCondition when(RuleCondition.Field field, String... values) {
        return new RuleCondition(field, null, List.of(values));
    }

    /**
     * @param id target group id
     * @param vpcId its VPC
     * @param type instance or ip
     * @param protocol its protocol
     * @param port its port
     * @param attributes its attributes (null for the defaults)
     * @param targets registrations
     * @return the target group
     */
    public static TargetGroup targetGroup(String id, String vpcId, TargetGroup.TargetType type, Listener.ListenerProtocol protocol, int port,
                                          TargetGroupAttributes attributes, TargetRegistration... targets) {
        return new TargetGroup(id, id, vpcId, type, protocol, port, HealthCheck.DEFAULT, attributes, List.of(targets));
    }

    /**
     * @param targetId instance id or address
     * @param health reported health, or null for unknown
     * @return the registration on the group's port
     */
    public static TargetRegistration target(String targetId, TargetRegistration.TargetHealth health) {
        return new TargetRegistration(targetId, 0, null, health);
    }

    /**
     * @param crossZone the group's cross-zone setting
     * @param preserveClientIp client IP preservation, or null for the AWS default
     * @return attributes with AWS defaults otherwise
     */
    public static TargetGroupAttributes attributes(TargetGroupAttributes.CrossZone crossZone, Boolean preserveClientIp) {
        return new TargetGroupAttributes(null, null, 0, null, 300, 0, crossZone, preserveClientIp, 1);
    }

    /**
     * @param id "tgw-…"
     * @return the transit gateway
     */
    public static TransitGateway transitGateway(String id) {
        return new TransitGateway(id, id, NetworkBuilder.REGION, 0);
    }

    /**
     * @param id "tgw-attach-…"
     * @param tgwId its transit gateway
     * @param vpcId the attached VPC
     * @param routeTableId its associated TGW route table
     * @param subnetIds its subnets, one per zone
     * @return the attachment
     */
    public static TransitGatewayAttachment vpcAttachment(String id, String tgwId, String vpcId, String routeTableId, String... subnetIds) {
        return new TransitGatewayAttachment(id, id, tgwId, TransitGatewayAttachment.AttachmentType.VPC, vpcId, List.of(subnetIds),
                routeTableId, false, LifecycleState.AVAILABLE);
    }

    /**
     * @param id "tgw-attach-…"
     * @param tgwId its transit gateway
     * @param onPremisesId the on-premises network at the other end of the VPN
     * @param routeTableId its associated TGW route table
     * @return the attachment
     */
    public static TransitGatewayAttachment vpnAttachment(String id, String tgwId, String onPremisesId, String routeTableId) {
        return new TransitGatewayAttachment(id, id, tgwId, TransitGatewayAttachment.AttachmentType.VPN, onPremisesId, List.of(),
                routeTableId, false, LifecycleState.AVAILABLE);
    }

    /**
     * @param id "tgw-rtb-…"
     * @param tgwId its transit gateway
     * @param propagating attachments that propagate into it
     * @param staticRoutes destination, attachment pairs (attachment "blackhole" for a blackhole route)
     * @return the table
     */
    public static TransitGatewayRouteTable tgwRouteTable(String id, String tgwId, List<String> propagating, String... staticRoutes) {
        List<TransitGatewayRoute> routes = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < staticRoutes.length; i += 2) {
            String att = "blackhole".equals(staticRoutes[i + 1]) ? null : staticRoutes[i + 1];
            routes.add(new TransitGatewayRoute(cidr(staticRoutes[i]), att, RouteOrigin.STATIC));
        }
        return new TransitGatewayRouteTable(id, id, tgwId, routes, propagating);
    }

    /**
     * @param id "vgw-…"
     * @param vpcId the attached VPC
     * @return the gateway
     */
    public static VirtualPrivateGateway vpnGateway(String id, String vpcId) {
        return new VirtualPrivateGateway(id, id, vpcId, 0);
    }

    /**
     * @param id "onprem-…"
     * @param gatewayId the VGW or TGW its VPN ends on
     * @param cidrs its blocks
     * @return the network
     */
    public static OnPremisesNetwork onPremises(String id, String gatewayId, String... cidrs) {
        return new OnPremisesNetwork(id, id, Arrays.stream(cidrs).map(Cidr::parse).toList(), gatewayId, ip("203.0.113.200"), "vpn-1", true);
    }

    /**
     * @param id "pl-…"
     * @param name e.g. "com.amazonaws.us-east-1.s3"
     * @param cidrs its blocks
     * @return the AWS-managed prefix list
     */
    public static PrefixList prefixList(String id, String name, String... cidrs) {
        return new PrefixList(id, id, name, Arrays.stream(cidrs).map(Cidr::parse).toList(), true);
    }

    /**
     * @param id "vpce-…"
     * @param vpcId its VPC
     * @param service the service name
     * @param prefixListId the service's prefix list
     * @param routeTableIds the tables it adds its route to
     * @return the gateway endpoint
     */
    public static VpcEndpoint gatewayEndpoint(String id, String vpcId, String service, String prefixListId, String... routeTableIds) {
        return new VpcEndpoint(id, id, vpcId, VpcEndpoint.EndpointType.GATEWAY, service, prefixListId, List.of(routeTableIds), List.of(),
                List.of(), Map.of(), false, LifecycleState.AVAILABLE);
    }

    /**
     * @param id "vpce-…"
     * @param vpcId its VPC
     * @param service the service name
     * @param securityGroupId its group
     * @param subnetAndAddress subnet, address pairs
     * @return the interface endpoint with private DNS on
     */
    public static VpcEndpoint interfaceEndpoint(String id, String vpcId, String service, String securityGroupId, String... subnetAndAddress) {
        Map<String, Ipv4Address> addresses = new LinkedHashMap<>();
        for (int i = 0; i + 1 < subnetAndAddress.length; i += 2) {
            addresses.put(subnetAndAddress[i], ip(subnetAndAddress[i + 1]));
        }
        return new VpcEndpoint(id, id, vpcId, VpcEndpoint.EndpointType.INTERFACE, service, null, List.of(), List.copyOf(addresses.keySet()),
                List.of(securityGroupId), addresses, true, LifecycleState.AVAILABLE);
    }
}
