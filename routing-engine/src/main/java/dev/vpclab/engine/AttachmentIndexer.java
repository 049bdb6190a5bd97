package dev.vpclab.engine;

import dev.vpclab.engine.route.IntObjectMap;
import dev.vpclab.engine.sg.CompiledSecurityGroup;
import dev.vpclab.engine.sg.SecurityGroupSet;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds every attachment point of a document and the address indexes over them: private address per VPC,
 * public address (global), and the members of each security group (for SG references). Where two things claim
 * one private address, a service (NAT gateway, load balancer node, endpoint, DB) wins over a standalone
 * interface, since imported documents list the service's own interface as a standalone one.
 */
final class AttachmentIndexer {

    private final Document doc;
    private final Map<String, CompiledSubnet> subnets;
    private final Map<String, CompiledSecurityGroup> groups;
    private final Map<String, String> defaultGroupByVpc;

    final Map<String, AttachmentPoint> byId = new HashMap<>();
    final Map<String, IntObjectMap<AttachmentPoint>> byVpc = new HashMap<>();
    final IntObjectMap<AttachmentPoint> byPublicIp = new IntObjectMap<>();
    final Map<String, AttachmentPoint> primaryByInstance = new HashMap<>();
    final Map<String, List<AttachmentPoint>> nodesByLoadBalancer = new HashMap<>();
    final Map<String, List<AttachmentPoint>> interfacesByEndpoint = new HashMap<>();
    final Map<String, int[]> membersByGroup = new HashMap<>();

    AttachmentIndexer(Document doc, Map<String, CompiledSubnet> subnets, Map<String, CompiledSecurityGroup> groups,
                      Map<String, String> defaultGroupByVpc) {
        this.doc = doc;
        this.subnets = subnets;
        this.groups = groups;
        this.defaultGroupByVpc = defaultGroupByVpc;
    }

    void index() {
        List<AttachmentPoint> services = new ArrayList<>();
        List<AttachmentPoint> standalone = new ArrayList<>();
        for (NetworkInterface eni : doc.all(NetworkInterface.class)) {
            AttachmentPoint p = networkInterface(eni);
            if (p != null) {
                (p.kind() == AttachmentKind.INSTANCE ? services : standalone).add(p);
            }
        }
        for (NatGateway nat : doc.all(NatGateway.class)) {
            add(services, natGateway(nat));
        }
        for (VpcEndpoint e : doc.all(VpcEndpoint.class)) {
            if (e.type() == VpcEndpoint.EndpointType.INTERFACE) {
                for (String subnetId : e.subnetIds()) {
                    Ipv4Address ip = e.addresses().get(subnetId);
                    CompiledSubnet s = subnets.get(subnetId);
                    if (ip != null && s != null) {
                        AttachmentPoint p = new AttachmentPoint(e.id() + "@" + subnetId, AttachmentKind.VPC_ENDPOINT, e.id(), e.id(),
                                e.label(), s, List.of(ip), new Ipv4Address[1], groupsOf(e.securityGroupIds(), e.vpcId()), true,
                                state(e.id(), e.state()));
                        services.add(p);
                        interfacesByEndpoint.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        for (DbInstance db : doc.all(DbInstance.class)) {
            CompiledSubnet s = subnets.get(db.primarySubnetId());
            if (s != null) {
                services.add(new AttachmentPoint(db.id(), AttachmentKind.DB_INSTANCE, db.id(), db.id(), db.label(), s,
                        List.of(db.primaryAddress()), new Ipv4Address[1], groupsOf(db.securityGroupIds(), s.vpcId()), true,
                        state(db.id(), db.state())));
            }
        }
        for (AttachmentPoint p : services) {
            register(p);
        }
        for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
            loadBalancerNodes(lb);
        }
        for (AttachmentPoint p : standalone) {
            register(p);
        }
        buildMembers();
    }

    private static void add(List<AttachmentPoint> list, AttachmentPoint p) {
        if (p != null) {
            list.add(p);
        }
    }

    private void register(AttachmentPoint p) {
        byId.putIfAbsent(p.id(), p);
        IntObjectMap<AttachmentPoint> vpc = byVpc.computeIfAbsent(p.vpcId(), k -> new IntObjectMap<>());
        for (int i = 0; i < p.privateIps().size(); i++) {
            Ipv4Address ip = p.privateIps().get(i);
            if (vpc.get(ip.bits()) == null) {
                vpc.put(ip.bits(), p);
            }
            Ipv4Address pub = p.publicIpFor(ip);
            if (pub != null && byPublicIp.get(pub.bits()) == null) {
                byPublicIp.put(pub.bits(), p);
            }
        }
    }

    private AttachmentPoint networkInterface(NetworkInterface eni) {
        CompiledSubnet s = subnets.get(eni.subnetId());
        if (s == null) {
            return null;
        }
        List<Ipv4Address> ips = eni.privateIps();
        Ipv4Address[] publics = new Ipv4Address[ips.size()];
        List<ElasticIp> eips = new ArrayList<>(doc.elasticIpsOf(eni.id()));
        if (eni.instanceId() != null && eni.deviceIndex() == 0) {
            eips.addAll(doc.elasticIpsOf(eni.instanceId()));
        }
        for (ElasticIp eip : eips) {
            int slot = eip.privateIp() == null ? 0 : ips.indexOf(eip.privateIp());
            if (slot >= 0 && publics[slot] == null) {
                publics[slot] = eip.publicIp();
            }
        }
        if (publics[0] == null) {
            publics[0] = eni.publicIp();
        }
        SecurityGroupSet sgs = groupsOf(eni.securityGroupIds(), s.vpcId());
        if (eni.instanceId() == null) {
            return new AttachmentPoint(eni.id(), AttachmentKind.STANDALONE_ENI, eni.id(), eni.id(), eni.label(), s, ips, publics,
                    sgs, eni.sourceDestCheck(), null);
        }
        Instance instance = doc.get(eni.instanceId(), Instance.class);
        String reason = instance == null ? "instance " + eni.instanceId() + " does not exist"
                : instance.state() == Instance.State.RUNNING ? null
                : instance.id() + " is " + instance.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String label = instance == null ? eni.label() : instance.label();
        AttachmentPoint p = new AttachmentPoint(eni.id(), AttachmentKind.INSTANCE, eni.id(), eni.instanceId(), label, s, ips, publics,
                sgs, eni.sourceDestCheck(), reason);
        AttachmentPoint present = primaryByInstance.get(eni.instanceId());
        if (present == null || doc.get(present.id(), NetworkInterface.class).deviceIndex() > eni.deviceIndex()) {
            primaryByInstance.put(eni.instanceId(), p);
        }
        return p;
    }

    private AttachmentPoint natGateway(NatGateway nat) {
        CompiledSubnet s = subnets.get(nat.subnetId());
        if (s == null) {
            return null;
        }
        Ipv4Address[] publics = new Ipv4Address[1];
        if (nat.connectivityType() == NatGateway.Connectivity.PUBLIC) {
            List<ElasticIp> eips = doc.elasticIpsOf(nat.id());
            publics[0] = eips.isEmpty() ? null : eips.get(0).publicIp();
        }
        return new AttachmentPoint(nat.id(), AttachmentKind.NAT_GATEWAY, nat.id(), nat.id(), nat.label(), s, List.of(nat.privateIp()),
                publics, SecurityGroupSet.EMPTY, false, state(nat.id(), nat.state()));
    }

    /**
     * A node's check is off: a Network Load Balancer that preserves client addresses sends from the client's
     * address, not its own.
     */
    private void loadBalancerNodes(LoadBalancer lb) {
        List<AttachmentPoint> nodes = new ArrayList<>();
        SecurityGroupSet sgs = lb.securityGroupIds().isEmpty() && !lb.isApplication() ? SecurityGroupSet.EMPTY
                : groupsOf(lb.securityGroupIds(), lb.vpcId());
        for (String subnetId : lb.subnetIds()) {
            CompiledSubnet s = subnets.get(subnetId);
            if (s == null) {
                continue;
            }
            Ipv4Address ip = lb.nodeAddresses().get(subnetId);
            if (ip == null) {
                ip = freeAddress(s);
            }
            Ipv4Address pub = lb.scheme() == LoadBalancer.Scheme.INTERNET_FACING ? lb.nodePublicAddresses().get(subnetId) : null;
            AttachmentPoint node = new AttachmentPoint(lb.id() + "@" + subnetId, AttachmentKind.LOAD_BALANCER_NODE, lb.id(), lb.id(),
                    lb.name() + " node in " + s.availabilityZone(), s, List.of(ip), new Ipv4Address[] {pub}, sgs, false,
                    state(lb.id(), lb.state()));
            register(node);
            nodes.add(node);
        }
        nodes.sort(Comparator.comparing(AttachmentPoint::availabilityZone).thenComparing(AttachmentPoint::id));
        nodesByLoadBalancer.put(lb.id(), List.copyOf(nodes));
    }

    /** A node drawn without an address gets the highest free usable address of its subnet. */
    private Ipv4Address freeAddress(CompiledSubnet s) {
        IntObjectMap<AttachmentPoint> taken = byVpc.computeIfAbsent(s.vpcId(), k -> new IntObjectMap<>());
        Ipv4Address candidate = s.cidr().last().plus(-1);
        long floor = s.cidr().network().unsigned() + 4;
        while (candidate.unsigned() > floor && taken.get(candidate.bits()) != null) {
            candidate = candidate.plus(-1);
        }
        return candidate;
    }

    private static String state(String id, LifecycleState state) {
        return state == LifecycleState.AVAILABLE ? null : id + " is " + state.name().toLowerCase(Locale.ROOT);
    }

    private SecurityGroupSet groupsOf(List<String> ids, String vpcId) {
        List<CompiledSecurityGroup> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            CompiledSecurityGroup g = groups.get(id);
            if (g != null) {
                out.add(g);
            }
        }
        if (ids.isEmpty()) {
            CompiledSecurityGroup g = groups.get(defaultGroupByVpc.get(vpcId));
            if (g != null) {
                out.add(g);
            }
        }
        return out.isEmpty() ? SecurityGroupSet.EMPTY : new SecurityGroupSet(out);
    }

    private void buildMembers() {
        Map<String, List<Integer>> members = new HashMap<>();
        for (AttachmentPoint p : byId.values()) {
            for (CompiledSecurityGroup g : p.securityGroups().groups()) {
                List<Integer> list = members.computeIfAbsent(g.id(), k -> new ArrayList<>());
                for (Ipv4Address ip : p.privateIps()) {
                    list.add(ip.bits());
                }
            }
        }
        members.forEach((id, list) -> {
            int[] a = list.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(a);
            membersByGroup.put(id, a);
        });
    }
}
