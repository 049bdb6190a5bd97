package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.layout.AutoLayout;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives drawn elements without a position one, without moving placed ones: the automatic layout of the whole
 * document is computed once, and each missing element is taken from it, shifted by the offset between its
 * nearest placed container's automatic and actual positions (so that a new instance lands in its subnet where
 * the subnet really is).
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
        for (String key : drawn) {
            if (out.containsKey(key) || auto.get(key) == null) {
                continue;
            }
            Bounds b = auto.get(key);
            String anchor = placedAncestor(doc, key, layout);
            Bounds slot = anchor != null && anchor.equals(ElementKeys.containerOf(doc, key))
                    ? freeSlot(doc, anchor, layout.get(anchor), b, out) : null;
            if (slot != null) {
                out.put(key, slot);
            } else if (anchor != null && auto.get(anchor) != null) {
                Bounds actual = layout.get(anchor);
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
        double step = dev.vpclab.model.layout.LayoutMetrics.GAP;
        double left = box.x() + dev.vpclab.model.layout.LayoutMetrics.SUBNET_PADDING;
        double top = box.y() + dev.vpclab.model.layout.LayoutMetrics.SUBNET_HEADER;
        java.util.List<Bounds> siblings = new java.util.ArrayList<>();
        for (Map.Entry<String, Bounds> e : placed.entrySet()) {
            if (container.equals(ElementKeys.containerOf(doc, e.getKey()))) {
                siblings.add(e.getValue());
            }
        }
        for (double y = top; y + size.height() <= box.maxY(); y += step) {
            for (double x = left; x + size.width() <= box.maxX(); x += step) {
                Bounds candidate = Bounds.of(x, y, size.width(), size.height());
                if (siblings.stream().noneMatch(candidate::intersects)) {
                    return candidate;
                }
            }
        }
        // A full container: fan the newcomer out over the last sibling like a stack of cards, inside the box.
        Bounds last = null;
        for (Bounds b : siblings) {
            if (box.contains(b) && (last == null || b.y() > last.y() || b.y() == last.y() && b.x() > last.x())) {
                last = b;
            }
        }
        if (last == null) {
            return null;
        }
        double x = Math.min(last.x() + 14, box.maxX() - size.width());
        double y = Math.min(last.y() + 10, box.maxY() - size.height());
        return Bounds.of(x, y, size.width(), size.height());
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
