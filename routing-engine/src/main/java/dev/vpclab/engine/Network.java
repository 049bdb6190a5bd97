package dev.vpclab.engine;

import dev.vpclab.engine.acl.CompiledNetworkAcl;
import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.engine.lb.CompiledTargetGroup;
import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.engine.route.IntObjectMap;
import dev.vpclab.engine.sg.CompiledSecurityGroup;
import dev.vpclab.engine.sg.SecurityGroupMembership;
import dev.vpclab.engine.tgw.CompiledTransitGateway;
import dev.vpclab.engine.topology.Topology;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document compiled into lookup structures for tracing: route tables, network ACLs, security groups,
 * attachment points with address indexes, load balancers, target groups and transit gateways. Immutable and
 * safe to share between threads; build one per document revision with {@link NetworkCompiler#compile}.
 */
public final class Network implements SecurityGroupMembership {

    private final Document doc;
    private final Parts parts;

    /** Everything the compiler built, handed over in one piece. */
    record Parts(Map<String, CompiledVpc> vpcs, List<CompiledVpc> vpcList, Map<String, CompiledSubnet> subnets,
                 Map<String, CompiledRouteTable> routeTables, Map<String, CompiledNetworkAcl> acls,
                 Map<String, CompiledSecurityGroup> groups, Map<String, AttachmentPoint> attachments,
                 Map<String, AttachmentPoint> primaryByInstance, Map<String, List<AttachmentPoint>> endpointInterfaces,
                 IntObjectMap<AttachmentPoint> byPublicIp, Map<String, int[]> groupMembers, Set<String> sameRegionPeerings,
                 Map<String, CompiledLoadBalancer> loadBalancers, Map<String, CompiledTargetGroup> targetGroups,
                 Map<String, CompiledTransitGateway> transitGateways, Map<String, PrefixList> prefixLists,
                 Topology topology) {
    }

    Network(Document doc, Parts parts) {
        this.doc = doc;
        this.parts = parts;
    }

    /** @return the document this network was compiled from */
    public Document document() {
        return doc;
    }

    /**
     * @param id a VPC id
     * @return the VPC, or null
     */
    public CompiledVpc vpc(String id) {
        return id == null ? null : parts.vpcs.get(id);
    }

    /** @return every VPC, sorted by id */
    public List<CompiledVpc> vpcs() {
        return parts.vpcList;
    }

    /**
     * @param id a subnet id
     * @return the subnet, or null
     */
    public CompiledSubnet subnet(String id) {
        return id == null ? null : parts.subnets.get(id);
    }

    /**
     * @param id a route table id
     * @return the table, or null
     */
    public CompiledRouteTable routeTable(String id) {
        return id == null ? null : parts.routeTables.get(id);
    }

    /**
     * @param id a network ACL id
     * @return the ACL, or null
     */
    public CompiledNetworkAcl networkAcl(String id) {
        return id == null ? null : parts.acls.get(id);
    }

    /**
     * @param id a security group id
     * @return the group, or null
     */
    public CompiledSecurityGroup securityGroup(String id) {
        return id == null ? null : parts.groups.get(id);
    }

    /**
     * @param id an attachment point id (an ENI id, a NAT gateway id, a DB instance id, "lb@subnet", "vpce@subnet")
     * @return the attachment point, or null
     */
    public AttachmentPoint attachment(String id) {
        return id == null ? null : parts.attachments.get(id);
    }

    /** @return every attachment point */
    public Collection<AttachmentPoint> attachments() {
        return parts.attachments.values();
    }

    /**
     * @param instanceId an instance
     * @return its primary interface (lowest device index), or null
     */
    public AttachmentPoint primaryInterface(String instanceId) {
        return instanceId == null ? null : parts.primaryByInstance.get(instanceId);
    }

    /**
     * @param endpointId an interface endpoint
     * @return its interfaces, one per subnet
     */
    public List<AttachmentPoint> endpointInterfaces(String endpointId) {
        return parts.endpointInterfaces.getOrDefault(endpointId, List.of());
    }

    /**
     * @param vpcId a VPC
     * @param address a private address
     * @return the attachment point holding it there, or null
     */
    public AttachmentPoint attachmentAt(String vpcId, Ipv4Address address) {
        CompiledVpc vpc = vpc(vpcId);
        return vpc == null ? null : vpc.attachmentAt(address);
    }

    /**
     * @param address a public address
     * @return the attachment point the internet gateway maps it to, or null
     */
    public AttachmentPoint attachmentByPublicIp(Ipv4Address address) {
        return parts.byPublicIp.get(address.bits());
    }

    /**
     * VPC blocks may overlap between VPCs that are not connected, so an address can be in several.
     *
     * @param address an address
     * @return the VPCs whose blocks hold it
     */
    public List<CompiledVpc> vpcsContaining(Ipv4Address address) {
        List<CompiledVpc> out = new ArrayList<>(1);
        for (CompiledVpc v : parts.vpcList) {
            if (v.contains(address)) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * @param vpcId a VPC
     * @param address an address
     * @return the subnet of that VPC whose block holds the address, or null
     */
    public CompiledSubnet subnetHolding(String vpcId, Ipv4Address address) {
        CompiledVpc vpc = vpc(vpcId);
        if (vpc == null) {
            return null;
        }
        for (CompiledSubnet s : vpc.subnets()) {
            if (s.cidr().contains(address)) {
                return s;
            }
        }
        return null;
    }

    /**
     * @param id a peering connection id
     * @return it, or null
     */
    public VpcPeeringConnection peering(String id) {
        return doc.get(id, VpcPeeringConnection.class);
    }

    /**
     * @param a a VPC
     * @param b another VPC
     * @return true if an active peering joins them and both are in the same Region
     */
    public boolean sameRegionPeered(String a, String b) {
        return parts.sameRegionPeerings.contains(a + "|" + b);
    }

    /**
     * @param id a load balancer id (ARN)
     * @return it, or null
     */
    public CompiledLoadBalancer loadBalancer(String id) {
        return id == null ? null : parts.loadBalancers.get(id);
    }

    /** @return every load balancer */
    public Collection<CompiledLoadBalancer> loadBalancers() {
        return parts.loadBalancers.values();
    }

    /**
     * @param id a target group id
     * @return it, or null
     */
    public CompiledTargetGroup targetGroup(String id) {
        return id == null ? null : parts.targetGroups.get(id);
    }

    /**
     * @param id a transit gateway id
     * @return it, or null
     */
    public CompiledTransitGateway transitGateway(String id) {
        return id == null ? null : parts.transitGateways.get(id);
    }

    /** @return every transit gateway */
    public Collection<CompiledTransitGateway> transitGateways() {
        return parts.transitGateways.values();
    }

    /**
     * @param id a prefix list id
     * @return it, or null
     */
    public PrefixList prefixList(String id) {
        return id == null ? null : parts.prefixLists.get(id);
    }

    /** @return every prefix list */
    public Collection<PrefixList> prefixLists() {
        return parts.prefixLists.values();
    }

    /** @return the on-premises networks, sorted by id */
    public List<OnPremisesNetwork> onPremisesNetworks() {
        return doc.all(OnPremisesNetwork.class);
    }

    /**
     * @param address an address
     * @return the first on-premises network (by id) whose blocks hold it, or null
     */
    public OnPremisesNetwork onPremisesHolding(Ipv4Address address) {
        for (OnPremisesNetwork n : doc.all(OnPremisesNetwork.class)) {
            for (var c : n.cidrs()) {
                if (c.contains(address)) {
                    return n;
                }
            }
        }
        return null;
    }

    /** @return the graph of VPCs, gateways and connections */
    public Topology topology() {
        return parts.topology;
    }

    @Override
    public boolean carries(String groupId, Ipv4Address address, String vpcId) {
        CompiledSecurityGroup g = parts.groups.get(groupId);
        if (g == null) {
            return false;
        }
        if (!g.vpcId().equals(vpcId) && !sameRegionPeered(g.vpcId(), vpcId)) {
            return false;
        }
        int[] members = parts.groupMembers.get(groupId);
        return members != null && Arrays.binarySearch(members, address.bits()) >= 0;
    }

    @Override
    public String toString() {
        return "Network[" + parts.vpcList.size() + " VPCs, " + parts.subnets.size() + " subnets, " + parts.attachments.size()
                + " attachment points]";
    }
}
