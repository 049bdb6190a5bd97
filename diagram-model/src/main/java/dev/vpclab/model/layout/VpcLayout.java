package dev.vpclab.model.layout;

import static dev.vpclab.model.layout.LayoutMetrics.ASG_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.ASG_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.AZ_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.AZ_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.GAP;
import static dev.vpclab.model.layout.LayoutMetrics.LB_BAND;
import static dev.vpclab.model.layout.LayoutMetrics.MAX_NODES_PER_ROW;
import static dev.vpclab.model.layout.LayoutMetrics.NODE_HEIGHT;
import static dev.vpclab.model.layout.LayoutMetrics.NODE_WIDTH;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_MIN_HEIGHT;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_MIN_WIDTH;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.VPC_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.VPC_PADDING;

import dev.vpclab.model.document.AwsRegions;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Measures and places one VPC: its zone columns, subnet rows, the nodes inside subnets and the VPC's own gateways. */
final class VpcLayout {

    /** The key of a Multi-AZ database's standby, drawn in the standby's subnet. */
    static final String STANDBY_SUFFIX = "|standby";

    private VpcLayout() {
    }

    /** A node to place in a subnet: an element key and the Auto Scaling group it belongs to, if any. */
    private record Node(String key, String group) {
    }

    static Bounds place(Document doc, Vpc vpc, double x, double y, Map<String, Bounds> out) {
        List<Subnet> subnets = doc.subnetsOf(vpc.id());
        List<String> zones = zonesOf(doc, vpc, subnets);
        // rows: tier -> per zone the subnets of that tier, each row holds at most one subnet per zone
        TreeMap<Integer, Map<String, List<Subnet>>> tiers = new TreeMap<>();
        for (Subnet s : subnets) {
            tiers.computeIfAbsent(SubnetTiers.tierOf(doc, s), k -> new HashMap<>())
                    .computeIfAbsent(s.availabilityZoneId(), k -> new ArrayList<>()).add(s);
        }
        List<Map<String, Subnet>> rows = new ArrayList<>();
        for (Map<String, List<Subnet>> byZone : tiers.values()) {
            byZone.values().forEach(l -> l.sort(Comparator.comparing(Subnet::cidr)));
            int depth = byZone.values().stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < depth; i++) {
                Map<String, Subnet> row = new HashMap<>();
                for (Map.Entry<String, List<Subnet>> e : byZone.entrySet()) {
                    if (i < e.getValue().size()) {
                        row.put(e.getKey(), e.getValue().get(i));
                    }
                }
                rows.add(row);
            }
        }
        Map<String, List<Node>> nodes = new HashMap<>();
        for (Subnet s : subnets) {
            nodes.put(s.id(), nodesOf(doc, s));
        }
        Map<String, Double> zoneWidth = new LinkedHashMap<>();
        for (String z : zones) {
            double w = SUBNET_MIN_WIDTH;
            for (Map<String, Subnet> row : rows) {
                Subnet s = row.get(z);
                if (s != null) {
                    w = Math.max(w, subnetWidth(nodes.get(s.id()).size()));
                }
            }
            zoneWidth.put(z, w + 2 * AZ_PADDING);
        }
        List<Double> rowHeight = new ArrayList<>();
        for (Map<String, Subnet> row : rows) {
            double h = SUBNET_MIN_HEIGHT;
            for (Subnet s : row.values()) {
                h = Math.max(h, subnetHeight(nodes.get(s.id()), zoneWidth.get(s.availabilityZoneId()) - 2 * AZ_PADDING));
            }
            rowHeight.add(h);
        }
        List<LoadBalancer> lbs = doc.all(LoadBalancer.class).stream().filter(lb -> lb.vpcId().equals(vpc.id())).toList();
        List<VpcEndpoint> endpoints = doc.all(VpcEndpoint.class).stream().filter(e -> e.vpcId().equals(vpc.id())).toList();
        double lbBand = lbs.isEmpty() ? 0 : LB_BAND;
        double bottomBand = endpoints.isEmpty() ? 0 : NODE_HEIGHT + GAP + LayoutMetrics.EDGE_NODE_HEIGHT / 2;
        double columnsHeight = AZ_HEADER + rowHeight.stream().mapToDouble(Double::doubleValue).sum()
                + GAP * Math.max(0, rows.size() - 1) + AZ_PADDING + (rows.isEmpty() ? SUBNET_MIN_HEIGHT : 0);
        double columnsWidth = zoneWidth.values().stream().mapToDouble(Double::doubleValue).sum() + GAP * Math.max(0, zones.size() - 1);
        long vgws = doc.all(VirtualPrivateGateway.class).stream().filter(g -> vpc.id().equals(g.vpcId())).count();
        double bottomItems = endpoints.size() * (NODE_WIDTH + GAP) + vgws * (LayoutMetrics.EDGE_NODE_WIDTH + GAP);
        double width = Math.max(2 * VPC_PADDING + columnsWidth, 2 * VPC_PADDING + Math.max(3 * NODE_WIDTH, bottomItems));
        double height = VPC_HEADER + lbBand + columnsHeight + bottomBand + VPC_PADDING;
        Bounds vpcBounds = Bounds.of(x, y, width, height);
        out.put(vpc.id(), vpcBounds);

        double colX = x + VPC_PADDING;
        double colY = y + VPC_HEADER + lbBand;
        Map<String, Bounds> zoneBounds = new HashMap<>();
        for (String z : zones) {
            Bounds zb = Bounds.of(colX, colY, zoneWidth.get(z), columnsHeight);
            zoneBounds.put(z, zb);
            out.put(Layout.azColumnKey(vpc.id(), z), zb);
            colX = zb.maxX() + GAP;
        }
        double rowY = colY + AZ_HEADER;
        for (int r = 0; r < rows.size(); r++) {
            for (Map.Entry<String, Subnet> e : rows.get(r).entrySet()) {
                Bounds zb = zoneBounds.get(e.getKey());
                Bounds sb = Bounds.of(zb.x() + AZ_PADDING, rowY, zb.width() - 2 * AZ_PADDING, rowHeight.get(r));
                out.put(e.getValue().id(), sb);
                placeNodes(nodes.get(e.getValue().id()), sb, out);
            }
            rowY += rowHeight.get(r) + GAP;
        }
        placeGroups(doc, vpc, out);
        placeGateways(doc, vpc, vpcBounds, out);
        placeLoadBalancers(lbs, x + VPC_PADDING, y + VPC_HEADER + 12, width - 2 * VPC_PADDING, out);
        double ex = x + VPC_PADDING;
        for (VpcEndpoint e : endpoints) {
            out.put(e.id(), Bounds.of(ex, vpcBounds.maxY() - VPC_PADDING - NODE_HEIGHT - LayoutMetrics.EDGE_NODE_HEIGHT / 2,
                    NODE_WIDTH, NODE_HEIGHT));
            ex += NODE_WIDTH + GAP;
        }
        return vpcBounds;
    }

    private static List<String> zonesOf(Document doc, Vpc vpc, List<Subnet> subnets) {
        TreeSet<String> zones = new TreeSet<>();
        subnets.forEach(s -> zones.add(s.availabilityZoneId()));
        for (String key : doc.layout().keys()) {
            String prefix = vpc.id() + "|";
            if (key.startsWith(prefix)) {
                zones.add(key.substring(prefix.length()));
            }
        }
        if (zones.isEmpty()) {
            List<String> regionZones = doc.all(AvailabilityZone.class).stream().filter(z -> z.regionId().equals(vpc.regionId()))
                    .map(AvailabilityZone::id).sorted().toList();
            if (regionZones.isEmpty()) {
                regionZones = AwsRegions.zones(vpc.regionId());
            }
            zones.addAll(regionZones.subList(0, Math.min(2, regionZones.size())));
        }
        return new ArrayList<>(zones);
    }

    private static List<Node> nodesOf(Document doc, Subnet s) {
        List<Node> list = new ArrayList<>();
        for (NatGateway n : doc.all(NatGateway.class)) {
            if (n.subnetId().equals(s.id())) {
                list.add(new Node(n.id(), null));
            }
        }
        List<Instance> instances = new ArrayList<>(doc.instancesIn(s.id()));
        instances.sort(Comparator.comparing((Instance i) -> i.autoScalingGroupId() == null ? "~" : i.autoScalingGroupId())
                .thenComparing(Instance::name).thenComparing(Instance::id));
        for (Instance i : instances) {
            list.add(new Node(i.id(), i.autoScalingGroupId()));
        }
        for (NetworkInterface e : doc.interfacesIn(s.id())) {
            if (e.instanceId() == null) {
                list.add(new Node(e.id(), null));
            }
        }
        for (DbInstance db : doc.all(DbInstance.class)) {
            if (db.primarySubnetId().equals(s.id())) {
                list.add(new Node(db.id(), null));
            }
            if (s.id().equals(db.standbySubnetId())) {
                list.add(new Node(db.id() + STANDBY_SUFFIX, null));
            }
        }
        return list;
    }

    private static int columns(int n, double innerWidth) {
        int fit = Math.max(1, (int) ((innerWidth - 2 * SUBNET_PADDING + GAP) / (NODE_WIDTH + GAP)));
        return Math.max(1, Math.min(Math.min(n, MAX_NODES_PER_ROW), fit));
    }

    private static double subnetWidth(int n) {
        int cols = Math.max(1, Math.min(n, MAX_NODES_PER_ROW));
        return Math.max(SUBNET_MIN_WIDTH, 2 * SUBNET_PADDING + cols * NODE_WIDTH + (cols - 1) * GAP);
    }

    private static double topOffset(List<Node> nodes) {
        return SUBNET_HEADER + (nodes.stream().anyMatch(n -> n.group() != null) ? ASG_HEADER + ASG_PADDING : 0);
    }

    private static double subnetHeight(List<Node> nodes, double width) {
        if (nodes.isEmpty()) {
            return SUBNET_MIN_HEIGHT;
        }
        int cols = columns(nodes.size(), width);
        int rows = (nodes.size() + cols - 1) / cols;
        double bottom = nodes.stream().anyMatch(n -> n.group() != null) ? ASG_PADDING : 0;
        return Math.max(SUBNET_MIN_HEIGHT, topOffset(nodes) + rows * NODE_HEIGHT + (rows - 1) * GAP + SUBNET_PADDING + bottom);
    }

    private static void placeNodes(List<Node> nodes, Bounds subnet, Map<String, Bounds> out) {
        if (nodes.isEmpty()) {
            return;
        }
        int cols = columns(nodes.size(), subnet.width());
        double used = cols * NODE_WIDTH + (cols - 1) * GAP;
        double left = subnet.x() + Math.max(SUBNET_PADDING, (subnet.width() - used) / 2);
        double top = subnet.y() + topOffset(nodes);
        for (int i = 0; i < nodes.size(); i++) {
            int c = i % cols;
            int r = i / cols;
            out.put(nodes.get(i).key(), Bounds.of(left + c * (NODE_WIDTH + GAP), top + r * (NODE_HEIGHT + GAP), NODE_WIDTH, NODE_HEIGHT));
        }
    }

    private static void placeGroups(Document doc, Vpc vpc, Map<String, Bounds> out) {
        for (AutoScalingGroup g : doc.all(AutoScalingGroup.class)) {
            boolean inVpc = g.subnetIds().stream().anyMatch(id -> doc.get(id, Subnet.class) != null && doc.get(id, Subnet.class).vpcId().equals(vpc.id()));
            if (!inVpc) {
                continue;
            }
            Bounds box = null;
            for (Instance i : doc.all(Instance.class)) {
                Bounds b = out.get(i.id());
                if (g.id().equals(i.autoScalingGroupId()) && b != null) {
                    box = box == null ? b : box.union(b);
                }
            }
            if (box == null) {
                for (String sid : g.subnetIds()) {
                    Bounds sb = out.get(sid);
                    if (sb != null) {
                        Bounds inner = Bounds.of(sb.x() + SUBNET_PADDING, sb.y() + SUBNET_HEADER + ASG_HEADER + ASG_PADDING,
                                sb.width() - 2 * SUBNET_PADDING, Math.max(8, sb.height() - SUBNET_HEADER - ASG_HEADER - 2 * ASG_PADDING - SUBNET_PADDING));
                        box = box == null ? inner : box.union(inner);
                    }
                }
            }
            if (box != null) {
                out.put(g.id(), Bounds.of(box.x() - ASG_PADDING, box.y() - ASG_HEADER - ASG_PADDING / 2,
                        box.width() + 2 * ASG_PADDING, box.height() + ASG_HEADER + ASG_PADDING));
            }
        }
    }

    private static void placeGateways(Document doc, Vpc vpc, Bounds vpcBounds, Map<String, Bounds> out) {
        double w = LayoutMetrics.EDGE_NODE_WIDTH;
        double h = LayoutMetrics.EDGE_NODE_HEIGHT;
        double gx = vpcBounds.x() + vpcBounds.width() * 0.55;
        for (InternetGateway g : doc.all(InternetGateway.class)) {
            if (vpc.id().equals(g.vpcId())) {
                out.put(g.id(), Bounds.of(gx, vpcBounds.y() - h / 2, w, h));
                gx += w + GAP;
            }
        }
        for (EgressOnlyInternetGateway g : doc.all(EgressOnlyInternetGateway.class)) {
            if (vpc.id().equals(g.vpcId())) {
                out.put(g.id(), Bounds.of(gx, vpcBounds.y() - h / 2, w, h));
                gx += w + GAP;
            }
        }
        double bx = vpcBounds.maxX() - VPC_PADDING - w;
        for (VirtualPrivateGateway g : doc.all(VirtualPrivateGateway.class)) {
            if (vpc.id().equals(g.vpcId())) {
                out.put(g.id(), Bounds.of(bx, vpcBounds.maxY() - h / 2, w, h));
                bx -= w + GAP;
            }
        }
    }

    private static void placeLoadBalancers(List<LoadBalancer> lbs, double bandX, double bandY,
                                           double bandWidth, Map<String, Bounds> out) {
        if (lbs.isEmpty()) {
            return;
        }
        double slot = (bandWidth - GAP * (lbs.size() - 1)) / lbs.size();
        double x = bandX;
        for (LoadBalancer lb : lbs) {
            double width = Math.min(slot, Math.max(NODE_WIDTH * 2, spanWidth(lb, out)));
            out.put(lb.id(), Bounds.of(x + (slot - width) / 2, bandY, width, NODE_HEIGHT));
            x += slot + GAP;
        }
    }

    private static double spanWidth(LoadBalancer lb, Map<String, Bounds> out) {
        Bounds span = null;
        for (String sid : lb.subnetIds()) {
            Bounds b = out.get(sid);
            if (b != null) {
                span = span == null ? b : span.union(b);
            }
        }
        return span == null ? NODE_WIDTH * 2 : span.width() * 0.6;
    }
}
