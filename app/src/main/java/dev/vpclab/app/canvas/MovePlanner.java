package dev.vpclab.app.canvas;

import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.app.render.ItemType;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.CommandException;
import dev.vpclab.model.command.CompositeCommand;
import dev.vpclab.model.command.EditLayout;
import dev.vpclab.model.command.MoveElements;
import dev.vpclab.model.command.Reparent;
import dev.vpclab.model.command.ResizeElement;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a drag of the selection, or of a container's resize handle, into one command: the move (everything inside
 * a container moves with it), a {@link Reparent} where an instance, NAT gateway or interface lands in another
 * subnet or a subnet in another zone column, and the growth of the containers that must now hold more. Moves AWS
 * does not allow (an instance out of every subnet, a VPC into another Region) are refused with a message.
 */
public final class MovePlanner {

    private MovePlanner() {
    }

    /**
     * @param doc the document
     * @param model its render model
     * @param selection the selected element keys
     * @param dx distance right (already snapped)
     * @param dy distance down
     * @return the plan
     */
    public static EditPlan move(Document doc, RenderModel model, Collection<String> selection, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return EditPlan.NONE;
        }
        List<RenderItem> roots = roots(model, selection);
        if (roots.isEmpty()) {
            return EditPlan.NONE;
        }
        List<Command> parts = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        Set<String> moved = new LinkedHashSet<>();
        for (RenderItem it : roots) {
            Bounds nb = it.bounds().translate(dx, dy);
            Object where = target(doc, model, it, nb);
            if (where instanceof Message m) {
                return EditPlan.refused(m);
            }
            if (where instanceof String container) {
                parts.add(new Reparent(it.key(), container, nb));
            } else {
                plain.add(it.key());
            }
            moved.add(it.key());
        }
        if (!plain.isEmpty()) {
            parts.add(new MoveElements(plain, dx, dy));
        }
        Set<String> expected = model.withDescendants(moved);
        Map<String, Bounds> want = new HashMap<>();
        for (String k : expected) {
            want.put(k, model.item(k).bounds().translate(dx, dy));
        }
        return finish(doc, model, parts, want, moved, parts.size() == 1 && parts.get(0) instanceof MoveElements
                ? parts.get(0).description() : Message.of("command.moveElements", roots.get(0).key()), List.copyOf(selection));
    }

    /**
     * @param doc the document
     * @param model its render model
     * @param key a container (or load balancer) key
     * @param bounds the bounds the handle drag asks for
     * @return the plan: the resize (never smaller than what the box holds) and the growth of its containers
     */
    public static EditPlan resize(Document doc, RenderModel model, String key, Bounds bounds) {
        RenderItem it = model.item(key);
        if (it == null) {
            return EditPlan.NONE;
        }
        Bounds content = null;
        for (String child : model.childrenOf(key)) {
            RenderItem c = model.item(child);
            if (c != null && c.type() != ItemType.EDGE_NODE) {
                content = content == null ? c.bounds() : content.union(c.bounds());
            }
        }
        double minW = 96;
        double minH = 56;
        double x = bounds.x();
        double y = bounds.y();
        double maxX = Math.max(bounds.maxX(), x + minW);
        double maxY = Math.max(bounds.maxY(), y + minH);
        if (content != null) {
            x = Math.min(x, content.x() - 4);
            y = Math.min(y, content.y() - 24);
            maxX = Math.max(maxX, content.maxX() + 4);
            maxY = Math.max(maxY, content.maxY() + 4);
        }
        Bounds nb = new Bounds(x, y, maxX - x, maxY - y, it.bounds().collapsed());
        if (nb.equals(it.bounds())) {
            return EditPlan.NONE;
        }
        return finish(doc, model, List.of(new ResizeElement(key, nb)), Map.of(key, nb), Set.of(key),
                Message.of("command.resizeElement", key), List.of(key));
    }

    /** The selected elements that are not inside another selected element. */
    static List<RenderItem> roots(RenderModel model, Collection<String> selection) {
        Set<String> sel = new LinkedHashSet<>(selection);
        List<RenderItem> out = new ArrayList<>();
        for (String k : sel) {
            RenderItem it = model.item(k);
            if (it != null && model.ancestorsOf(k).stream().noneMatch(sel::contains)) {
                out.add(it);
            }
        }
        return out;
    }

    /**
     * Where an element dropped at nb belongs: null to stay in its container, a container key to move into, or a
     * refusal message.
     */
    private static Object target(Document doc, RenderModel model, RenderItem it, Bounds nb) {
        String current = it.containerKey();
        if (current == null) {
            return null;
        }
        RenderItem holder = model.item(current);
        double cx = nb.x() + nb.width() / 2;
        double cy = nb.y() + nb.height() / 2;
        if (it.type() == ItemType.EDGE_NODE) {
            return holder != null && holder.bounds().intersects(nb) ? null : refuse(it, "vpc", null);
        }
        ItemType kind = holder == null ? null : holder.type();
        Set<String> own = model.withDescendants(List.of(it.key()));
        RenderItem under = model.hitTest(cx, cy, c -> c.type() == kind && !own.contains(c.key()));
        if (under != null && under.key().equals(current)) {
            return null;
        }
        String noun = kind == ItemType.SUBNET ? "subnet" : kind == ItemType.AZ_COLUMN ? "column"
                : kind == ItemType.VPC ? "vpc" : "region";
        if (under == null) {
            return refuse(it, noun, null);
        }
        Resource r = doc.get(it.key());
        boolean movable = r instanceof Instance || r instanceof NatGateway
                || r instanceof NetworkInterface e && e.instanceId() == null || it.type() == ItemType.SUBNET;
        if (movable) {
            return under.key();
        }
        String why = r instanceof DbInstance || ElementKeys.standbyOf(doc, it.key()) != null ? "canvas.move.dbSubnet"
                : it.type() == ItemType.VPC ? "canvas.move.vpcRegion" : "canvas.move.fixed";
        return refuse(it, noun, why);
    }

    private static Message refuse(RenderItem it, String container, String why) {
        String name = it.line(0).isEmpty() ? it.key() : it.line(0);
        return Message.of(why == null ? "canvas.move.outside." + container : why, name);
    }

    /**
     * Completes the parts into one command: puts back what the model's own moves carry that the canvas does not
     * draw inside (and draws what had no stored position where the canvas showed it), then grows the containers.
     */
    private static EditPlan finish(Document doc, RenderModel model, List<Command> parts, Map<String, Bounds> want,
                                   Set<String> moved, Message description, List<String> select) {
        List<Command> all = new ArrayList<>(parts);
        Document after;
        try {
            after = apply(doc, all);
        } catch (CommandException e) {
            return EditPlan.refused(e.reason());
        }
        List<EditLayout.Placement> fix = new ArrayList<>();
        for (Map.Entry<String, Bounds> w : want.entrySet()) {
            if (!w.getValue().equals(after.layout().get(w.getKey()))) {
                fix.add(new EditLayout.Placement(w.getKey(), w.getValue()));
            }
        }
        for (String k : after.layout().keys()) {
            Bounds before = doc.layout().get(k);
            if (!want.containsKey(k) && before != null && !before.equals(after.layout().get(k))
                    && !(after.layout().get(k) != null && isResizeTarget(parts, k))) {
                fix.add(new EditLayout.Placement(k, before));
            }
        }
        if (!fix.isEmpty()) {
            all.add(new EditLayout(fix));
            after = apply(doc, all);
        }
        List<Command> grow = new ArrayList<>(ContainerGrowth.grow(after, moved));
        grow.addAll(ContainerGrowth.growGroups(after, model.withDescendants(moved)));
        all.addAll(grow);
        if (all.size() == 1) {
            return EditPlan.of(all.get(0), select);
        }
        return EditPlan.of(new CompositeCommand(description, all), select);
    }

    private static boolean isResizeTarget(List<Command> parts, String key) {
        return parts.stream().anyMatch(c -> c instanceof ResizeElement r && r.key().equals(key));
    }

    static Document apply(Document doc, List<Command> commands) {
        Document d = doc;
        for (Command c : commands) {
            d = c.apply(d).document();
        }
        return d;
    }
}
