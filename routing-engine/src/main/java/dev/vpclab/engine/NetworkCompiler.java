package dev.vpclab.engine;

import dev.vpclab.engine.acl.CompiledNetworkAcl;
import dev.vpclab.engine.lb.CompiledTargetGroup;
import dev.vpclab.engine.lb.LoadBalancerCompiler;
import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.engine.route.IntObjectMap;
import dev.vpclab.engine.route.RouteTableCompiler;
import dev.vpclab.engine.sg.CompiledSecurityGroup;
import dev.vpclab.engine.tgw.TransitGatewayCompiler;
import dev.vpclab.engine.topology.Topology;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a {@link Document} into an immutable {@link Network}. Missing pieces are filled in the way AWS
 * would have them (local routes, gateway-endpoint routes, propagated VPN routes, the default security group for
 * interfaces without one); dangling references become blackhole routes or are left out, never exceptions.
 */
public final class NetworkCompiler {

    private NetworkCompiler() {
    }

    /**
     * @param doc a document
     * @return its network
     */
    public static Network compile(Document doc) {
        Map<String, PrefixList> prefixLists = new HashMap<>();
        for (PrefixList pl : doc.all(PrefixList.class)) {
            prefixLists.put(pl.id(), pl);
        }
        Map<String, CompiledSecurityGroup> groups = new HashMap<>();
        Map<String, String> defaultGroupByVpc = new HashMap<>();
        for (SecurityGroup g : doc.all(SecurityGroup.class)) {
            groups.put(g.id(), new CompiledSecurityGroup(g, prefixLists));
            if (g.isDefault()) {
                defaultGroupByVpc.putIfAbsent(g.vpcId(), g.id());
            }
        }
        Map<String, CompiledNetworkAcl> acls = new HashMap<>();
        for (NetworkAcl a : doc.all(NetworkAcl.class)) {
            acls.put(a.id(), new CompiledNetworkAcl(a));
        }
        RouteTableCompiler rtc = new RouteTableCompiler(doc, prefixLists);
        Map<String, CompiledRouteTable> tables = new HashMap<>();
        for (RouteTable t : doc.all(RouteTable.class)) {
            tables.put(t.id(), rtc.compile(t));
        }
        Map<String, CompiledSubnet> subnets = new HashMap<>();
        for (Subnet s : doc.all(Subnet.class)) {
            subnets.put(s.id(), new CompiledSubnet(s, routeTableOf(doc, s, tables), aclOf(doc, s, acls)));
        }
        AttachmentIndexer indexer = new AttachmentIndexer(doc, subnets, groups, defaultGroupByVpc);
        indexer.index();
        Map<String, CompiledVpc> vpcs = new HashMap<>();
        List<CompiledVpc> vpcList = new ArrayList<>();
        for (Vpc v : doc.all(Vpc.class)) {
            CompiledVpc cv = vpc(doc, v, subnets, tables, indexer, defaultGroupByVpc);
            vpcs.put(v.id(), cv);
            vpcList.add(cv);
        }
        Set<String> sameRegion = new HashSet<>();
        for (VpcPeeringConnection pcx : doc.all(VpcPeeringConnection.class)) {
            Vpc a = doc.get(pcx.requesterVpcId(), Vpc.class);
            Vpc b = doc.get(pcx.accepterVpcId(), Vpc.class);
            if (pcx.status() == VpcPeeringConnection.Status.ACTIVE && a != null && b != null && a.regionId().equals(b.regionId())) {
                sameRegion.add(a.id() + "|" + b.id());
                sameRegion.add(b.id() + "|" + a.id());
            }
        }
        LoadBalancerCompiler lbc = new LoadBalancerCompiler(doc);
        Map<String, CompiledTargetGroup> targetGroups = lbc.targetGroups(indexer.primaryByInstance,
                (vpcId, ip) -> {
                    CompiledVpc v = vpcs.get(vpcId);
                    return v == null ? null : v.attachmentAt(ip);
                },
                ip -> {
                    for (CompiledVpc v : vpcList) {
                        AttachmentPoint p = v.attachmentAt(ip);
                        if (p != null) {
                            return p;
                        }
                    }
                    return null;
                },
                (vpcId, ip) -> {
                    CompiledVpc v = vpcs.get(vpcId);
                    if (v != null) {
                        for (CompiledSubnet s : v.subnets()) {
                            if (s.cidr().contains(ip)) {
                                return s;
                            }
                        }
                    }
                    return null;
                });
        Network.Parts parts = new Network.Parts(Map.copyOf(vpcs), List.copyOf(vpcList), Map.copyOf(subnets), Map.copyOf(tables),
                Map.copyOf(acls), Map.copyOf(groups), Map.copyOf(indexer.byId), Map.copyOf(indexer.primaryByInstance),
                Map.copyOf(indexer.interfacesByEndpoint), indexer.byPublicIp, Map.copyOf(indexer.membersByGroup), Set.copyOf(sameRegion),
                Map.copyOf(lbc.loadBalancers(indexer.nodesByLoadBalancer)), Map.copyOf(targetGroups),
                Map.copyOf(new TransitGatewayCompiler(doc, subnets).compileAll()), Map.copyOf(prefixLists), Topology.of(doc));
        return new Network(doc, parts);
    }

    private static CompiledRouteTable routeTableOf(Document doc, Subnet s, Map<String, CompiledRouteTable> tables) {
        if (s.routeTableId() != null) {
            return tables.get(s.routeTableId());
        }
        return doc.mainRouteTable(s.vpcId()).map(t -> tables.get(t.id())).orElseGet(() -> localOnly(doc, s.vpcId()));
    }

    /** A VPC drawn without a main route table still routes locally, as every AWS table does. */
    private static CompiledRouteTable localOnly(Document doc, String vpcId) {
        Vpc vpc = doc.get(vpcId, Vpc.class);
        if (vpc == null) {
            return null;
        }
        RouteTable synthetic = new RouteTable("main-" + vpcId, "main (not drawn)", vpcId, true, List.of(), List.of(), List.of());
        return new RouteTableCompiler(doc, Map.of()).compile(synthetic);
    }

    private static CompiledNetworkAcl aclOf(Document doc, Subnet s, Map<String, CompiledNetworkAcl> acls) {
        if (s.networkAclId() != null) {
            return acls.get(s.networkAclId());
        }
        return doc.defaultNetworkAcl(s.vpcId()).map(a -> acls.get(a.id())).orElse(null);
    }

    private static CompiledVpc vpc(Document doc, Vpc v, Map<String, CompiledSubnet> subnets, Map<String, CompiledRouteTable> tables,
                                   AttachmentIndexer indexer, Map<String, String> defaultGroupByVpc) {
        String igw = null;
        for (InternetGateway g : doc.all(InternetGateway.class)) {
            if (v.id().equals(g.vpcId())) {
                igw = g.id();
                break;
            }
        }
        String vgw = null;
        for (VirtualPrivateGateway g : doc.all(VirtualPrivateGateway.class)) {
            if (v.id().equals(g.vpcId())) {
                vgw = g.id();
                break;
            }
        }
        Map<String, CompiledRouteTable> edge = new HashMap<>();
        for (RouteTable t : doc.all(RouteTable.class)) {
            if (t.vpcId().equals(v.id())) {
                for (String gw : t.edgeAssociations()) {
                    edge.putIfAbsent(gw, tables.get(t.id()));
                }
            }
        }
        List<CompiledSubnet> own = new ArrayList<>();
        for (Subnet s : doc.subnetsOf(v.id())) {
            own.add(subnets.get(s.id()));
        }
        IntObjectMap<AttachmentPoint> addresses = indexer.byVpc.getOrDefault(v.id(), new IntObjectMap<>());
        return new CompiledVpc(v, igw, vgw, edge, own, addresses, defaultGroupByVpc.get(v.id()));
    }
}
