package dev.vpclab.model.layout;

import static dev.vpclab.model.layout.LayoutMetrics.GAP;
import static dev.vpclab.model.layout.LayoutMetrics.NODE_HEIGHT;
import static dev.vpclab.model.layout.LayoutMetrics.NODE_WIDTH;
import static dev.vpclab.model.layout.LayoutMetrics.REGION_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.REGION_PADDING;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lays a whole document out as an AWS architecture diagram: internet clients on the left, on-premises networks
 * under the Region whose gateway their VPN ends on (on the left when it ends on none),
 * each Region as a dashed box holding its VPCs side by side, each VPC holding one column per Availability Zone
 * with its subnets in rows by tier (public, private, data), resources in a grid inside their subnet, internet
 * gateways on the VPC's top edge, load balancers in a band above the zones spanning their subnets, Auto Scaling
 * groups around their instances, transit gateways and peering connections in a band above the VPCs, alarms on
 * the right. Every resource ends up inside its container and no two boxes of one container overlap.
 */
public final class AutoLayout {

    private static final double CANVAS_MARGIN = 40;
    private static final double OUTSIDE_GAP = 96;
    private static final double VPC_GAP = 72;
    private static final double REGION_GAP = 96;
    private static final double ON_PREM_GAP = 72;
    private static final double REGION_BAND = NODE_HEIGHT + 28;

    private AutoLayout() {
    }

    /**
     * @param doc a document
     * @return a complete new layout for it
     */
    public static Layout layout(Document doc) {
        Map<String, Bounds> out = new HashMap<>();
        double x0 = CANVAS_MARGIN;
        double y = CANVAS_MARGIN;
        List<InternetClient> clients = doc.all(InternetClient.class);
        List<OnPremisesNetwork> onPrem = doc.all(OnPremisesNetwork.class);
        boolean outside = !clients.isEmpty() || onPrem.stream().anyMatch(o -> !endsOnADrawnGateway(doc, o));
        double regionX = outside ? x0 + NODE_WIDTH + OUTSIDE_GAP : x0;
        double outsideY = y + REGION_HEADER;
        for (InternetClient c : clients) {
            out.put(c.id(), Bounds.of(x0, outsideY, NODE_WIDTH, NODE_HEIGHT));
            outsideY += NODE_HEIGHT + GAP;
        }
        double maxRight = regionX;
        List<String> regionIds = regionIds(doc);
        List<Double> onPremAnchors = new ArrayList<>();
        List<OnPremisesNetwork> left = new ArrayList<>(onPrem);
        for (String regionId : regionIds) {
            Bounds region = layoutRegion(doc, regionId, regionX, y, out);
            out.put(regionId, region);
            onPremAnchors.add(region.maxY());
            maxRight = Math.max(maxRight, region.maxX());
            double next = region.maxY() + REGION_GAP;
            // networks whose VPN ends on a gateway of this Region sit under it, a short line away
            double free = Double.NEGATIVE_INFINITY;
            for (OnPremisesNetwork o : onPrem) {
                Bounds gw = o.gatewayId() == null ? null : out.get(o.gatewayId());
                // a virtual private gateway is drawn on its VPC's edge with the icon at the left of its box
                double cx = gw == null ? 0 : doc.get(o.gatewayId()) instanceof VirtualPrivateGateway
                        ? gw.x() + LayoutMetrics.ICON / 2 : gw.x() + gw.width() / 2;
                double cy = gw == null ? 0 : gw.y() + gw.height() / 2;
                if (gw == null || !left.contains(o) || cx < region.x() || cx > region.maxX() || cy < region.y() || cy > region.maxY()) {
                    continue;
                }
                double ox = Math.max(free, Math.max(region.x(), cx - NODE_WIDTH / 2));
                Bounds b = Bounds.of(ox, region.maxY() + ON_PREM_GAP, NODE_WIDTH, NODE_HEIGHT);
                out.put(o.id(), b);
                free = b.maxX() + GAP;
                maxRight = Math.max(maxRight, b.maxX());
                next = Math.max(next, b.maxY() + REGION_GAP);
                left.remove(o);
            }
            y = next;
        }
        double onPremY = Math.max(outsideY + GAP, onPremAnchors.isEmpty() ? outsideY : onPremAnchors.get(0) - NODE_HEIGHT * 2);
        for (OnPremisesNetwork o : left) {
            out.put(o.id(), Bounds.of(x0, onPremY, NODE_WIDTH, NODE_HEIGHT));
            onPremY += NODE_HEIGHT + GAP;
        }
        double alarmY = CANVAS_MARGIN + REGION_HEADER;
        for (Alarm a : doc.all(Alarm.class)) {
            out.put(a.id(), Bounds.of(maxRight + OUTSIDE_GAP / 2, alarmY, NODE_WIDTH, NODE_HEIGHT));
            alarmY += NODE_HEIGHT + GAP;
        }
        return Layout.of(out);
    }

    /** True if the network's VPN ends on a gateway that is drawn inside a Region (so it is placed under that Region). */
    private static boolean endsOnADrawnGateway(Document doc, OnPremisesNetwork o) {
        if (o.gatewayId() == null) {
            return false;
        }
        if (doc.get(o.gatewayId()) instanceof VirtualPrivateGateway g) {
            return g.vpcId() != null && doc.get(g.vpcId(), Vpc.class) != null;
        }
        return doc.get(o.gatewayId()) instanceof TransitGateway;
    }

    private static List<String> regionIds(Document doc) {
        TreeSet<String> ids = new TreeSet<>();
        doc.all(Region.class).forEach(r -> ids.add(r.id()));
        doc.all(Vpc.class).forEach(v -> ids.add(v.regionId()));
        doc.all(TransitGateway.class).forEach(t -> ids.add(t.regionId()));
        return new ArrayList<>(ids);
    }

    private static Bounds layoutRegion(Document doc, String regionId, double x, double y, Map<String, Bounds> out) {
        List<Vpc> vpcs = doc.all(Vpc.class).stream().filter(v -> v.regionId().equals(regionId))
                .sorted(Comparator.comparing((Vpc v) -> v.name().isBlank() ? "~" + v.id() : v.name()).thenComparing(Vpc::id))
                .toList();
        List<TransitGateway> tgws = doc.all(TransitGateway.class).stream().filter(t -> t.regionId().equals(regionId)).toList();
        List<VpcPeeringConnection> peerings = doc.all(VpcPeeringConnection.class).stream()
                .filter(p -> vpcs.stream().anyMatch(v -> v.id().equals(p.requesterVpcId()))).toList();
        boolean band = !tgws.isEmpty() || !peerings.isEmpty();
        double vx = x + REGION_PADDING;
        double vy = y + REGION_HEADER + (band ? REGION_BAND : 0) + NODE_HEIGHT / 2;
        double right = x + 320;
        double bottom = y + REGION_HEADER + 160;
        for (Vpc vpc : vpcs) {
            Bounds b = VpcLayout.place(doc, vpc, vx, vy, out);
            vx = b.maxX() + VPC_GAP;
            right = Math.max(right, b.maxX());
            bottom = Math.max(bottom, b.maxY());
        }
        placeBand(doc, tgws, peerings, y + REGION_HEADER + 8, x + REGION_PADDING, out);
        for (TransitGateway t : tgws) {
            right = Math.max(right, out.get(t.id()).maxX());
        }
        for (VpcPeeringConnection p : peerings) {
            right = Math.max(right, out.get(p.id()).maxX());
        }
        return Bounds.of(x, y, right + REGION_PADDING - x, bottom + REGION_PADDING - y);
    }

    private static void placeBand(Document doc, List<TransitGateway> tgws, List<VpcPeeringConnection> peerings, double bandY,
                                  double minX, Map<String, Bounds> out) {
        List<Map.Entry<String, Double>> wanted = new ArrayList<>();
        for (VpcPeeringConnection p : peerings) {
            wanted.add(Map.entry(p.id(), (centerX(out, p.requesterVpcId()) + centerX(out, p.accepterVpcId())) / 2));
        }
        for (TransitGateway t : tgws) {
            double sum = 0;
            int n = 0;
            for (TransitGatewayAttachment a : doc.all(TransitGatewayAttachment.class)) {
                if (a.transitGatewayId().equals(t.id()) && out.containsKey(a.resourceId())) {
                    sum += centerX(out, a.resourceId());
                    n++;
                }
            }
            wanted.add(Map.entry(t.id(), n == 0 ? minX + NODE_WIDTH : sum / n));
        }
        wanted.sort(Map.Entry.comparingByValue());
        double next = minX;
        for (Map.Entry<String, Double> w : wanted) {
            double left = Math.max(next, w.getValue() - NODE_WIDTH / 2);
            out.put(w.getKey(), Bounds.of(left, bandY, NODE_WIDTH, NODE_HEIGHT));
            next = left + NODE_WIDTH + GAP;
        }
    }

    private static double centerX(Map<String, Bounds> out, String key) {
        Bounds b = out.get(key);
        return b == null ? 0 : b.x() + b.width() / 2;
    }
}
