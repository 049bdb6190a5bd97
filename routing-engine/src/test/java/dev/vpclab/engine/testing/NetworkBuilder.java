package dev.vpclab.engine.testing;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small language for test networks, built from the model's records: {@code vpc("vpc-a", "10.0.0.0/16")} makes
 * the VPC with a main route table ({@code rtb-main-a}), a default network ACL allowing everything
 * ({@code acl-default-a}) and a default security group ({@code sg-default-a}), as AWS does. Later calls replace
 * records by id, so a scenario can start from a base and change one thing. Shared through the test-jar.
 */
public class NetworkBuilder {

    /** The Region every builder uses. */
    public static final String REGION = "us-east-1";

    private final Map<String, Resource> resources = new LinkedHashMap<>();

    /** A builder with the Region and zones a, b, c. */
    public NetworkBuilder() {
        put(new Region(REGION, "US East (N. Virginia)"));
        for (String z : List.of("a", "b", "c")) {
            put(new AvailabilityZone(REGION + z, REGION + z, REGION));
        }
    }

    /**
     * @param text dotted quad
     * @return the address
     */
    public static Ipv4Address ip(String text) {
        return text == null ? null : Ipv4Address.parse(text);
    }

    /**
     * @param text a block
     * @return the block
     */
    public static Cidr cidr(String text) {
        return Cidr.parse(text);
    }

    /**
     * @param r a resource, added or replacing the one with its id
     * @return this builder
     */
    public NetworkBuilder put(Resource r) {
        resources.put(r.id(), r);
        return this;
    }

    /**
     * @param id a resource id
     * @return this builder without it
     */
    public NetworkBuilder remove(String id) {
        resources.remove(id);
        return this;
    }

    /**
     * @param id a resource id
     * @param type its type
     * @param change how to change it
     * @param <T> the type
     * @return this builder
     */
    public <T extends Resource> NetworkBuilder update(String id, Class<T> type, UnaryOperator<T> change) {
        Resource r = resources.get(id);
        if (!type.isInstance(r)) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " " + id + " in the test network");
        }
        return put(change.apply(type.cast(r)));
    }

    /**
     * @param id a resource id
     * @param type its type
     * @param <T> the type
     * @return the resource
     */
    public <T extends Resource> T get(String id, Class<T> type) {
        return type.cast(resources.get(id));
    }

    private static String suffix(String vpcId) {
        return vpcId.startsWith("vpc-") ? vpcId.substring(4) : vpcId;
    }

    /**
     * @param vpcId a VPC
     * @return its main route table id
     */
    public static String mainRouteTable(String vpcId) {
        return "rtb-main-" + suffix(vpcId);
    }

    /**
     * @param vpcId a VPC
     * @return its default network ACL id
     */
    public static String defaultAcl(String vpcId) {
        return "acl-default-" + suffix(vpcId);
    }

    /**
     * @param vpcId a VPC
     * @return its default security group id
     */
    public static String defaultSg(String vpcId) {
        return "sg-default-" + suffix(vpcId);
    }

    /**
     * A VPC in {@link #REGION} with what AWS creates with it.
     *
     * @param id "vpc-…"
     * @param cidrs its blocks, primary first
     * @return this builder
     */
    public NetworkBuilder vpc(String id, String... cidrs) {
        return vpcInRegion(id, REGION, cidrs);
    }

    /**
     * @param id "vpc-…"
     * @param region its Region
     * @param cidrs its blocks
     * @return this builder
     */
    public NetworkBuilder vpcInRegion(String id, String region, String... cidrs) {
        List<Cidr> blocks = Arrays.stream(cidrs).map(Cidr::parse).toList();
        if (!resources.containsKey(region)) {
            put(new Region(region, region));
        }
        put(new Vpc(id, id, region, blocks, true, true));
        put(new RouteTable(mainRouteTable(id), "main", id, true, blocks.stream().map(c -> Route.to(c, Route.LOCAL)).toList(),
                List.of(), List.of()));
        put(new NetworkAcl(defaultAcl(id), "default", id, true, List.of(
                NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW),
                NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW))));
        put(new SecurityGroup(defaultSg(id), "", id, "default", "default VPC security group",
                List.of(SecurityGroupRule.allowAll(RulePeer.group(defaultSg(id)))), List.of(Rules.allOut())));
        return this;
    }

    /**
     * @param id "igw-…"
     * @param vpcId the VPC it is attached to (null for detached)
     * @return this builder
     */
    public NetworkBuilder igw(String id, String vpcId) {
        return put(new InternetGateway(id, id, vpcId));
    }

    /**
     * A subnet using the main route table and the default ACL.
     *
     * @param id "subnet-…"
     * @param vpcId its VPC
     * @param zone "a", "b" or "c" (or a full zone name)
     * @param cidr its block
     * @return this builder
     */
    public NetworkBuilder subnet(String id, String vpcId, String zone, String cidr) {
        String z = zone.length() == 1 ? REGION + zone : zone;
        return put(new Subnet(id, id, vpcId, z, Cidr.parse(cidr), false, null, null));
    }

    /**
     * A custom route table holding the local routes of its VPC plus the given routes.
     *
     * @param id "rtb-…"
     * @param vpcId its VPC
     * @param routes destination → target pairs: "0.0.0.0/0", "igw-1", …
     * @return this builder
     */
    public NetworkBuilder routeTable(String id, String vpcId, String... routes) {
        List<Route> list = new ArrayList<>();
        for (Cidr c : get(vpcId, Vpc.class).cidrBlocks()) {
            list.add(Route.to(c, Route.LOCAL));
        }
        for (int i = 0; i + 1 < routes.length; i += 2) {
            list.add(Route.to(Cidr.parse(routes[i]), routes[i + 1]));
        }
        return put(new RouteTable(id, id, vpcId, false, list, List.of(), List.of()));
    }

    /**
     * @param tableId a route table
     * @param route a route to add
     * @return this builder
     */
    public NetworkBuilder addRoute(String tableId, Route route) {
        return update(tableId, RouteTable.class, t -> {
            List<Route> routes = new ArrayList<>(t.routes());
            routes.add(route);
            return new RouteTable(t.id(), t.name(), t.vpcId(), t.main(), routes, t.edgeAssociations(), t.propagatingGatewayIds());
        });
    }

    /**
     * @param tableId a route table
     * @param destination a block
     * @param target a target id
     * @return this builder
     */
    public NetworkBuilder route(String tableId, String destination, String target) {
        return addRoute(tableId, Route.to(Cidr.parse(destination), target));
    }

    /**
     * @param subnetId a subnet
     * @param tableId the route table to associate
     * @return this builder
     */
    public NetworkBuilder associate(String subnetId, String tableId) {
        return update(subnetId, Subnet.class, s -> new Subnet(s.id(), s.name(), s.vpcId(), s.availabilityZoneId(), s.cidr(),
                s.mapPublicIpOnLaunch(), tableId, s.networkAclId()));
    }

    /**
     * @param id "acl-…"
     * @param vpcId its VPC
     * @param entries its rules (none: denies everything, like a new custom ACL)
     * @return this builder
     */
    public NetworkBuilder nacl(String id, String vpcId, NetworkAclEntry... entries) {
        return put(new NetworkAcl(id, id, vpcId, false, List.of(entries)));
    }

    /**
     * @param subnetId a subnet
     * @param aclId the network ACL to associate
     * @return this builder
     */
    public NetworkBuilder associateAcl(String subnetId, String aclId) {
        return update(subnetId, Subnet.class, s -> new Subnet(s.id(), s.name(), s.vpcId(), s.availabilityZoneId(), s.cidr(),
                s.mapPublicIpOnLaunch(), s.routeTableId(), aclId));
    }

    /**
     * @param id "sg-…"
     * @param vpcId its VPC
     * @param ingress inbound rules
     * @param egress outbound rules
     * @return this builder
     */
    public NetworkBuilder sg(String id, String vpcId, List<SecurityGroupRule> ingress, List<SecurityGroupRule> egress) {
        return put(new SecurityGroup(id, id, vpcId, id, "", ingress, egress));
    }

    /**
     * A group with the given inbound rules and the all-outbound rule of a new group.
     *
     * @param id "sg-…"
     * @param vpcId its VPC
     * @param ingress inbound rules
     * @return this builder
     */
    public NetworkBuilder sg(String id, String vpcId, SecurityGroupRule... ingress) {
        return sg(id, vpcId, List.of(ingress), List.of(Rules.allOut()));
    }

    /**
     * A running instance with one interface "eni-" + the id's part after "i-".
     *
     * @param id "i-…"
     * @param subnetId its subnet
     * @param privateIp its address
     * @param sgIds its security groups
     * @return this builder
     */
    public NetworkBuilder instance(String id, String subnetId, String privateIp, String... sgIds) {
        put(new Instance(id, id, subnetId, "t3.micro", Instance.State.RUNNING, "", null));
        return put(new NetworkInterface(eniOf(id), "", subnetId, List.of(ip(privateIp)), List.of(sgIds), true, id, 0, null, ""));
    }

    /**
     * @param instanceId "i-…"
     * @return the id of its interface made by {@link #instance}
     */
    public static String eniOf(String instanceId) {
        return "eni-" + (instanceId.startsWith("i-") ? instanceId.substring(2) : instanceId);
    }

    /**
     * @param instanceId an instance made by {@link #instance}
     * @param publicIp its auto-assigned public address
     * @return this builder
     */
    public NetworkBuilder publicIp(String instanceId, String publicIp) {
        return update(eniOf(instanceId), NetworkInterface.class, e -> new NetworkInterface(e.id(), e.name(), e.subnetId(), e.privateIps(),
                e.securityGroupIds(), e.sourceDestCheck(), e.instanceId(), e.deviceIndex(), ip(publicIp), e.description()));
    }

    /**
     * @param allocationId "eipalloc-…"
     * @param publicIp the address
     * @param resourceId the interface or NAT gateway it is associated with
     * @return this builder
     */
    public NetworkBuilder eip(String allocationId, String publicIp, String resourceId) {
        return put(new ElasticIp(allocationId, "", ip(publicIp), resourceId, null));
    }

    /**
     * @param instanceId an instance made by {@link #instance}
     * @param check the source/destination check
     * @return this builder
     */
    public NetworkBuilder sourceDestCheck(String instanceId, boolean check) {
        return update(eniOf(instanceId), NetworkInterface.class, e -> new NetworkInterface(e.id(), e.name(), e.subnetId(), e.privateIps(),
                e.securityGroupIds(), check, e.instanceId(), e.deviceIndex(), e.publicIp(), e.description()));
    }

    /**
     * @param instanceId an instance
     * @param state its new state
     * @return this builder
     */
    public NetworkBuilder state(String instanceId, Instance.State state) {
        return update(instanceId, Instance.class, i -> new Instance(i.id(), i.name(), i.subnetId(), i.instanceType(), state, i.imageId(),
                i.autoScalingGroupId()));
    }

    /**
     * A public NAT gateway with an Elastic IP ("eipalloc-" + id).
     *
     * @param id "nat-…"
     * @param subnetId its subnet
     * @param privateIp its private address
     * @param publicIp its Elastic IP, or null for a private NAT gateway
     * @return this builder
     */
    public NetworkBuilder nat(String id, String subnetId, String privateIp, String publicIp) {
        put(new NatGateway(id, id, subnetId, publicIp == null ? NatGateway.Connectivity.PRIVATE : NatGateway.Connectivity.PUBLIC,
                ip(privateIp), LifecycleState.AVAILABLE));
        return publicIp == null ? this : eip("eipalloc-" + id, publicIp, id);
    }

    /**
     * @param id "pcx-…"
     * @param requester one VPC
     * @param accepter the other
     * @return this builder
     */
    public NetworkBuilder peering(String id, String requester, String accepter) {
        return put(new VpcPeeringConnection(id, id, requester, accepter, VpcPeeringConnection.Status.ACTIVE));
    }

    /** @return the document */
    public Document document() {
        return Document.of(resources.values(), Layout.EMPTY);
    }

    /** @return the compiled network */
    public Network network() {
        return NetworkCompiler.compile(document());
    }
}
