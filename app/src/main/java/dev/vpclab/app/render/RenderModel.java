package dev.vpclab.app.render;

import dev.vpclab.app.canvas.ConnectorKind;
import dev.vpclab.model.document.Bounds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the canvas draws for one document revision: the items in drawing order, the routed connectors, and a
 * spatial index over both for culling and hit testing. Immutable and toolkit-free; a drag preview is a new model
 * with some items moved ({@link #withBounds}).
 */
public final class RenderModel {

    private static final double CELL = 256;

    private final List<RenderItem> items;
    private final Map<String, RenderItem> byKey = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<Connector> connectors;
    private final List<RoutedConnector> routed = new ArrayList<>();
    private final SpatialIndex itemIndex;
    private final SpatialIndex connectorIndex;
    private final Bounds world;

    /**
     * @param items the items; they are sorted by {@link RenderItem#z()}
     * @param connectors the connectors between them
     */
    public RenderModel(Collection<RenderItem> items, List<Connector> connectors) {
        List<RenderItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(RenderItem::z));
        this.items = List.copyOf(sorted);
        this.connectors = List.copyOf(connectors);
        Bounds[] rects = new Bounds[sorted.size()];
        Bounds all = null;
        for (int i = 0; i < rects.length; i++) {
            RenderItem it = sorted.get(i);
            rects[i] = it.bounds();
            byKey.put(it.key(), it);
            all = all == null ? it.bounds() : all.union(it.bounds());
            if (it.containerKey() != null) {
                children.computeIfAbsent(it.containerKey(), k -> new ArrayList<>()).add(it.key());
            }
        }
        this.itemIndex = new SpatialIndex(rects, CELL);
        for (Connector c : connectors) {
            RenderItem a = byKey.get(c.from());
            RenderItem b = byKey.get(c.to());
            if (a != null && b != null) {
                RoutedConnector r = ConnectorRouter.route(c, a, b, pts -> cost(pts, a, b), pts -> throughSubnet(pts, a, b));
                if (r != null) {
                    routed.add(r);
                    all = all == null ? r.bounds() : all.union(r.bounds());
                }
            }
        }
        Bounds[] lines = new Bounds[routed.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = routed.get(i).bounds();
        }
        this.connectorIndex = new SpatialIndex(lines, CELL);
        this.world = all == null ? Bounds.of(0, 0, 0, 0) : all;
    }

    /**
     * How badly a path runs over other elements: 0 when it keeps off everything, 1 for each container header it
     * crosses (where names are written), 100 for each node or load balancer other than its two ends.
     */
    private int cost(double[] pts, RenderItem from, RenderItem to) {
        int cost = 0;
        for (int i = 0; i + 3 < pts.length; i += 2) {
            Bounds seg = segment(pts, i, 0.5);
            for (int k : itemIndex.query(seg)) {
                RenderItem it = items.get(k);
                if (it == from || it == to) {
                    continue;
                }
                if (!it.isContainer()) {
                    cost += 100;
                } else {
                    Bounds header = header(it);
                    if (header != null && header.intersects(seg) && !it.key().equals(from.containerKey())
                            && !it.key().equals(to.containerKey())) {
                        cost++;
                    }
                }
            }
        }
        return cost;
    }

    /** Whether a path runs through the inside of a subnet other than its ends and the subnet holding its end. */
    private boolean throughSubnet(double[] pts, RenderItem from, RenderItem to) {
        for (int i = 0; i + 3 < pts.length; i += 2) {
            Bounds seg = segment(pts, i, 0);
            for (int k : itemIndex.query(seg)) {
                RenderItem it = items.get(k);
                if (it.type() == ItemType.SUBNET && it != from && it != to && !it.key().equals(to.containerKey())
                        && inside(seg, it.bounds())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The box around the segment from point i/2 to the next, widened by pad on every side. */
    private static Bounds segment(double[] pts, int i, double pad) {
        double x0 = Math.min(pts[i], pts[i + 2]);
        double y0 = Math.min(pts[i + 1], pts[i + 3]);
        return Bounds.of(x0 - pad, y0 - pad, Math.abs(pts[i + 2] - pts[i]) + 2 * pad, Math.abs(pts[i + 3] - pts[i + 1]) + 2 * pad);
    }

    /** True if a segment crosses the inside of a box (not just runs along or touches its border). */
    private static boolean inside(Bounds seg, Bounds box) {
        double x0 = Math.max(seg.x(), box.x() + 1);
        double x1 = Math.min(seg.maxX(), box.maxX() - 1);
        double y0 = Math.max(seg.y(), box.y() + 1);
        double y1 = Math.min(seg.maxY(), box.maxY() - 1);
        return x0 <= x1 && y0 <= y1 && (x1 - x0 > 4 || y1 - y0 > 4);
    }

    /** Where a container writes its name: the band along its top edge (the left part of it for the big boxes). */
    private static Bounds header(RenderItem it) {
        Bounds b = it.bounds();
        switch (it.type()) {
            case SUBNET: return Bounds.of(b.x(), b.y(), b.width(), 26);
            case AUTO_SCALING_GROUP: return Bounds.of(b.x(), b.y(), Math.min(b.width(), 300), 24);
            case AZ_COLUMN: return Bounds.of(b.x(), b.y(), Math.min(b.width(), 96), 28);
            case VPC: return Bounds.of(b.x(), b.y(), Math.min(b.width(), 240), 30);
            case REGION: return Bounds.of(b.x(), b.y(), Math.min(b.width(), 300), 30);
            default: return null;
        }
    }

    /** @return an empty model */
    public static RenderModel empty() {
        return new RenderModel(List.of(), List.of());
    }

    /** @return every item in drawing order */
    public List<RenderItem> items() {
        return items;
    }

    /** @param key an element key @return its item, or null */
    public RenderItem item(String key) {
        return byKey.get(key);
    }

    /** @return the connectors as derived */
    public List<Connector> connectors() {
        return connectors;
    }

    /** @return the connectors with their paths */
    public List<RoutedConnector> routedConnectors() {
        return routed;
    }

    /** @return the box around everything drawn (zero size when nothing is) */
    public Bounds worldBounds() {
        return world;
    }

    /**
     * @param area a world rectangle (the viewport)
     * @return the items overlapping it, in drawing order
     */
    public List<RenderItem> itemsIn(Bounds area) {
        int[] hits = itemIndex.query(area);
        List<RenderItem> out = new ArrayList<>(hits.length);
        for (int i : hits) {
            out.add(items.get(i));
        }
        return out;
    }

    /**
     * @param area a world rectangle
     * @param visible which kinds are shown
     * @return the routed connectors whose path box overlaps it
     */
    public List<RoutedConnector> connectorsIn(Bounds area, Set<ConnectorKind> visible) {
        int[] hits = connectorIndex.query(area);
        List<RoutedConnector> out = new ArrayList<>(hits.length);
        for (int i : hits) {
            RoutedConnector r = routed.get(i);
            if (visible.contains(r.connector().kind())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * @param x world x
     * @param y world y
     * @return the topmost item at the point, or null
     */
    public RenderItem hitTest(double x, double y) {
        return hitTest(x, y, it -> true);
    }

    /**
     * @param x world x
     * @param y world y
     * @param accept which items count
     * @return the topmost accepted item at the point, or null
     */
    public RenderItem hitTest(double x, double y, Predicate<RenderItem> accept) {
        int[] hits = itemIndex.at(x, y);
        for (int k = hits.length - 1; k >= 0; k--) {
            RenderItem it = items.get(hits[k]);
            if (accept.test(it)) {
                return it;
            }
        }
        return null;
    }

    /**
     * @param key an element key
     * @return the keys of the items drawn directly inside it
     */
    public List<String> childrenOf(String key) {
        return children.getOrDefault(key, List.of());
    }

    /**
     * @param keys element keys
     * @return the keys and everything drawn inside them, transitively
     */
    public Set<String> withDescendants(Collection<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(keys);
        while (!todo.isEmpty()) {
            String k = todo.poll();
            if (out.add(k)) {
                todo.addAll(childrenOf(k));
            }
        }
        return out;
    }

    /**
     * @param key an element key
     * @return its containers, innermost first
     */
    public List<String> ancestorsOf(String key) {
        List<String> out = new ArrayList<>();
        RenderItem it = byKey.get(key);
        while (it != null && it.containerKey() != null && out.size() < 32) {
            out.add(it.containerKey());
            it = byKey.get(it.containerKey());
        }
        return out;
    }

    /**
     * @param changes element key → new bounds
     * @return a model with those items moved or resized and the connectors re-routed (a drag preview)
     */
    public RenderModel withBounds(Map<String, Bounds> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        List<RenderItem> moved = new ArrayList<>(items.size());
        for (RenderItem it : items) {
            Bounds b = changes.get(it.key());
            moved.add(b == null ? it : it.withBounds(b));
        }
        return new RenderModel(moved, connectors);
    }

    /**
     * @param keys element keys (each with everything inside it)
     * @param dx distance right
     * @param dy distance down
     * @return a model with them moved
     */
    public RenderModel withMoved(Collection<String> keys, double dx, double dy) {
        Map<String, Bounds> changes = new HashMap<>();
        for (String k : withDescendants(keys)) {
            RenderItem it = byKey.get(k);
            if (it != null) {
                changes.put(k, it.bounds().translate(dx, dy));
            }
        }
        return withBounds(changes);
    }
}
