package dev.vpclab.model.document;

import dev.vpclab.model.document.Reference.OnDelete;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LaunchTemplate;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The references between resources: which exist, what removing a target does to its referrers, and how to
 * drop a reference. The file reader, validation and the remove command all use this one list.
 */
public final class References {

    private References() {
    }

    /**
     * @param r a resource
     * @return every reference it holds to another resource
     */
    public static List<Reference> of(Resource r) {
        List<Reference> refs = new ArrayList<>();
        if (r instanceof AvailabilityZone z) {
            add(refs, "regionId", z.regionId(), OnDelete.CASCADE);
        } else if (r instanceof Vpc v) {
            add(refs, "regionId", v.regionId(), OnDelete.CASCADE);
        } else if (r instanceof Subnet s) {
            add(refs, "vpcId", s.vpcId(), OnDelete.CASCADE);
            add(refs, "availabilityZoneId", s.availabilityZoneId(), OnDelete.CASCADE);
            add(refs, "routeTableId", s.routeTableId(), OnDelete.CLEAR);
            add(refs, "networkAclId", s.networkAclId(), OnDelete.CLEAR);
        } else if (r instanceof InternetGateway g) {
            add(refs, "vpcId", g.vpcId(), OnDelete.CASCADE);
        } else if (r instanceof EgressOnlyInternetGateway g) {
            add(refs, "vpcId", g.vpcId(), OnDelete.CASCADE);
        } else if (r instanceof VirtualPrivateGateway g) {
            add(refs, "vpcId", g.vpcId(), OnDelete.CASCADE);
        } else if (r instanceof NatGateway n) {
            add(refs, "subnetId", n.subnetId(), OnDelete.CASCADE);
        } else if (r instanceof VpcPeeringConnection p) {
            add(refs, "requesterVpcId", p.requesterVpcId(), OnDelete.CASCADE);
            add(refs, "accepterVpcId", p.accepterVpcId(), OnDelete.CASCADE);
        } else if (r instanceof TransitGateway t) {
            add(refs, "regionId", t.regionId(), OnDelete.CASCADE);
        } else if (r instanceof TransitGatewayAttachment a) {
            add(refs, "transitGatewayId", a.transitGatewayId(), OnDelete.CASCADE);
            add(refs, "resourceId", a.resourceId(), a.resourceType() == TransitGatewayAttachment.AttachmentType.DIRECT_CONNECT_GATEWAY
                    ? OnDelete.KEEP : OnDelete.CASCADE);
            addAll(refs, "subnetIds", a.subnetIds(), OnDelete.CLEAR);
            add(refs, "routeTableId", a.routeTableId(), OnDelete.CLEAR);
        } else if (r instanceof TransitGatewayRouteTable t) {
            add(refs, "transitGatewayId", t.transitGatewayId(), OnDelete.CASCADE);
            for (int i = 0; i < t.routes().size(); i++) {
                add(refs, "routes[" + i + "].attachmentId", t.routes().get(i).attachmentId(), OnDelete.KEEP);
            }
            addAll(refs, "propagatingAttachmentIds", t.propagatingAttachmentIds(), OnDelete.CLEAR);
        } else if (r instanceof VpcEndpoint e) {
            add(refs, "vpcId", e.vpcId(), OnDelete.CASCADE);
            add(refs, "prefixListId", e.prefixListId(), OnDelete.KEEP);
            addAll(refs, "routeTableIds", e.routeTableIds(), OnDelete.CLEAR);
            addAll(refs, "subnetIds", e.subnetIds(), OnDelete.CLEAR);
            addAll(refs, "securityGroupIds", e.securityGroupIds(), OnDelete.CLEAR);
        } else if (r instanceof RouteTable t) {
            add(refs, "vpcId", t.vpcId(), OnDelete.CASCADE);
            for (int i = 0; i < t.routes().size(); i++) {
                Route route = t.routes().get(i);
                if (!route.isLocal()) {
                    add(refs, "routes[" + i + "].target", route.target(), OnDelete.KEEP);
                }
                add(refs, "routes[" + i + "].destinationPrefixListId", route.destinationPrefixListId(), OnDelete.KEEP);
            }
            addAll(refs, "edgeAssociations", t.edgeAssociations(), OnDelete.CLEAR);
            addAll(refs, "propagatingGatewayIds", t.propagatingGatewayIds(), OnDelete.CLEAR);
        } else if (r instanceof NetworkAcl a) {
            add(refs, "vpcId", a.vpcId(), OnDelete.CASCADE);
        } else if (r instanceof SecurityGroup g) {
            add(refs, "vpcId", g.vpcId(), OnDelete.CASCADE);
            rulePeers(refs, "ingress", g.ingress());
            rulePeers(refs, "egress", g.egress());
        } else if (r instanceof NetworkInterface e) {
            add(refs, "subnetId", e.subnetId(), OnDelete.CASCADE);
            addAll(refs, "securityGroupIds", e.securityGroupIds(), OnDelete.CLEAR);
            add(refs, "instanceId", e.instanceId(), OnDelete.CASCADE);
        } else if (r instanceof ElasticIp eip) {
            add(refs, "associatedResourceId", eip.associatedResourceId(), OnDelete.CLEAR);
        } else if (r instanceof Instance in) {
            add(refs, "subnetId", in.subnetId(), OnDelete.CASCADE);
            add(refs, "autoScalingGroupId", in.autoScalingGroupId(), OnDelete.CASCADE);
        } else if (r instanceof AutoScalingGroup g) {
            addAll(refs, "subnetIds", g.subnetIds(), OnDelete.CLEAR);
            addAll(refs, "targetGroupIds", g.targetGroupIds(), OnDelete.CLEAR);
            addAll(refs, "launchTemplate.securityGroupIds", g.launchTemplate().securityGroupIds(), OnDelete.CLEAR);
        } else if (r instanceof LoadBalancer lb) {
            add(refs, "vpcId", lb.vpcId(), OnDelete.CASCADE);
            addAll(refs, "subnetIds", lb.subnetIds(), OnDelete.CLEAR);
            addAll(refs, "securityGroupIds", lb.securityGroupIds(), OnDelete.CLEAR);
        } else if (r instanceof Listener l) {
            add(refs, "loadBalancerId", l.loadBalancerId(), OnDelete.CASCADE);
            actions(refs, "defaultActions", l.defaultActions());
        } else if (r instanceof ListenerRule rule) {
            add(refs, "listenerId", rule.listenerId(), OnDelete.CASCADE);
            actions(refs, "actions", rule.actions());
        } else if (r instanceof TargetGroup tg) {
            add(refs, "vpcId", tg.vpcId(), OnDelete.CASCADE);
            if (tg.targetType() == TargetGroup.TargetType.INSTANCE) {
                for (int i = 0; i < tg.targets().size(); i++) {
                    add(refs, "targets[" + i + "].targetId", tg.targets().get(i).targetId(), OnDelete.CLEAR);
                }
            }
        } else if (r instanceof DbInstance db) {
            add(refs, "primarySubnetId", db.primarySubnetId(), OnDelete.CASCADE);
            addAll(refs, "subnetIds", db.subnetIds(), OnDelete.CLEAR);
            add(refs, "standbySubnetId", db.standbySubnetId(), OnDelete.CLEAR);
            addAll(refs, "securityGroupIds", db.securityGroupIds(), OnDelete.CLEAR);
        } else if (r instanceof Alarm a) {
            a.dimensions().forEach((k, v) -> add(refs, "dimensions." + k, v, OnDelete.KEEP));
        } else if (r instanceof OnPremisesNetwork o) {
            add(refs, "gatewayId", o.gatewayId(), OnDelete.CLEAR);
        }
        return refs;
    }

    private static void rulePeers(List<Reference> refs, String field, List<SecurityGroupRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            RulePeer p = rules.get(i).peer();
            if (p instanceof RulePeer.SecurityGroupPeer g) {
                add(refs, field + "[" + i + "].peer", g.groupId(), OnDelete.KEEP);
            } else if (p instanceof RulePeer.PrefixListPeer pl) {
                add(refs, field + "[" + i + "].peer", pl.prefixListId(), OnDelete.KEEP);
            }
        }
    }

    private static void actions(List<Reference> refs, String field, List<ListenerAction> actions) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) instanceof ListenerAction.Forward f) {
                for (int j = 0; j < f.targetGroups().size(); j++) {
                    add(refs, field + "[" + i + "].targetGroups[" + j + "]", f.targetGroups().get(j).targetGroupId(), OnDelete.KEEP);
                }
            }
        }
    }

    private static void add(List<Reference> refs, String field, String id, OnDelete onDelete) {
        if (id != null) {
            refs.add(new Reference(field, id, onDelete));
        }
    }

    private static void addAll(List<Reference> refs, String field, List<String> ids, OnDelete onDelete) {
        for (int i = 0; i < ids.size(); i++) {
            refs.add(new Reference(field + "[" + i + "]", ids.get(i), onDelete));
        }
    }

    /**
     * What removing resources takes with it: the resources themselves, everything that cascades from them
     * (transitively), and the surviving resources whose CLEAR references to removed ones must be dropped.
     *
     * @param doc the document
     * @param ids the resources to remove
     * @return the removal plan
     */
    public static Removal planRemoval(Document doc, Collection<String> ids) {
        Map<String, List<Resource>> cascadeReferrers = new HashMap<>();
        for (Resource r : doc.all()) {
            for (Reference ref : of(r)) {
                if (ref.onDelete() == OnDelete.CASCADE) {
                    cascadeReferrers.computeIfAbsent(ref.targetId(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        Set<String> removed = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String id : ids) {
            if (doc.contains(id) && removed.add(id)) {
                todo.add(id);
            }
        }
        while (!todo.isEmpty()) {
            String id = todo.poll();
            for (Resource referrer : cascadeReferrers.getOrDefault(id, List.of())) {
                if (removed.add(referrer.id())) {
                    todo.add(referrer.id());
                }
            }
        }
        List<Resource> changed = new ArrayList<>();
        for (Resource r : doc.all()) {
            if (removed.contains(r.id())) {
                continue;
            }
            boolean clears = of(r).stream().anyMatch(ref -> ref.onDelete() == OnDelete.CLEAR && removed.contains(ref.targetId()));
            if (clears) {
                changed.add(withoutReferencesTo(r, removed::contains));
            }
        }
        List<Resource> removedResources = removed.stream().map(doc::get).toList();
        return new Removal(removedResources, changed);
    }

    /**
     * What a removal takes and changes.
     *
     * @param removed the resources removed, the requested ones first
     * @param changed surviving resources with their references to removed ones dropped (new versions)
     */
    public record Removal(List<Resource> removed, List<Resource> changed) {
    }

    /**
     * Drops the CLEAR references of a resource whose target matches.
     *
     * @param r a resource
     * @param gone which ids are gone
     * @return the resource without those references (the same instance if none)
     */
    public static Resource withoutReferencesTo(Resource r, Predicate<String> gone) {
        if (r instanceof Subnet s) {
            return new Subnet(s.id(), s.name(), s.vpcId(), s.availabilityZoneId(), s.cidr(), s.mapPublicIpOnLaunch(),
                    keep(s.routeTableId(), gone), keep(s.networkAclId(), gone));
        } else if (r instanceof TransitGatewayAttachment a) {
            return new TransitGatewayAttachment(a.id(), a.name(), a.transitGatewayId(), a.resourceType(), a.resourceId(),
                    keep(a.subnetIds(), gone), keep(a.routeTableId(), gone), a.applianceMode(), a.state());
        } else if (r instanceof TransitGatewayRouteTable t) {
            return new TransitGatewayRouteTable(t.id(), t.name(), t.transitGatewayId(), t.routes(),
                    keep(t.propagatingAttachmentIds(), gone));
        } else if (r instanceof VpcEndpoint e) {
            Map<String, dev.vpclab.model.net.Ipv4Address> addresses = new HashMap<>(e.addresses());
            addresses.keySet().removeIf(gone);
            return new VpcEndpoint(e.id(), e.name(), e.vpcId(), e.type(), e.serviceName(), e.prefixListId(),
                    keep(e.routeTableIds(), gone), keep(e.subnetIds(), gone), keep(e.securityGroupIds(), gone), addresses,
                    e.privateDnsEnabled(), e.state());
        } else if (r instanceof RouteTable t) {
            return new RouteTable(t.id(), t.name(), t.vpcId(), t.main(), t.routes(), keep(t.edgeAssociations(), gone),
                    keep(t.propagatingGatewayIds(), gone));
        } else if (r instanceof NetworkInterface e) {
            return new NetworkInterface(e.id(), e.name(), e.subnetId(), e.privateIps(), keep(e.securityGroupIds(), gone),
                    e.sourceDestCheck(), e.instanceId(), e.deviceIndex(), e.publicIp(), e.description());
        } else if (r instanceof ElasticIp eip) {
            String target = keep(eip.associatedResourceId(), gone);
            return new ElasticIp(eip.id(), eip.name(), eip.publicIp(), target, target == null ? null : eip.privateIp());
        } else if (r instanceof AutoScalingGroup g) {
            LaunchTemplate lt = g.launchTemplate();
            return new AutoScalingGroup(g.id(), g.name(),
                    new LaunchTemplate(lt.instanceType(), lt.imageId(), keep(lt.securityGroupIds(), gone), lt.associatePublicIp()),
                    g.minSize(), g.desiredCapacity(), g.maxSize(), keep(g.subnetIds(), gone), keep(g.targetGroupIds(), gone),
                    g.healthCheckType(), g.healthCheckGracePeriodSeconds(), g.defaultCooldownSeconds(),
                    g.defaultInstanceWarmupSeconds(), g.policies());
        } else if (r instanceof LoadBalancer lb) {
            Map<String, dev.vpclab.model.net.Ipv4Address> nodes = new HashMap<>(lb.nodeAddresses());
            nodes.keySet().removeIf(gone);
            Map<String, dev.vpclab.model.net.Ipv4Address> publicNodes = new HashMap<>(lb.nodePublicAddresses());
            publicNodes.keySet().removeIf(gone);
            return new LoadBalancer(lb.id(), lb.name(), lb.type(), lb.scheme(), lb.vpcId(), keep(lb.subnetIds(), gone),
                    keep(lb.securityGroupIds(), gone), nodes, publicNodes, lb.dnsName(), lb.crossZone(),
                    lb.idleTimeoutSeconds(), lb.state());
        } else if (r instanceof TargetGroup tg) {
            if (tg.targetType() != TargetGroup.TargetType.INSTANCE) {
                return tg;
            }
            return new TargetGroup(tg.id(), tg.name(), tg.vpcId(), tg.targetType(), tg.protocol(), tg.port(), tg.healthCheck(),
                    tg.attributes(), tg.targets().stream().filter(t -> !gone.test(t.targetId())).toList());
        } else if (r instanceof DbInstance db) {
            String standby = keep(db.standbySubnetId(), gone);
            return new DbInstance(db.id(), db.name(), db.engine(), db.instanceClass(), db.port(), keep(db.subnetIds(), gone),
                    keep(db.securityGroupIds(), gone), db.multiAz() && standby != null, db.primarySubnetId(), db.primaryAddress(),
                    standby, standby == null ? null : db.standbyAddress(), db.publiclyAccessible(), db.endpointAddress(),
                    db.maxConnections(), db.state());
        } else if (r instanceof OnPremisesNetwork o) {
            return new OnPremisesNetwork(o.id(), o.name(), o.cidrs(), keep(o.gatewayId(), gone), o.customerGatewayIp(),
                    o.vpnConnectionId(), o.staticRouting());
        }
        return r;
    }

    private static String keep(String id, Predicate<String> gone) {
        return id != null && gone.test(id) ? null : id;
    }

    private static List<String> keep(List<String> ids, Predicate<String> gone) {
        return ids.stream().filter(id -> !gone.test(id)).toList();
    }

    /**
     * @param doc a document
     * @param targetId an id
     * @return every resource that refers to it, with the reference
     */
    public static List<Map.Entry<Resource, Reference>> referrersOf(Document doc, String targetId) {
        List<Map.Entry<Resource, Reference>> out = new ArrayList<>();
        for (Resource r : doc.all()) {
            for (Reference ref : of(r)) {
                if (ref.targetId().equals(targetId)) {
                    out.add(Map.entry(r, ref));
                }
            }
        }
        return out;
    }

}
