package dev.vpclab.app.render;

import dev.vpclab.app.canvas.ConnectorKind;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetRegistration;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Derives the diagram's connectors from the model: each subnet to the targets of its route table's routes, each
 * load balancer to the targets of the target groups its listeners forward to, peered VPCs through their peering
 * connection (and VPCs to their transit gateways, on-premises networks to their VPN gateway), a Multi-AZ
 * database's primary to its standby, and, when asked, security-group references between members.
 */
final class ConnectorDeriver {

    /** Most security-group connectors drawn, so that a large imported network stays readable. */
    static final int MAX_SECURITY_GROUP_CONNECTORS = 400;

    private final Document doc;
    private final Map<String, RenderItem> items;
    private final Locale locale;
    private final Map<String, Connector> out = new LinkedHashMap<>();
    private Map<Ipv4Address, String> keyByAddress;

    private ConnectorDeriver(Document doc, Map<String, RenderItem> items, Locale locale) {
        this.doc = doc;
        this.items = items;
        this.locale = locale;
    }

    /**
     * @param doc the document
     * @param items the drawn items by key
     * @param locale language of labels
     * @return the connectors, at most one per kind and pair of elements
     */
    static List<Connector> derive(Document doc, Map<String, RenderItem> items, Locale locale) {
        ConnectorDeriver d = new ConnectorDeriver(doc, items, locale);
        d.routes();
        d.loadBalancers();
        d.peerings();
        d.replication();
        d.securityGroups();
        return List.copyOf(d.out.values());
    }

    private void add(ConnectorKind kind, String from, String to, String label, boolean directed) {
        if (from == null || to == null || from.equals(to) || !items.containsKey(from) || !items.containsKey(to)) {
            return;
        }
        String id = kind + "\u0000" + from + "\u0000" + to;
        if (!directed && out.containsKey(kind + "\u0000" + to + "\u0000" + from)) {
            return;
        }
        out.putIfAbsent(id, new Connector(kind, from, to, label, directed));
    }

    private void routes() {
        for (Subnet s : doc.all(Subnet.class)) {
            if (!items.containsKey(s.id())) {
                continue;
            }
            RouteTable table = doc.routeTableOf(s).orElse(null);
            if (table == null) {
                continue;
            }
            Map<String, List<String>> byTarget = new LinkedHashMap<>();
            for (Route r : table.routes()) {
                if (r.isLocal()) {
                    continue;
                }
                String key = drawnKeyOf(r.target());
                if (key != null) {
                    byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(r.destination());
                }
            }
            byTarget.forEach((target, destinations) -> add(ConnectorKind.ROUTE, s.id(), target, destinations.size() == 1
                    ? destinations.get(0) : text("canvas.route.more", destinations.get(0), destinations.size() - 1), true));
        }
    }

    /** The drawn element a route target or load-balancer target stands for: itself, or the instance of an interface. */
    private String drawnKeyOf(String id) {
        Resource r = doc.get(id);
        if (r instanceof NetworkInterface e && e.instanceId() != null) {
            return e.instanceId();
        }
        return r != null && items.containsKey(id) ? id : null;
    }

    private void loadBalancers() {
        Map<String, List<String>> groupsByLb = new HashMap<>();
        for (Listener l : doc.all(Listener.class)) {
            List<String> groups = groupsByLb.computeIfAbsent(l.loadBalancerId(), k -> new ArrayList<>());
            forwarded(l.defaultActions(), groups);
            for (ListenerRule rule : doc.all(ListenerRule.class)) {
                if (rule.listenerId().equals(l.id())) {
                    forwarded(rule.actions(), groups);
                }
            }
        }
        for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
            for (String tgId : new LinkedHashSet<>(groupsByLb.getOrDefault(lb.id(), List.of()))) {
                TargetGroup tg = doc.get(tgId, TargetGroup.class);
                if (tg == null) {
                    continue;
                }
                String label = tg.protocol() + " " + tg.port();
                Set<String> reached = new LinkedHashSet<>();
                for (TargetRegistration t : tg.targets()) {
                    String key = targetKey(t.targetId());
                    if (key != null) {
                        reached.add(key);
                        add(ConnectorKind.LOAD_BALANCER, lb.id(), key, label, true);
                    }
                }
                for (AutoScalingGroup g : doc.all(AutoScalingGroup.class)) {
                    boolean registered = reached.stream().anyMatch(k -> doc.get(k) instanceof Instance i && g.id().equals(i.autoScalingGroupId()));
                    if (g.targetGroupIds().contains(tgId) && !registered) {
                        add(ConnectorKind.LOAD_BALANCER, lb.id(), g.id(), label, true);
                    }
                }
            }
        }
    }

    private static void forwarded(List<ListenerAction> actions, List<String> groups) {
        for (ListenerAction a : actions) {
            if (a instanceof ListenerAction.Forward f) {
                f.targetGroups().forEach(w -> groups.add(w.targetGroupId()));
            }
        }
    }

    private String targetKey(String targetId) {
        String key = drawnKeyOf(targetId);
        if (key != null) {
            return key;
        }
        try {
            return addresses().get(Ipv4Address.parse(targetId));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<Ipv4Address, String> addresses() {
        if (keyByAddress == null) {
            keyByAddress = new HashMap<>();
            for (NetworkInterface e : doc.all(NetworkInterface.class)) {
                String key = e.instanceId() != null ? e.instanceId() : e.id();
                e.privateIps().forEach(ip -> keyByAddress.putIfAbsent(ip, key));
            }
        }
        return keyByAddress;
    }

    private void peerings() {
        for (VpcPeeringConnection p : doc.all(VpcPeeringConnection.class)) {
            if (items.containsKey(p.id())) {
                add(ConnectorKind.PEERING, p.requesterVpcId(), p.id(), "", false);
                add(ConnectorKind.PEERING, p.id(), p.accepterVpcId(), "", false);
            } else {
                add(ConnectorKind.PEERING, p.requesterVpcId(), p.accepterVpcId(), p.label(), false);
            }
        }
        for (TransitGatewayAttachment a : doc.all(TransitGatewayAttachment.class)) {
            add(ConnectorKind.PEERING, a.resourceId(), a.transitGatewayId(), "", false);
        }
        for (OnPremisesNetwork o : doc.all(OnPremisesNetwork.class)) {
            add(ConnectorKind.PEERING, o.id(), o.gatewayId(), text("canvas.connector.vpn"), false);
        }
    }

    private void replication() {
        for (DbInstance db : doc.all(DbInstance.class)) {
            if (db.multiAz()) {
                add(ConnectorKind.REPLICATION, db.id(), ElementKeys.standbyKey(db.id()), text("canvas.connector.multiAz"), false);
            }
        }
    }

    private void securityGroups() {
        Map<String, Set<String>> members = SecurityGroupMembers.of(doc, items.keySet());
        int count = 0;
        for (dev.vpclab.model.resource.SecurityGroup g : doc.all(dev.vpclab.model.resource.SecurityGroup.class)) {
            for (dev.vpclab.model.resource.SecurityGroupRule rule : g.ingress()) {
                if (!(rule.peer() instanceof dev.vpclab.model.resource.RulePeer.SecurityGroupPeer peer) || peer.groupId().equals(g.id())) {
                    continue;
                }
                String label = SecurityGroupMembers.describe(rule);
                for (String src : members.getOrDefault(peer.groupId(), Set.of())) {
                    for (String dst : members.getOrDefault(g.id(), Set.of())) {
                        if (count++ >= MAX_SECURITY_GROUP_CONNECTORS) {
                            return;
                        }
                        add(ConnectorKind.SECURITY_GROUP, src, dst, label, true);
                    }
                }
            }
        }
    }

    private String text(String key, Object... args) {
        return Message.of(key, args).format(locale);
    }
}
