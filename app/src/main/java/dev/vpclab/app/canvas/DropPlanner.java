package dev.vpclab.app.canvas;

import static dev.vpclab.model.layout.LayoutMetrics.AZ_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.AZ_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.GAP;
import static dev.vpclab.model.layout.LayoutMetrics.REGION_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.REGION_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_MIN_HEIGHT;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_MIN_WIDTH;
import static dev.vpclab.model.layout.LayoutMetrics.VPC_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.VPC_PADDING;

import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.app.render.ItemType;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.model.command.EditLayout;
import dev.vpclab.model.document.AddressPlanner;
import dev.vpclab.model.document.AwsRegions;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a palette item dropped at a point of the diagram into one undoable command, or a refusal that says why AWS
 * does not allow it there: a Region on empty canvas (with its zones), a VPC into a Region (a free 10.x.0.0/16 and
 * two zone columns), a subnet into a zone column (a free /24; a public one routed to the VPC's internet gateway),
 * compute and databases into subnets, gateways, endpoints, load balancers and Auto Scaling groups onto VPCs, the
 * outside world outside the Regions. Each command also places the new elements at the drop point and grows their
 * containers. Plain Java: no toolkit.
 */
public final class DropPlanner {

    private final DropContext ctx;
    private final ComputeDrops compute;
    private final GatewayDrops gateways;

    /**
     * @param doc the document
     * @param model its render model
     * @param ids where new ids come from
     */
    public DropPlanner(Document doc, RenderModel model, IdGenerator ids) {
        this.ctx = new DropContext(doc, model, new ResourceFactory(ids, doc));
        this.compute = new ComputeDrops(ctx);
        this.gateways = new GatewayDrops(ctx);
    }

    /**
     * @param itemId a palette item id: a resource type name ("vpc", "instance") or a variant ("subnet:public", "lb:network")
     * @param x drop point, world x
     * @param y drop point, world y
     * @return the command to execute, or a refusal
     */
    public EditPlan plan(String itemId, double x, double y) {
        String base = itemId == null ? "" : itemId.trim().toLowerCase(Locale.ROOT);
        String variant = "";
        int colon = base.indexOf(':');
        if (colon >= 0) {
            variant = base.substring(colon + 1);
            base = base.substring(0, colon);
        }
        switch (base) {
            case "region": return region(x, y);
            case "az": return zone(x, y);
            case "vpc": return vpc(x, y);
            case "subnet": return subnet(x, y, variant);
            case "instance": return compute.instance(x, y);
            case "eni": return compute.networkInterface(x, y);
            case "nat": return compute.natGateway(x, y);
            case "db": return compute.database(x, y);
            case "asg": return compute.autoScalingGroup(x, y);
            case "lb": return compute.loadBalancer(x, y, !variant.equals("network"));
            case "igw": case "eigw": case "vgw": return gateways.edge(base, x, y);
            case "vpce": return gateways.endpoint(x, y);
            case "pcx": return gateways.peering(x, y);
            case "tgw": return gateways.transitGateway(x, y);
            case "internet-client": case "on-prem": case "alarm": return gateways.outside(base, x, y);
            default:
                ResourceKind kind = ResourceKind.ofTypeName(base);
                return EditPlan.refused(kind == null ? Message.of("canvas.drop.unknown", itemId)
                        : Message.of("canvas.drop.notDrawn", kind.awsName()));
        }
    }

    /**
     * @param itemId a palette item id
     * @param x world x
     * @param y world y
     * @return the element that would hold the item dropped there (to highlight it), or null
     */
    public String host(String itemId, double x, double y) {
        String base = itemId == null ? "" : itemId.split(":")[0];
        ItemType type;
        switch (base) {
            case "subnet": type = ItemType.AZ_COLUMN; break;
            case "instance": case "eni": case "nat": case "db": type = ItemType.SUBNET; break;
            case "az": case "asg": case "lb": case "igw": case "eigw": case "vgw": case "vpce": case "pcx": type = ItemType.VPC; break;
            case "vpc": case "tgw": type = ItemType.REGION; break;
            default: return null;
        }
        RenderItem it = ctx.at(type, x, y);
        return it == null ? null : it.key();
    }

    private EditPlan region(double x, double y) {
        if (ctx.model.hitTest(x, y) != null) {
            return EditPlan.refused(Message.of("canvas.drop.region.inside"));
        }
        String code = null;
        for (String c : AwsRegions.codes()) {
            if (!ctx.doc.contains(c) && ctx.model.item(c) == null) {
                code = c;
                break;
            }
        }
        if (code == null) {
            return EditPlan.refused(Message.of("canvas.drop.region.none", String.join(", ", AwsRegions.codes())));
        }
        List<Resource> rs = new ArrayList<>();
        for (Resource r : ctx.factory.region(code)) {
            if (!ctx.doc.contains(r.id())) {
                rs.add(r);
            }
        }
        Bounds b = Bounds.of(DropContext.snap(x - 48), DropContext.snap(y - 22), 736, 400);
        return ctx.finish(rs, Map.of(code, b), List.of(), List.of(), List.of(code));
    }

    /** The zones a VPC's Region offers, from the document's zones or the usual ones of the Region. */
    private List<String> zones(String regionId) {
        TreeSet<String> zones = new TreeSet<>();
        for (AvailabilityZone z : ctx.doc.all(AvailabilityZone.class)) {
            if (z.regionId().equals(regionId)) {
                zones.add(z.id());
            }
        }
        if (zones.isEmpty()) {
            zones.addAll(AwsRegions.zones(regionId));
        }
        return new ArrayList<>(zones);
    }

    private EditPlan zone(double x, double y) {
        RenderItem vpcItem = ctx.at(ItemType.VPC, x, y);
        Vpc vpc = vpcItem == null ? null : ctx.doc.get(vpcItem.key(), Vpc.class);
        if (vpc == null) {
            return EditPlan.refused(Message.of("canvas.drop.az.outsideVpc"));
        }
        List<RenderItem> columns = new ArrayList<>();
        for (String k : ctx.model.childrenOf(vpc.id())) {
            if (ctx.model.item(k).type() == ItemType.AZ_COLUMN) {
                columns.add(ctx.model.item(k));
            }
        }
        Set<String> used = new HashSet<>();
        columns.forEach(c -> used.add(ElementKeys.columnZone(ctx.doc, c.key())));
        String zone = zones(vpc.regionId()).stream().filter(z -> !used.contains(z)).findFirst().orElse(null);
        if (zone == null) {
            return EditPlan.refused(Message.of("canvas.drop.az.none", vpc.label(), vpc.regionId()));
        }
        Bounds v = vpcItem.bounds();
        double colW = SUBNET_MIN_WIDTH + 2 * AZ_PADDING;
        double colX = v.x() + VPC_PADDING;
        double colY = v.y() + VPC_HEADER;
        double colH = AZ_HEADER + SUBNET_MIN_HEIGHT + AZ_PADDING;
        for (RenderItem c : columns) {
            colX = Math.max(colX, c.bounds().maxX() + GAP);
            colY = c.bounds().y();
            colH = Math.max(colH, c.bounds().height());
        }
        String key = Layout.azColumnKey(vpc.id(), zone);
        Bounds b = Bounds.of(colX, colY, colW, colH);
        List<Resource> rs = ctx.ensureZone(vpc.regionId(), zone, new HashSet<>());
        if (rs.isEmpty()) {
            return ctx.finish(List.of(), Map.of(key, b), List.of(), List.of(new EditLayout(List.of(new EditLayout.Placement(key, b)))),
                    List.of(key));
        }
        return ctx.finish(rs, Map.of(key, b), List.of(), List.of(), List.of(key));
    }

    private EditPlan vpc(double x, double y) {
        RenderItem region = ctx.at(ItemType.REGION, x, y);
        if (region == null) {
            return EditPlan.refused(Message.of("canvas.drop.vpc.outsideRegion"));
        }
        if (ctx.at(ItemType.VPC, x, y) != null) {
            return EditPlan.refused(Message.of("canvas.drop.vpc.nested"));
        }
        Cidr cidr = freeVpcBlock();
        if (cidr == null) {
            return EditPlan.refused(Message.of("canvas.drop.vpc.noCidr"));
        }
        String regionId = region.key();
        List<String> zones = zones(regionId);
        zones = zones.subList(0, Math.min(2, zones.size()));
        Set<String> adding = new HashSet<>();
        List<Resource> rs = new ArrayList<>(ctx.ensureZone(regionId, null, adding));
        for (String z : zones) {
            rs.addAll(ctx.ensureZone(regionId, z, adding));
        }
        List<Resource> made = ctx.factory.vpc(regionId, ctx.name("vpc"), cidr);
        rs.addAll(made);
        String vpcId = made.get(0).id();
        double colW = SUBNET_MIN_WIDTH + 2 * AZ_PADDING;
        double colH = AZ_HEADER + SUBNET_MIN_HEIGHT + AZ_PADDING;
        double w = 2 * VPC_PADDING + zones.size() * colW + GAP * Math.max(0, zones.size() - 1);
        double h = VPC_HEADER + colH + VPC_PADDING;
        Bounds r = region.bounds();
        double vx = Math.max(r.x() + REGION_PADDING, DropContext.snap(x - 64));
        double vy = Math.max(r.y() + REGION_HEADER, DropContext.snap(y - 24));
        Map<String, Bounds> layout = new LinkedHashMap<>();
        layout.put(vpcId, Bounds.of(vx, vy, w, h));
        double cx = vx + VPC_PADDING;
        for (String z : zones) {
            layout.put(Layout.azColumnKey(vpcId, z), Bounds.of(cx, vy + VPC_HEADER, colW, colH));
            cx += colW + GAP;
        }
        return ctx.finish(rs, layout, List.of(), List.of(), List.of(vpcId));
    }

    /** The lowest 10.x.0.0/16 that overlaps no VPC block of the document. */
    private Cidr freeVpcBlock() {
        for (int second = 0; second < 256; second++) {
            Cidr c = Cidr.parse("10." + second + ".0.0/16");
            boolean free = ctx.doc.all(Vpc.class).stream().flatMap(v -> v.cidrBlocks().stream()).noneMatch(b -> b.overlaps(c));
            if (free) {
                return c;
            }
        }
        return null;
    }

    private EditPlan subnet(double x, double y, String variant) {
        RenderItem column = ctx.at(ItemType.AZ_COLUMN, x, y);
        if (column == null) {
            return EditPlan.refused(Message.of("canvas.drop.subnet.outsideColumn"));
        }
        String vpcId = ElementKeys.columnVpc(ctx.doc, column.key());
        String zone = ElementKeys.columnZone(ctx.doc, column.key());
        Vpc vpc = ctx.doc.get(vpcId, Vpc.class);
        Cidr cidr = null;
        for (int prefix : new int[] {24, 26, 28}) {
            cidr = AddressPlanner.freeSubnetCidr(ctx.doc, vpc, prefix).orElse(null);
            if (cidr != null) {
                break;
            }
        }
        if (cidr == null) {
            return EditPlan.refused(Message.of("canvas.drop.subnet.full", vpc.label()));
        }
        boolean pub = variant.equals("public");
        List<Resource> rs = new ArrayList<>(ctx.ensureZone(vpc.regionId(), zone, new HashSet<>()));
        String tableId = null;
        if (pub) {
            InternetGateway igw = ctx.doc.all(InternetGateway.class).stream().filter(g -> vpcId.equals(g.vpcId())).findFirst().orElse(null);
            if (igw != null) {
                RouteTable existing = publicTable(vpcId, igw.id());
                if (existing != null) {
                    tableId = existing.id();
                } else {
                    RouteTable t = ctx.factory.routeTable(vpc, ctx.name("public-rt"));
                    List<Route> routes = new ArrayList<>(t.routes());
                    routes.add(Route.to(Cidr.ALL, igw.id()));
                    t = new RouteTable(t.id(), t.name(), t.vpcId(), false, routes, List.of(), List.of());
                    rs.add(t);
                    tableId = t.id();
                }
            }
        }
        String suffix = zone.length() >= 2 ? zone.substring(zone.length() - 2) : zone;
        String name = ctx.name((pub ? "public-" : "private-") + suffix);
        Subnet s = ctx.factory.subnet(vpcId, zone, name, cidr);
        s = new Subnet(s.id(), s.name(), s.vpcId(), s.availabilityZoneId(), s.cidr(), pub, tableId, null);
        rs.add(s);
        Bounds c = column.bounds();
        double w = c.width() - 2 * AZ_PADDING;
        double h = SUBNET_MIN_HEIGHT;
        double want = Math.max(c.y() + AZ_HEADER, DropContext.snap(y - 20));
        List<Bounds> siblings = new ArrayList<>();
        for (String k : ctx.model.childrenOf(column.key())) {
            siblings.add(ctx.model.item(k).bounds());
        }
        siblings.sort((a, b) -> Double.compare(a.y(), b.y()));
        double top = want;
        for (Bounds sib : siblings) {
            if (top < sib.maxY() + GAP && top + h + GAP > sib.y()) {
                top = sib.maxY() + GAP;
            }
        }
        return ctx.finish(rs, Map.of(s.id(), Bounds.of(c.x() + AZ_PADDING, top, w, h)), List.of(), List.of(), List.of(s.id()));
    }

    /** A custom route table of the VPC that already sends 0.0.0.0/0 to the internet gateway. */
    private RouteTable publicTable(String vpcId, String igwId) {
        for (RouteTable t : ctx.doc.all(RouteTable.class)) {
            if (t.vpcId().equals(vpcId) && !t.main()
                    && t.routes().stream().anyMatch(r -> Cidr.ALL.equals(r.destinationCidr()) && igwId.equals(r.target()))) {
                return t;
            }
        }
        return null;
    }
}
