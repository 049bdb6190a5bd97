package dev.vpclab.app.canvas;

import static dev.vpclab.model.layout.LayoutMetrics.EDGE_NODE_HEIGHT;
import static dev.vpclab.model.layout.LayoutMetrics.EDGE_NODE_WIDTH;
import static dev.vpclab.model.layout.LayoutMetrics.GAP;
import static dev.vpclab.model.layout.LayoutMetrics.NODE_HEIGHT;
import static dev.vpclab.model.layout.LayoutMetrics.NODE_WIDTH;

import dev.vpclab.app.render.ItemType;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Drops of what attaches to a VPC (gateways, endpoints, peerings), of transit gateways, and of the world outside AWS. */
final class GatewayDrops {

    private final DropContext ctx;

    GatewayDrops(DropContext ctx) {
        this.ctx = ctx;
    }

    private RenderItem vpcItem(double x, double y) {
        return ctx.at(ItemType.VPC, x, y);
    }

    /**
     * An internet gateway, egress-only internet gateway or virtual private gateway attached to the VPC it is dropped
     * on. A VPC takes one of each (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html,
     * https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html), so a second is refused.
     */
    EditPlan edge(String kind, double x, double y) {
        RenderItem item = vpcItem(x, y);
        if (item == null) {
            return EditPlan.refused(Message.of("canvas.drop." + kind + ".outsideVpc"));
        }
        Vpc vpc = ctx.doc.get(item.key(), Vpc.class);
        Resource existing = null;
        Resource made;
        boolean bottom = false;
        switch (kind) {
            case "igw":
                existing = ctx.doc.all(InternetGateway.class).stream().filter(g -> vpc.id().equals(g.vpcId())).findFirst().orElse(null);
                made = new InternetGateway(ctx.factory.newId(ResourceKind.INTERNET_GATEWAY), ctx.name(vpc.label() + "-igw"), vpc.id());
                break;
            case "eigw":
                existing = ctx.doc.all(EgressOnlyInternetGateway.class).stream().filter(g -> vpc.id().equals(g.vpcId())).findFirst().orElse(null);
                made = new EgressOnlyInternetGateway(ctx.factory.newId(ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY),
                        ctx.name(vpc.label() + "-eigw"), vpc.id());
                break;
            default:
                existing = ctx.doc.all(VirtualPrivateGateway.class).stream().filter(g -> vpc.id().equals(g.vpcId())).findFirst().orElse(null);
                made = new VirtualPrivateGateway(ctx.factory.newId(ResourceKind.VIRTUAL_PRIVATE_GATEWAY), ctx.name(vpc.label() + "-vgw"),
                        vpc.id(), 64512);
                bottom = true;
                break;
        }
        if (existing != null) {
            return EditPlan.refused(Message.of("canvas.drop." + kind + ".second", vpc.label(), existing.label()));
        }
        Bounds v = item.bounds();
        double ex = DropContext.clamp(DropContext.snap(x - 20), v.x() + 48, Math.max(v.x() + 48, v.maxX() - EDGE_NODE_WIDTH - 8));
        double ey = (bottom ? v.maxY() : v.y()) - EDGE_NODE_HEIGHT / 2;
        Bounds want = DropContext.besides(Bounds.of(ex, ey, EDGE_NODE_WIDTH, EDGE_NODE_HEIGHT), b -> overlapsEdge(item, b));
        return ctx.finish(List.of(made), Map.of(made.id(), want), List.of(), List.of(), List.of(made.id()));
    }

    private boolean overlapsEdge(RenderItem vpc, Bounds b) {
        for (String k : ctx.model.childrenOf(vpc.key())) {
            RenderItem c = ctx.model.item(k);
            if (c.type() == ItemType.EDGE_NODE && c.bounds().intersects(b)) {
                return true;
            }
        }
        return false;
    }

    /** A gateway endpoint for Amazon S3 in the VPC (route tables are added to it in the inspector). */
    EditPlan endpoint(double x, double y) {
        RenderItem item = vpcItem(x, y);
        if (item == null) {
            return EditPlan.refused(Message.of("canvas.drop.vpce.outsideVpc"));
        }
        Vpc vpc = ctx.doc.get(item.key(), Vpc.class);
        VpcEndpoint e = new VpcEndpoint(ctx.factory.newId(ResourceKind.VPC_ENDPOINT), ctx.name("s3-endpoint"), vpc.id(),
                VpcEndpoint.EndpointType.GATEWAY, "com.amazonaws." + vpc.regionId() + ".s3", null, List.of(), List.of(), List.of(),
                Map.of(), false, LifecycleState.AVAILABLE);
        Bounds want = Bounds.of(DropContext.snap(x - NODE_WIDTH / 2), DropContext.snap(y - NODE_HEIGHT / 2), NODE_WIDTH, NODE_HEIGHT);
        return ctx.finish(List.of(e), Map.of(e.id(), want), List.of(), List.of(), List.of(e.id()));
    }

    /** A peering connection from the VPC it is dropped on to the nearest VPC it is not yet peered with. */
    EditPlan peering(double x, double y) {
        RenderItem item = vpcItem(x, y);
        if (item == null) {
            return EditPlan.refused(Message.of("canvas.drop.pcx.outsideVpc"));
        }
        Vpc vpc = ctx.doc.get(item.key(), Vpc.class);
        Set<String> peered = new HashSet<>();
        for (VpcPeeringConnection p : ctx.doc.all(VpcPeeringConnection.class)) {
            String other = p.peerOf(vpc.id());
            if (other != null) {
                peered.add(other);
            }
        }
        RenderItem best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Vpc other : ctx.doc.all(Vpc.class)) {
            RenderItem o = ctx.model.item(other.id());
            if (other.id().equals(vpc.id()) || peered.contains(other.id()) || o == null) {
                continue;
            }
            double d = Math.hypot(o.centerX() - item.centerX(), o.centerY() - item.centerY());
            if (d < bestDistance) {
                bestDistance = d;
                best = o;
            }
        }
        if (best == null) {
            return EditPlan.refused(Message.of("canvas.drop.pcx.noPeer", vpc.label()));
        }
        Vpc peer = ctx.doc.get(best.key(), Vpc.class);
        VpcPeeringConnection p = new VpcPeeringConnection(ctx.factory.newId(ResourceKind.VPC_PEERING_CONNECTION),
                ctx.name(vpc.label() + "-to-" + peer.label()), vpc.id(), peer.id(), VpcPeeringConnection.Status.ACTIVE);
        double cx = (item.centerX() + best.centerX()) / 2;
        double top = Math.min(item.bounds().y(), best.bounds().y()) - NODE_HEIGHT - GAP;
        Bounds want = Bounds.of(DropContext.snap(cx - NODE_WIDTH / 2), top, NODE_WIDTH, NODE_HEIGHT);
        want = DropContext.besides(want, b -> ctx.model.itemsIn(b).stream().anyMatch(it -> !it.isContainer()));
        return ctx.finish(List.of(p), Map.of(p.id(), want), List.of(), List.of(), List.of(p.id()));
    }

    EditPlan transitGateway(double x, double y) {
        RenderItem region = ctx.at(ItemType.REGION, x, y);
        if (region == null) {
            return EditPlan.refused(Message.of("canvas.drop.tgw.outsideRegion"));
        }
        List<Resource> rs = new ArrayList<>(ctx.ensureZone(region.key(), null, new HashSet<>()));
        TransitGateway t = new TransitGateway(ctx.factory.newId(ResourceKind.TRANSIT_GATEWAY), ctx.name("tgw"), region.key(), 64512);
        rs.add(t);
        Bounds want = Bounds.of(DropContext.snap(x - NODE_WIDTH / 2), DropContext.snap(y - NODE_HEIGHT / 2), NODE_WIDTH, NODE_HEIGHT);
        return ctx.finish(rs, Map.of(t.id(), want), List.of(), List.of(), List.of(t.id()));
    }

    /** An internet user, an on-premises network or an alarm: things outside the Regions. */
    EditPlan outside(String kind, double x, double y) {
        if (ctx.at(ItemType.REGION, x, y) != null) {
            return EditPlan.refused(Message.of("canvas.drop." + kind + ".insideRegion"));
        }
        Resource r;
        switch (kind) {
            case "internet-client": {
                Set<Ipv4Address> used = new HashSet<>();
                ctx.doc.all(InternetClient.class).forEach(c -> used.add(c.publicIp()));
                Ipv4Address a = InternetClient.DEFAULT_ADDRESS;
                for (long i = 77; used.contains(a) && i < 250; i++) {
                    a = Cidr.parse("198.51.100.0/24").address(i);
                }
                r = new InternetClient(ctx.factory.newId(ResourceKind.INTERNET_CLIENT), ctx.name("internet-user"), a);
                break;
            }
            case "on-prem":
                r = new OnPremisesNetwork(ctx.factory.newId(ResourceKind.ON_PREMISES_NETWORK), ctx.name("on-premises"),
                        List.of(freeOnPremBlock()), null, Ipv4Address.parse("198.51.100.10"), null, true);
                break;
            default: {
                String name = ctx.name("cpu-high");
                r = new Alarm(ctx.factory.newId(ResourceKind.ALARM, name), name, "AWS/EC2", "CPUUtilization", Map.of(), "Average", 300,
                        3, 3, 70, Alarm.Comparison.GREATER_THAN_THRESHOLD, Alarm.TreatMissingData.MISSING, List.of(), List.of());
                break;
            }
        }
        Bounds want = Bounds.of(DropContext.snap(x - NODE_WIDTH / 2), DropContext.snap(y - NODE_HEIGHT / 2), NODE_WIDTH, NODE_HEIGHT);
        return ctx.finish(List.of(r), Map.of(r.id(), want), List.of(), List.of(), List.of(r.id()));
    }

    /** 192.168.x.0/24 that overlaps no VPC (on-premises blocks must not overlap the VPCs they talk to). */
    private Cidr freeOnPremBlock() {
        for (int third = 0; third < 256; third++) {
            Cidr c = Cidr.parse("192.168." + third + ".0/24");
            boolean free = ctx.doc.all(Vpc.class).stream().flatMap(v -> v.cidrBlocks().stream()).noneMatch(b -> b.overlaps(c))
                    && ctx.doc.all(OnPremisesNetwork.class).stream().flatMap(o -> o.cidrs().stream()).noneMatch(b -> b.overlaps(c));
            if (free) {
                return c;
            }
        }
        return Cidr.parse("192.168.0.0/24");
    }
}
