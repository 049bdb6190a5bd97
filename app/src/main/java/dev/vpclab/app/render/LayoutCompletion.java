package dev.vpclab.app.render;

import static dev.vpclab.model.layout.LayoutMetrics.ASG_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.GAP;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_PADDING;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.layout.AutoLayout;
import dev.vpclab.model.resource.Instance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives drawn elements without a position one: the automatic layout of the whole document is computed once, and
 * each missing element is taken from it, shifted by the offset between its nearest placed container's automatic
 * and actual positions; a missing element whose own container is placed takes a free slot in it, and when the
 * container is full (Auto Scaling launched more instances than the subnet was drawn for) the container grows and
 * what lies below it moves down, so nothing overlaps. Placed elements otherwise stay where they are.
 */
public final class LayoutCompletion {

    private static final double SIDE_GAP = 96;

    private LayoutCompletion() {
    }

    /**
     * @param doc a document
     * @param drawn the element keys it draws
     * @return bounds for every drawn key that has or can get a position (the document's own where it has one)
     */
    public static Map<String, Bounds> complete(Document doc, Collection<String> drawn) {
        Map<String, Bounds> out = new HashMap<>();
        Layout layout = doc.layout();
        boolean missing = false;
        for (String key : drawn) {
            Bounds b = layout.get(key);
            if (b != null) {
                out.put(key, b);
            } else {
                missing = true;
            }
        }
        if (!missing) {
            return out;
        }
        Layout auto = AutoLayout.layout(doc);
        double right = Double.NEGATIVE_INFINITY;
        double autoLeft = Double.POSITIVE_INFINITY;
        for (Bounds b : out.values()) {
            right = Math.max(right, b.maxX());
        }
        for (String key : drawn) {
            if (!out.containsKey(key) && auto.get(key) != null && placedAncestor(doc, key, layout) == null) {
                autoLeft = Math.min(autoLeft, auto.get(key).x());
            }
        }
        double rootShift = out.isEmpty() || autoLeft == Double.POSITIVE_INFINITY ? 0 : right + SIDE_GAP - autoLeft;
        List<String> pending = new ArrayList<>();
        for (String key : drawn) {
            if (!out.containsKey(key) && auto.get(key) != null) {
                pending.add(key);
            }
        }
        Collections.sort(pending);
        for (String key : pending) {
            Bounds b = auto.get(key);
            String anchor = placedAncestor(doc, key, layout);
            if (anchor != null && anchor.equals(ElementKeys.containerOf(doc, key))) {
                Bounds box = out.get(anchor);
                Bounds slot = freeSlot(doc, anchor, box, b, out);
                if (slot == null) {
                    slot = belowTheLast(doc, anchor, box, b, out);
                    double bottom = slot.maxY() + SUBNET_PADDING + (groupOf(doc, key) != null ? ASG_PADDING : 0);
                    if (bottom > box.maxY()) {
                        makeRoom(doc, out, anchor, box.maxY(), bottom - box.maxY());
                    }
                }
                out.put(key, slot);
                widenGroup(doc, key, slot, out);
            } else if (anchor != null && auto.get(anchor) != null) {
                Bounds actual = out.get(anchor);
                Bounds planned = auto.get(anchor);
                out.put(key, b.translate(actual.x() - planned.x(), actual.y() - planned.y()));
            } else {
                out.put(key, b.translate(rootShift, 0));
            }
        }
        return out;
    }

    /**
     * The first grid slot inside a placed container that no element already drawn in it takes: new instances
     * (launched by a simulation, pasted by hand into a file) go into their subnet beside the others instead of
     * where a fresh layout would have put them. Null when the container has no room.
     */
    private static Bounds freeSlot(Document doc, String container, Bounds box, Bounds size, Map<String, Bounds> placed) {
        double step = GAP;
        double left = box.x() + SUBNET_PADDING;
        double top = box.y() + SUBNET_HEADER;
        List<Bounds> siblings = siblings(doc, container, placed);
        for (double y = top; y + size.height() <= box.maxY(); y += step) {
            for (double x = left; x + size.width() <= box.maxX(); x += step) {
                Bounds candidate = Bounds.of(x, y, size.width(), size.height());
                if (siblings.stream().noneMatch(candidate::intersects)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * A full container: a new row under its lowest element, starting where that row starts (the container grows
     * to hold it, see {@link #makeRoom}).
     */
    private static Bounds belowTheLast(Document doc, String container, Bounds box, Bounds size, Map<String, Bounds> placed) {
        double bottom = box.y() + SUBNET_HEADER - GAP;
        double left = box.x() + SUBNET_PADDING;
        boolean first = true;
        for (Bounds b : siblings(doc, container, placed)) {
            if (box.contains(b)) {
                bottom = Math.max(bottom, b.maxY());
                left = first ? b.x() : Math.min(left, b.x());
                first = false;
            }
        }
        return Bounds.of(left, bottom + GAP, size.width(), size.height());
    }

    private static List<Bounds> siblings(Document doc, String container, Map<String, Bounds> placed) {
        List<Bounds> out = new ArrayList<>();
        for (Map.Entry<String, Bounds> e : placed.entrySet()) {
            if (container.equals(ElementKeys.containerOf(doc, e.getKey()))) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /**
     * Makes a container {@code dy} taller at its bottom edge {@code cut}: it and the containers around it grow;
     * what lies below the cut within the outermost of them moves down; what spans the cut there (the subnets of
     * the same tier in the other zones, their zone columns) grows with it, so tiers stay aligned.
     */
    private static void makeRoom(Document doc, Map<String, Bounds> out, String container, double cut, double dy) {
        Set<String> around = new HashSet<>();
        String root = container;
        for (String c = container; c != null && around.size() < 32; c = ElementKeys.containerOf(doc, c)) {
            if (out.containsKey(c)) {
                around.add(c);
                root = c;
            }
        }
        Bounds scope = out.get(root);
        for (Map.Entry<String, Bounds> e : out.entrySet()) {
            Bounds b = e.getValue();
            if (around.contains(e.getKey())) {
                e.setValue(Bounds.of(b.x(), b.y(), b.width(), b.height() + dy));
            } else if (b.maxX() <= scope.x() || b.x() >= scope.maxX()) {
                continue;
            } else if (b.y() >= cut - 0.5) {
                e.setValue(b.translate(0, dy));
            } else if (b.maxY() >= cut - 0.5) {
                e.setValue(Bounds.of(b.x(), b.y(), b.width(), b.height() + dy));
            }
        }
    }

    /** An Auto Scaling group's box takes in an instance placed for it. */
    private static void widenGroup(Document doc, String key, Bounds placed, Map<String, Bounds> out) {
        String group = groupOf(doc, key);
        Bounds box = group == null ? null : out.get(group);
        if (box != null) {
            double maxY = Math.max(box.maxY(), placed.maxY() + ASG_PADDING);
            out.put(group, Bounds.of(box.x(), box.y(), box.width(), maxY - box.y()));
        }
    }

    private static String groupOf(Document doc, String key) {
        return doc.get(key) instanceof Instance i ? i.autoScalingGroupId() : null;
    }

    private static String placedAncestor(Document doc, String key, Layout layout) {
        String c = ElementKeys.containerOf(doc, key);
        int guard = 0;
        while (c != null && guard++ < 32) {
            if (layout.get(c) != null) {
                return c;
            }
            c = ElementKeys.containerOf(doc, c);
        }
        return null;
    }
}
