package dev.vpclab.model.document;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates resources the way AWS creates them: a new VPC comes with a main route table holding the local route,
 * a default network ACL allowing everything and a default security group whose members can reach each other;
 * a new custom network ACL denies everything; a new custom security group allows all outbound and nothing
 * inbound. Ids are unique against the document and against what this factory made before.
 */
public final class ResourceFactory {

    private final IdGenerator ids;
    private final Document doc;
    private final Set<String> issued = new HashSet<>();

    /**
     * @param ids where ids come from
     * @param doc the document the new resources will join (for unique ids)
     */
    public ResourceFactory(IdGenerator ids, Document doc) {
        this.ids = ids;
        this.doc = doc;
    }

    /**
     * @param kind a kind
     * @return a fresh id of that kind
     */
    public String newId(ResourceKind kind) {
        return newId(kind, "");
    }

    /**
     * @param kind a kind
     * @param name a name, for kinds whose ids are readable slugs
     * @return a fresh id of that kind
     */
    public String newId(ResourceKind kind, String name) {
        String id = ids.next(kind, name, candidate -> doc.contains(candidate) || issued.contains(candidate));
        issued.add(id);
        return id;
    }

    /**
     * A Region and its usual zones.
     *
     * @param code the region code
     * @return the Region first, then its zones
     */
    public List<Resource> region(String code) {
        List<Resource> out = new ArrayList<>();
        out.add(new Region(code, AwsRegions.displayName(code)));
        for (String zone : AwsRegions.zones(code)) {
            out.add(new AvailabilityZone(zone, zone, code));
        }
        return out;
    }

    /**
     * A VPC with what AWS creates along with it.
     *
     * @param regionId its Region
     * @param name its Name
     * @param cidr its primary block
     * @return the VPC first, then its main route table, default network ACL and default security group
     */
    public List<Resource> vpc(String regionId, String name, Cidr cidr) {
        String vpcId = newId(ResourceKind.VPC);
        Vpc vpc = new Vpc(vpcId, name, regionId, List.of(cidr), true, true);
        RouteTable main = new RouteTable(newId(ResourceKind.ROUTE_TABLE), name.isBlank() ? "" : name + "-main", vpcId, true,
                List.of(Route.to(cidr, Route.LOCAL)), List.of(), List.of());
        NetworkAcl acl = new NetworkAcl(newId(ResourceKind.NETWORK_ACL), name.isBlank() ? "" : name + "-default", vpcId, true,
                List.of(NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW),
                        NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW)));
        String sgId = newId(ResourceKind.SECURITY_GROUP);
        SecurityGroup sg = new SecurityGroup(sgId, "", vpcId, "default", "default VPC security group",
                List.of(SecurityGroupRule.allowAll(RulePeer.group(sgId))), List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL))));
        return List.of(vpc, main, acl, sg);
    }

    /**
     * A custom network ACL as AWS creates it: no rules, so the implicit final rule denies everything.
     *
     * @param vpcId its VPC
     * @param name its Name
     * @return the ACL
     */
    public NetworkAcl customNetworkAcl(String vpcId, String name) {
        return new NetworkAcl(newId(ResourceKind.NETWORK_ACL), name, vpcId, false, List.of());
    }

    /**
     * A custom security group as AWS creates it: nothing inbound, everything outbound.
     *
     * @param vpcId its VPC
     * @param name its Name and group name
     * @param description its description
     * @return the group
     */
    public SecurityGroup customSecurityGroup(String vpcId, String name, String description) {
        return new SecurityGroup(newId(ResourceKind.SECURITY_GROUP), name, vpcId, name, description, List.of(),
                List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL))));
    }

    /**
     * A custom route table with the local route of every VPC block.
     *
     * @param vpc its VPC
     * @param name its Name
     * @return the table
     */
    public RouteTable routeTable(Vpc vpc, String name) {
        return new RouteTable(newId(ResourceKind.ROUTE_TABLE), name, vpc.id(), false,
                vpc.cidrBlocks().stream().map(c -> Route.to(c, Route.LOCAL)).toList(), List.of(), List.of());
    }

    /**
     * A subnet using the main route table and the default network ACL.
     *
     * @param vpcId its VPC
     * @param zoneId its zone
     * @param name its Name
     * @param cidr its block
     * @return the subnet
     */
    public Subnet subnet(String vpcId, String zoneId, String name, Cidr cidr) {
        return new Subnet(newId(ResourceKind.SUBNET), name, vpcId, zoneId, cidr, false, null, null);
    }

    /**
     * A running instance with its primary network interface.
     *
     * @param subnet its subnet
     * @param name its Name
     * @param instanceType e.g. "t3.micro"
     * @param address its private address in the subnet
     * @param securityGroupIds its security groups
     * @param publicIp an auto-assigned public address, or null
     * @return the instance, then its interface
     */
    public List<Resource> instance(Subnet subnet, String name, String instanceType, Ipv4Address address,
                                   List<String> securityGroupIds, Ipv4Address publicIp) {
        String instanceId = newId(ResourceKind.INSTANCE);
        Instance instance = new Instance(instanceId, name, subnet.id(), instanceType, Instance.State.RUNNING, "", null);
        NetworkInterface eni = new NetworkInterface(newId(ResourceKind.NETWORK_INTERFACE), "", subnet.id(), List.of(address),
                securityGroupIds, true, instanceId, 0, publicIp, "Primary network interface");
        return List.of(instance, eni);
    }

}
