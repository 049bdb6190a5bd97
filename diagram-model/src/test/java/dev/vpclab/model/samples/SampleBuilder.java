package dev.vpclab.model.samples;

import dev.vpclab.model.document.AwsRegions;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.DocumentInfo;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.SavedSimulation;
import dev.vpclab.model.document.SavedTrace;
import dev.vpclab.model.layout.AutoLayout;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small builder for the sample networks: readable short ids in AWS style ("acl-0app", "i-0b7"), AWS defaults
 * for every VPC, and an automatic layout at the end.
 */
final class SampleBuilder {

    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final List<SavedTrace> traces = new ArrayList<>();
    private final List<SavedSimulation> simulations = new ArrayList<>();

    static Cidr cidr(String s) {
        return Cidr.parse(s);
    }

    static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    SampleBuilder add(Resource r) {
        if (resources.put(r.id(), r) != null) {
            throw new IllegalStateException("duplicate sample id " + r.id());
        }
        return this;
    }

    SampleBuilder replace(Resource r) {
        resources.put(r.id(), r);
        return this;
    }

    @SuppressWarnings("unchecked")
    <T extends Resource> T get(String id) {
        return (T) resources.get(id);
    }

    SampleBuilder region(String code, String... zoneLetters) {
        add(new Region(code, AwsRegions.displayName(code)));
        for (String z : zoneLetters) {
            add(new AvailabilityZone(code + z, code + z, code));
        }
        return this;
    }

    /** A VPC with its main route table "rtb-0&lt;key&gt;main", default ACL "acl-0&lt;key&gt;default" and default SG. */
    SampleBuilder vpc(String id, String name, String region, String cidr) {
        String key = id.substring(id.indexOf('-') + 1);
        add(new Vpc(id, name, region, List.of(cidr(cidr)), true, true));
        add(new RouteTable("rtb-" + key + "main", name + "-main", id, true, List.of(Route.to(cidr(cidr), Route.LOCAL)), List.of(), List.of()));
        add(new NetworkAcl("acl-" + key + "default", name + "-default", id, true,
                List.of(NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW),
                        NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW))));
        String sg = "sg-" + key + "default";
        add(new SecurityGroup(sg, "", id, "default", "default VPC security group",
                List.of(SecurityGroupRule.allowAll(RulePeer.group(sg))), List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL)))));
        return this;
    }

    SampleBuilder igw(String id, String name, String vpcId) {
        return add(new InternetGateway(id, name, vpcId));
    }

    SampleBuilder routeTable(String id, String name, String vpcId, Route... extra) {
        Vpc vpc = get(vpcId);
        List<Route> routes = new ArrayList<>();
        vpc.cidrBlocks().forEach(c -> routes.add(Route.to(c, Route.LOCAL)));
        routes.addAll(List.of(extra));
        return add(new RouteTable(id, name, vpcId, false, routes, List.of(), List.of()));
    }

    SampleBuilder subnet(String id, String name, String vpcId, String zone, String cidr, String routeTableId, String aclId) {
        return add(new Subnet(id, name, vpcId, zone, cidr(cidr), false, routeTableId, aclId));
    }

    SampleBuilder nacl(String id, String name, String vpcId, NetworkAclEntry... entries) {
        return add(new NetworkAcl(id, name, vpcId, false, List.of(entries)));
    }

    static NetworkAclEntry in(int number, Protocol protocol, String ports, String cidr, RuleAction action) {
        return NetworkAclEntry.of(number, TrafficDirection.INBOUND, protocol, ports == null ? null : PortRange.parse(ports), cidr(cidr), action);
    }

    static NetworkAclEntry out(int number, Protocol protocol, String ports, String cidr, RuleAction action) {
        return NetworkAclEntry.of(number, TrafficDirection.OUTBOUND, protocol, ports == null ? null : PortRange.parse(ports), cidr(cidr), action);
    }

    SampleBuilder sg(String id, String name, String vpcId, String description, List<SecurityGroupRule> ingress) {
        return add(new SecurityGroup(id, name, vpcId, name, description, ingress, List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL)))));
    }

    static SecurityGroupRule tcp(String ports, String peer, String description) {
        return new SecurityGroupRule(Protocol.TCP, PortRange.parse(ports), null, RulePeer.parse(peer), description);
    }

    /** An instance with its primary interface "eni-" + the instance id's suffix. */
    SampleBuilder instance(String id, String name, String subnetId, String type, String address, String publicIp, String asg, String... sgs) {
        add(new Instance(id, name, subnetId, type, Instance.State.RUNNING, "ami-0c55b159cbfafe1f0", asg));
        return add(new NetworkInterface("eni-" + id.substring(2), "", subnetId, List.of(ip(address)), List.of(sgs), true, id, 0,
                publicIp == null ? null : ip(publicIp), "Primary network interface"));
    }

    SampleBuilder eip(String id, String name, String publicIp, String attachedTo) {
        return add(new ElasticIp(id, name, ip(publicIp), attachedTo, null));
    }

    SampleBuilder nat(String id, String name, String subnetId, String privateIp, String eipId, String publicIp) {
        add(new NatGateway(id, name, subnetId, NatGateway.Connectivity.PUBLIC, ip(privateIp), LifecycleState.AVAILABLE));
        return eip(eipId, name + "-eip", publicIp, id);
    }

    SampleBuilder client(String id, String name, String address) {
        return add(new InternetClient(id, name, ip(address)));
    }

    SampleBuilder trace(String name, String description, String from, String to, String protocol, int port, Boolean expect) {
        traces.add(new SavedTrace(name, description, from, to, protocol, port, 0, null, null, null, expect));
        return this;
    }

    SampleBuilder httpTrace(String name, String description, String from, String to, int port, String host, String path, Boolean expect) {
        traces.add(new SavedTrace(name, description, from, to, "tcp", port, 0, host, path, "GET", expect));
        return this;
    }

    SampleBuilder simulation(String name, String description, String... args) {
        simulations.add(new SavedSimulation(name, description, List.of(args)));
        return this;
    }

    Document build(String title, String description) {
        Document doc = Document.of(resources.values(), Layout.EMPTY)
                .withInfo(new DocumentInfo(title, description))
                .withTraces(traces)
                .withSimulations(simulations);
        return doc.withLayout(AutoLayout.layout(doc));
    }
}
