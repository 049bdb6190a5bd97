package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws what lies over the diagram: trace paths (thick forward, dashed return, red into the hop that dropped
 * the packet, on the return path when the reply was dropped) trimmed to the elements' icons, the packet envelope along the forward path, the selection in blue
 * with resize handles, the rubber band, and the element a palette item is dragged over.
 */
final class OverlayPainter {

    /** Side of a resize handle, in screen pixels. */
    static final double HANDLE = 8;

    private OverlayPainter() {
    }

    static void paths(Frame f, RenderModel model, OverlayState o) {
        Theme t = f.theme;
        Colour fwd = o.pathColour() != null ? o.pathColour() : t.pathForward();
        Colour ret = o.returnColour() != null ? o.returnColour() : t.pathReturn();
        List<RenderItem> forward = resolve(model, o.path());
        List<RenderItem> back = resolve(model, o.returnPath());
        double width = Math.max(3.5, f.px(2.5));
        // a reply dropped at an element the request passed through: the request's way there stays green
        boolean droppedOnReturn = o.droppedAt() != null && o.returnPath().contains(o.droppedAt());
        for (int i = 0; i + 1 < back.size(); i++) {
            boolean dropped = back.get(i + 1).key().equals(o.droppedAt());
            Colour c = dropped ? t.pathDropped() : ret;
            // beside the forward path, not on it, so that both show where they share a hop
            segment(f, back.get(i), back.get(i + 1), LineStyle.dashed(c, Math.max(2.5, f.px(2)), 8, 5), c, 6);
        }
        for (int i = 0; i + 1 < forward.size(); i++) {
            boolean dropped = !droppedOnReturn && forward.get(i + 1).key().equals(o.droppedAt());
            Colour c = dropped ? t.pathDropped() : fwd;
            segment(f, forward.get(i), forward.get(i + 1), LineStyle.solid(c, width), c, 0);
        }
        RenderItem drop = o.droppedAt() == null ? null : model.item(o.droppedAt());
        if (drop != null) {
            double[] c = ItemGeometry.centre(drop);
            Bounds port = ItemGeometry.port(drop);
            double cx = drop.type().container() || drop.type() == ItemType.LOAD_BALANCER ? c[0] : port.maxX();
            double cy = drop.type().container() || drop.type() == ItemType.LOAD_BALANCER ? c[1] : port.y();
            f.p.circle(cx, cy, 9, t.pathDropped(), LineStyle.solid(t.background(), 2));
            LineStyle x = LineStyle.solid(Colour.hex("#FFFFFF"), 2);
            f.p.polyline(new double[] {cx - 4, cy - 4, cx + 4, cy + 4}, x);
            f.p.polyline(new double[] {cx - 4, cy + 4, cx + 4, cy - 4}, x);
        }
        if (!Double.isNaN(o.marker()) && forward.size() >= 2) {
            marker(f, forward, Math.max(0, Math.min(1, o.marker())), fwd);
        }
    }

    private static List<RenderItem> resolve(RenderModel model, List<String> keys) {
        List<RenderItem> out = new ArrayList<>();
        for (String k : keys) {
            RenderItem it = model.item(k);
            if (it != null && (out.isEmpty() || !out.get(out.size() - 1).key().equals(k))) {
                out.add(it);
            }
        }
        return out;
    }

    /** A straight line between two elements' centres, cut where it leaves the first's icon and enters the second's. */
    private static void segment(Frame f, RenderItem a, RenderItem b, LineStyle style, Colour arrow, double offset) {
        double[] p = ItemGeometry.centre(a);
        double[] q = ItemGeometry.centre(b);
        double[] from = trim(p, q, ItemGeometry.port(a), a.type().container());
        double[] to = trim(q, p, ItemGeometry.port(b), b.type().container());
        double len = Math.hypot(to[0] - from[0], to[1] - from[1]);
        if (len < 4) {
            return;
        }
        if (offset != 0) {
            double nx = -(to[1] - from[1]) / len * offset;
            double ny = (to[0] - from[0]) / len * offset;
            from = new double[] {from[0] + nx, from[1] + ny};
            to = new double[] {to[0] + nx, to[1] + ny};
        }
        f.p.polyline(new double[] {from[0], from[1], to[0], to[1]}, style);
        ConnectorPainter.arrowhead(f, to[0], to[1], Math.atan2(to[1] - from[1], to[0] - from[0]), arrow, 1.3);
    }

    /** The point where the ray from p (inside r) towards q leaves r; boxes that hold others are not cut. */
    static double[] trim(double[] p, double[] q, Bounds r, boolean container) {
        if (container) {
            return p;
        }
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double t = 1;
        if (dx != 0) {
            t = Math.min(t, Math.abs((dx > 0 ? r.maxX() - p[0] : r.x() - p[0]) / dx));
        }
        if (dy != 0) {
            t = Math.min(t, Math.abs((dy > 0 ? r.maxY() - p[1] : r.y() - p[1]) / dy));
        }
        double pad = 3;
        double len = Math.hypot(dx, dy);
        double extra = len == 0 ? 0 : pad / len;
        t = Math.min(1, t + extra);
        return new double[] {p[0] + dx * t, p[1] + dy * t};
    }

    /** The packet: an envelope at a fraction of the forward path's length. */
    private static void marker(Frame f, List<RenderItem> path, double at, Colour colour) {
        double total = 0;
        double[] lengths = new double[path.size() - 1];
        for (int i = 0; i + 1 < path.size(); i++) {
            double[] a = ItemGeometry.centre(path.get(i));
            double[] b = ItemGeometry.centre(path.get(i + 1));
            lengths[i] = Math.hypot(b[0] - a[0], b[1] - a[1]);
            total += lengths[i];
        }
        double want = total * at;
        double x = ItemGeometry.centre(path.get(0))[0];
        double y = ItemGeometry.centre(path.get(0))[1];
        for (int i = 0; i < lengths.length; i++) {
            double[] a = ItemGeometry.centre(path.get(i));
            double[] b = ItemGeometry.centre(path.get(i + 1));
            if (want <= lengths[i] || i == lengths.length - 1) {
                double t = lengths[i] == 0 ? 0 : Math.min(1, want / lengths[i]);
                x = a[0] + (b[0] - a[0]) * t;
                y = a[1] + (b[1] - a[1]) * t;
                break;
            }
            want -= lengths[i];
        }
        double w = 22;
        double h = 15;
        f.p.rect(x - w / 2, y - h / 2, w, h, 2, Colour.hex("#FFFFFF"), LineStyle.solid(colour, 1.8));
        f.p.polyline(new double[] {x - w / 2 + 2, y - h / 2 + 2, x, y + 1.5, x + w / 2 - 2, y - h / 2 + 2}, LineStyle.solid(colour, 1.5));
    }

    static void selection(Frame f, RenderModel model, InteractionState s) {
        Theme t = f.theme;
        RenderItem lone = s.selection().size() == 1 ? model.item(s.selection().iterator().next()) : null;
        for (String key : s.selection()) {
            RenderItem it = model.item(key);
            if (it == null || !it.bounds().intersects(f.area)) {
                continue;
            }
            Bounds b = outline(f, it);
            f.p.rect(b.x(), b.y(), b.width(), b.height(), it.type() == ItemType.NODE || it.type() == ItemType.LOAD_BALANCER
                    || it.type() == ItemType.EDGE_NODE ? f.px(6) : 0, t.selection().withAlpha(it.isContainer() ? 0.04 : 0.08),
                    LineStyle.solid(t.selection(), f.px(2)));
        }
        if (lone != null && (lone.isContainer() || lone.type() == ItemType.LOAD_BALANCER)) {
            for (double[] h : handles(lone.bounds())) {
                double size = f.px(HANDLE);
                f.p.rect(h[0] - size / 2, h[1] - size / 2, size, size, 0, Colour.hex("#FFFFFF"), LineStyle.solid(t.selection(), f.px(1.5)));
            }
        }
        if (s.rubberBand() != null) {
            Bounds r = s.rubberBand();
            f.p.rect(r.x(), r.y(), r.width(), r.height(), 0, t.selection().withAlpha(0.08),
                    LineStyle.dashed(t.selection(), f.px(1), f.px(4), f.px(3)));
        }
        if (s.dropTarget() != null) {
            RenderItem it = model.item(s.dropTarget());
            if (it != null) {
                Colour c = s.dropAllowed() ? t.pathForward() : t.pathDropped();
                Bounds b = it.bounds();
                f.p.rect(b.x(), b.y(), b.width(), b.height(), 0, c.withAlpha(0.07), LineStyle.solid(c, f.px(2.5)));
            }
        }
    }

    private static Bounds outline(Frame f, RenderItem it) {
        Bounds b = it.type() == ItemType.EDGE_NODE ? ItemGeometry.icon(it) : it.bounds();
        double m = it.isContainer() ? 0 : f.px(3);
        return Bounds.of(b.x() - m, b.y() - m, b.width() + 2 * m, b.height() + 2 * m);
    }

    /**
     * @param b a box
     * @return its eight resize handles: corners and edge middles, clockwise from the top-left corner
     */
    static double[][] handles(Bounds b) {
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        return new double[][] {{b.x(), b.y()}, {cx, b.y()}, {b.maxX(), b.y()}, {b.maxX(), cy}, {b.maxX(), b.maxY()},
            {cx, b.maxY()}, {b.x(), b.maxY()}, {b.x(), cy}};
    }
}
