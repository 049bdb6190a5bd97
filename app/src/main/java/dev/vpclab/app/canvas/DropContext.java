package dev.vpclab.app.canvas;

import static dev.vpclab.model.layout.LayoutMetrics.GAP;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_PADDING;

import dev.vpclab.app.render.DiagramRenderer;
import dev.vpclab.app.render.ItemType;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.model.command.AddResources;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.CommandException;
import dev.vpclab.model.command.CompositeCommand;
import dev.vpclab.model.document.AwsRegions;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.SecurityGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What every kind of drop needs: the document and its drawing, where ids come from, free names and public
 * addresses, free places in a subnet, and how new resources become one undoable command that also draws them
 * and grows their containers.
 */
final class DropContext {

    final Document doc;
    final RenderModel model;
    final ResourceFactory factory;
    private final Set<Ipv4Address> publicTaken = new HashSet<>();

    DropContext(Document doc, RenderModel model, ResourceFactory factory) {
        this.doc = doc;
        this.model = model;
        this.factory = factory;
    }

    static double snap(double v) {
        return Math.round(v / DiagramRenderer.GRID) * DiagramRenderer.GRID;
    }

    /** @return the topmost item of the type at the point, or null */
    RenderItem at(ItemType type, double x, double y) {
        return model.hitTest(x, y, it -> it.type() == type);
    }

    /**
     * @param prefix a name prefix such as "ec2"
     * @return "prefix-N" with the lowest N no resource is named
     */
    String name(String prefix) {
        Set<String> names = new HashSet<>();
        doc.all().forEach(r -> names.add(r.name()));
        for (int n = 1; ; n++) {
            String candidate = prefix + "-" + n;
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** @return the VPC's default security group as a one-element list, or an empty list */
    List<String> defaultSecurityGroup(String vpcId) {
        for (SecurityGroup g : doc.all(SecurityGroup.class)) {
            if (g.vpcId().equals(vpcId) && g.isDefault()) {
                return List.of(g.id());
            }
        }
        return List.of();
    }

    /**
     * A public address nothing uses, from the documentation block 203.0.113.0/24 (RFC 5737), standing in for the
     * address AWS would assign.
     */
    Ipv4Address freePublicAddress() {
        if (publicTaken.isEmpty()) {
            for (ElasticIp e : doc.all(ElasticIp.class)) {
                publicTaken.add(e.publicIp());
            }
            for (NetworkInterface e : doc.all(NetworkInterface.class)) {
                if (e.publicIp() != null) {
                    publicTaken.add(e.publicIp());
                }
            }
            for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
                publicTaken.addAll(lb.nodePublicAddresses().values());
            }
            for (InternetClient c : doc.all(InternetClient.class)) {
                publicTaken.add(c.publicIp());
            }
        }
        Cidr block = Cidr.parse("203.0.113.0/24");
        for (long i = 10; i < 255; i++) {
            Ipv4Address a = block.address(i);
            if (publicTaken.add(a)) {
                return a;
            }
        }
        return block.address(254);
    }

    /**
     * Resources a new element needs to exist first: its Region and Availability Zone when the document names them
     * only as codes.
     */
    List<Resource> ensureZone(String regionId, String zoneId, Set<String> adding) {
        List<Resource> out = new ArrayList<>();
        if (regionId != null && !doc.contains(regionId) && adding.add(regionId)) {
            out.add(new Region(regionId, AwsRegions.displayName(regionId)));
        }
        if (zoneId != null && !doc.contains(zoneId) && adding.add(zoneId)) {
            out.add(new AvailabilityZone(zoneId, zoneId, regionId == null ? AwsRegions.regionOfZone(zoneId) : regionId));
        }
        return out;
    }

    /**
     * A free place for a box of the given size in a subnet, as near the drop point as the grid allows: not over the
     * header, not over another element drawn there; below everything when the subnet is full (it then grows).
     *
     * @param subnet the subnet's item
     * @param x drop x
     * @param y drop y
     * @param w width
     * @param h height
     * @param top room to keep free under the subnet's top edge
     * @param taken more rectangles to keep off (elements placed by the same drop)
     * @return the bounds
     */
    Bounds slot(RenderItem subnet, double x, double y, double w, double h, double top, List<Bounds> taken) {
        Bounds s = subnet.bounds();
        List<Bounds> obstacles = new ArrayList<>(taken);
        boolean inGroup = top > SUBNET_HEADER;
        for (RenderItem it : model.itemsIn(s)) {
            // nodes and load balancers are in the way; so is an Auto Scaling group's box, unless placing into a group
            boolean node = !it.isContainer() && it.type() != ItemType.EDGE_NODE;
            if (node || it.type() == ItemType.AUTO_SCALING_GROUP && !inGroup) {
                obstacles.add(it.bounds());
            }
        }
        double minX = s.x() + SUBNET_PADDING;
        double maxX = Math.max(minX, s.maxX() - SUBNET_PADDING - w);
        double minY = s.y() + top;
        double wantX = clamp(snap(x - w / 2), minX, maxX);
        double wantY = Math.max(minY, snap(y - h / 2));
        Bounds best = null;
        double bestDistance = Double.MAX_VALUE;
        double stepX = w + GAP;
        double stepY = h + GAP;
        for (double cy = minY; cy <= Math.max(minY, s.maxY() - h - 4); cy += stepY / 2) {
            for (double cx = minX; cx <= maxX; cx += stepX / 2) {
                Bounds c = Bounds.of(cx, cy, w, h);
                if (clear(c, obstacles)) {
                    double d = Math.hypot(cx - wantX, cy - wantY);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = c;
                    }
                }
            }
        }
        Bounds exact = Bounds.of(wantX, wantY, w, h);
        if (clear(exact, obstacles) && exact.maxY() <= s.maxY()) {
            return exact;
        }
        if (best != null) {
            return best;
        }
        double bottom = minY;
        for (Bounds o : obstacles) {
            if (o.intersects(s)) {
                bottom = Math.max(bottom, o.maxY() + GAP);
            }
        }
        return Bounds.of(wantX, bottom, w, h);
    }

    private static boolean clear(Bounds c, List<Bounds> obstacles) {
        Bounds padded = Bounds.of(c.x() - GAP / 2, c.y() - GAP / 2, c.width() + GAP, c.height() + GAP);
        for (Bounds o : obstacles) {
            if (o.intersects(padded)) {
                return false;
            }
        }
        return true;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * A rectangle next to the wanted one that overlaps none of the given ones, moving right.
     */
    static Bounds besides(Bounds want, Predicate<Bounds> taken) {
        Bounds b = want;
        for (int i = 0; i < 64 && taken.test(b); i++) {
            b = b.translate(GAP * 2, 0);
        }
        return b;
    }

    /**
     * @param resources the new resources
     * @param layout where they are drawn (and new zone columns)
     * @param before commands that go first (none, usually)
     * @param after commands that go after the addition (a new column's layout)
     * @param select what to select afterwards
     * @return one command: the addition, then the growth of every container the new elements need
     */
    EditPlan finish(List<Resource> resources, Map<String, Bounds> layout, List<Command> before, List<Command> after,
                    List<String> select) {
        List<Command> all = new ArrayList<>(before);
        if (!resources.isEmpty()) {
            all.add(new AddResources(resources, new LinkedHashMap<>(layout)));
        }
        all.addAll(after);
        Document applied;
        try {
            applied = MovePlanner.apply(doc, all);
        } catch (CommandException e) {
            return EditPlan.refused(e.reason());
        }
        all.addAll(ContainerGrowth.grow(applied, layout.keySet()));
        all.addAll(ContainerGrowth.growGroups(applied, layout.keySet()));
        Command first = resources.isEmpty() ? all.get(0) : new AddResources(resources, layout);
        if (all.size() == 1) {
            return EditPlan.of(all.get(0), select);
        }
        return EditPlan.of(new CompositeCommand(first.description(), all), select);
    }
}
