package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import java.util.Arrays;

/**
 * Draws a connector as orthogonal segments: leaves the first element on the side facing the second and enters
 * the second on the side facing the first, straight when the two line up, else with one or two bends. Lines never
 * attach below a node (its name and address are there) or to the right of an edge gateway (its label is there).
 */
final class ConnectorRouter {

    private static final double STUB = 14;
    private static final double SIDE_OFFSET = 10;
    private static final double INSET = 8;
    private static final double VERTICAL_PREFERENCE = 40;
    /** How much longer than the direct way a detour around other boxes may be. */
    private static final double DETOUR = 2;

    private enum Side {
        TOP(0, -1), BOTTOM(0, 1), LEFT(-1, 0), RIGHT(1, 0);

        final int dx;
        final int dy;

        Side(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }

        boolean vertical() {
            return dx == 0;
        }
    }

    private ConnectorRouter() {
    }

    /**
     * @param c the connector
     * @param from its start element
     * @param to its end element
     * @return the routed connector, or null when one element lies inside the other
     */
    static RoutedConnector route(Connector c, RenderItem from, RenderItem to) {
        return route(c, from, to, pts -> 0);
    }

    /**
     * @param c the connector
     * @param from its start element
     * @param to its end element
     * @param cost how much a path runs over other elements (0 = keeps off all); the cheapest candidate, first in
     *     order of preference, is taken
     * @return the routed connector, or null when one element lies inside the other
     */
    static RoutedConnector route(Connector c, RenderItem from, RenderItem to, java.util.function.ToIntFunction<double[]> cost) {
        return route(c, from, to, cost, pts -> false);
    }

    /**
     * @param c the connector
     * @param from its start element
     * @param to its end element
     * @param cost how much a path runs over other elements (0 = keeps off all); the cheapest candidate, first in
     *     order of preference, is taken
     * @param throughBoxes whether a path runs through the inside of other boxes (a subnet between a subnet and its
     *     gateway): then a way round them is tried as well
     * @return the routed connector, or null when one element lies inside the other
     */
    static RoutedConnector route(Connector c, RenderItem from, RenderItem to, java.util.function.ToIntFunction<double[]> cost,
                                 java.util.function.Predicate<double[]> throughBoxes) {
        Bounds a = ItemGeometry.port(from);
        Bounds b = ItemGeometry.port(to);
        if (a.contains(b) || b.contains(a)) {
            return null;
        }
        double vGap = Math.max(b.y() - a.maxY(), a.y() - b.maxY());
        double hGap = Math.max(b.x() - a.maxX(), a.x() - b.maxX());
        // load balancers fan out right below themselves; routes gather right before their target
        double bias = c.kind() == dev.vpclab.app.canvas.ConnectorKind.LOAD_BALANCER ? 0
                : c.kind() == dev.vpclab.app.canvas.ConnectorKind.ROUTE ? 1 : 0.5;
        java.util.List<Side[]> candidates;
        // AWS diagrams read top to bottom: go vertically whenever the two are clearly above one another
        if (vGap >= VERTICAL_PREFERENCE || vGap >= INSET && vGap >= hGap || hGap < INSET && vGap > 0) {
            candidates = vertical(from, to, a, b);
        } else if (hGap > 0) {
            candidates = horizontal(from, to, a, b);
        } else {
            double[] straight = {a.x() + a.width() / 2, a.y() + a.height() / 2, b.x() + b.width() / 2, b.y() + b.height() / 2};
            return finish(c, straight);
        }
        double[] best = null;
        int bestCost = Integer.MAX_VALUE;
        double[] biases = bias == 0.5 ? new double[] {0.5, 0, 1} : new double[] {bias, 0.5, 1 - bias};
        for (Side[] pair : candidates) {
            for (double k : biases) {
                double[] pts = simplify(connect(a, pair[0], b, pair[1], k));
                int price = cost.applyAsInt(pts);
                if (price == 0) {
                    return finish(c, pts);
                }
                if (price < bestCost) {
                    bestCost = price;
                    best = pts;
                }
            }
        }
        boolean up = b.y() + b.height() / 2 < a.y() + a.height() / 2;
        if (up && from.type() == ItemType.SUBNET && best != null && throughBoxes.test(best)) {
            // a box under other boxes (stacked subnets routing to a gateway above): leave by a side and go up
            // alongside them rather than through their headers and contents, unless that is a long way round
            double limit = DETOUR * length(best);
            boolean round = false;
            for (Side exit : new Side[] {Side.RIGHT, Side.LEFT}) {
                double[] pts = simplify(connect(a, exit, b, Side.TOP, bias));
                int price = cost.applyAsInt(pts);
                if ((round ? price < bestCost : price <= bestCost) && length(pts) <= limit && !throughBoxes.test(pts)) {
                    bestCost = price;
                    best = pts;
                    round = true;
                }
            }
        }
        return finish(c, best);
    }

    private static double length(double[] pts) {
        double sum = 0;
        for (int i = 0; i + 3 < pts.length; i += 2) {
            sum += Math.abs(pts[i + 2] - pts[i]) + Math.abs(pts[i + 3] - pts[i + 1]);
        }
        return sum;
    }

    /** Exit side and entry direction pairs for elements above one another, the usual one first. */
    private static java.util.List<Side[]> vertical(RenderItem from, RenderItem to, Bounds a, Bounds b) {
        boolean down = b.y() + b.height() / 2 > a.y() + a.height() / 2;
        Side exit = down ? (ItemGeometry.bottomOpen(from) ? Side.BOTTOM : toward(from, a, b)) : Side.TOP;
        java.util.List<Side[]> out = new java.util.ArrayList<>();
        // entry is the direction of travel when arriving: down into b's top, up into its bottom, sideways into a side
        if (down) {
            out.add(new Side[] {exit, Side.BOTTOM});
            out.add(new Side[] {exit, Side.RIGHT});
            out.add(new Side[] {exit, Side.LEFT});
        } else if (ItemGeometry.bottomOpen(to)) {
            out.add(new Side[] {exit, Side.TOP});
            out.add(new Side[] {exit, Side.BOTTOM});
        } else {
            Side side = opposite(toward(to, b, a));
            out.add(new Side[] {exit, side});
            out.add(new Side[] {exit, Side.BOTTOM});
            out.add(new Side[] {exit, opposite(side)});
        }
        return out;
    }

    /** Exit side and entry direction pairs for elements side by side, the usual one first. */
    private static java.util.List<Side[]> horizontal(RenderItem from, RenderItem to, Bounds a, Bounds b) {
        boolean right = b.x() + b.width() / 2 > a.x() + a.width() / 2;
        boolean bBelow = b.y() + b.height() / 2 > a.y() + a.height() / 2;
        Side exit = right ? (ItemGeometry.rightOpen(from) ? Side.RIGHT : (bBelow && ItemGeometry.bottomOpen(from) ? Side.BOTTOM : Side.TOP))
                : Side.LEFT;
        java.util.List<Side[]> out = new java.util.ArrayList<>();
        if (right) {
            out.add(new Side[] {exit, Side.RIGHT});
        } else if (ItemGeometry.rightOpen(to)) {
            out.add(new Side[] {exit, Side.LEFT});
        }
        out.add(new Side[] {exit, Side.BOTTOM});
        if (ItemGeometry.bottomOpen(to)) {
            out.add(new Side[] {exit, Side.TOP});
        }
        return out;
    }

    /** The side of {@code self} facing {@code other} horizontally, where a connector may attach. */
    private static Side toward(RenderItem item, Bounds self, Bounds other) {
        boolean right = other.x() + other.width() / 2 >= self.x() + self.width() / 2;
        return right && ItemGeometry.rightOpen(item) ? Side.RIGHT : Side.LEFT;
    }

    private static double[] connect(Bounds a, Side exit, Bounds b, Side entry, double bias) {
        // Straight when both sides face each other and the boxes overlap along them.
        if (exit.vertical() && entry.vertical()) {
            double lo = Math.max(a.x(), b.x()) + INSET / 2;
            double hi = Math.min(a.maxX(), b.maxX()) - INSET / 2;
            if (hi >= lo) {
                double x = pick(b.x() + b.width() / 2, a.x() + a.width() / 2, lo, hi);
                return new double[] {x, edge(a, exit), x, edge(b, opposite(entry))};
            }
        } else if (!exit.vertical() && !entry.vertical()) {
            double lo = Math.max(a.y(), b.y()) + INSET / 2;
            double hi = Math.min(a.maxY(), b.maxY()) - INSET / 2;
            if (hi >= lo) {
                double y = pick(b.y() + b.height() / 2, a.y() + a.height() / 2, lo, hi);
                return new double[] {edge(a, exit), y, edge(b, opposite(entry)), y};
            }
        }
        double[] q = entryPoint(b, entry, a);
        double[] p = exitPoint(a, exit, entry, q);
        return bends(p, exit, q, entry, bias);
    }

    private static double pick(double preferred, double second, double lo, double hi) {
        if (preferred >= lo && preferred <= hi) {
            return preferred;
        }
        if (second >= lo && second <= hi) {
            return second;
        }
        return (lo + hi) / 2;
    }

    private static Side opposite(Side s) {
        switch (s) {
            case TOP: return Side.BOTTOM;
            case BOTTOM: return Side.TOP;
            case LEFT: return Side.RIGHT;
            default: return Side.LEFT;
        }
    }

    /** The coordinate of a box's side: y for top/bottom, x for left/right. */
    private static double edge(Bounds r, Side s) {
        switch (s) {
            case TOP: return r.y();
            case BOTTOM: return r.maxY();
            case LEFT: return r.x();
            default: return r.maxX();
        }
    }

    /** Where the line enters b: the middle of the side for small boxes, the point nearest a for wide ones. */
    private static double[] entryPoint(Bounds b, Side entry, Bounds a) {
        Side side = opposite(entry);
        if (side.vertical()) {
            double x = b.width() <= 64 ? b.x() + b.width() / 2 : clamp(a.x() + a.width() / 2, b.x() + INSET, b.maxX() - INSET);
            return new double[] {x, edge(b, side)};
        }
        double y = b.height() <= 64 ? b.y() + b.height() / 2 : clamp(a.y() + a.height() / 2, b.y() + INSET, b.maxY() - INSET);
        return new double[] {edge(b, side), y};
    }

    private static double[] exitPoint(Bounds a, Side exit, Side entry, double[] q) {
        if (exit.vertical()) {
            double want = entry.vertical() ? q[0] : q[0] - entry.dx * SIDE_OFFSET;
            double x = a.width() <= 64 ? a.x() + a.width() / 2 : clamp(want, a.x() + INSET, a.maxX() - INSET);
            return new double[] {x, edge(a, exit)};
        }
        double want = !entry.vertical() ? q[1] : q[1] - entry.dy * SIDE_OFFSET;
        double y = a.height() <= 64 ? a.y() + a.height() / 2 : clamp(want, a.y() + INSET, a.maxY() - INSET);
        return new double[] {edge(a, exit), y};
    }

    private static double clamp(double v, double lo, double hi) {
        return hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }

    /** Orthogonal segments from p (leaving along exit) to q (arriving along entry). */
    private static double[] bends(double[] p, Side exit, double[] q, Side entry, double bias) {
        double px = p[0];
        double py = p[1];
        double qx = q[0];
        double qy = q[1];
        if (exit.vertical() && entry.vertical()) {
            if (ahead(qy - py, exit.dy) && ahead(qy - py, entry.dy)) {
                double mid = between(py, qy, bias);
                return new double[] {px, py, px, mid, qx, mid, qx, qy};
            }
            double p1 = py + exit.dy * STUB;
            double q1 = qy - entry.dy * STUB;
            double midX = (px + qx) / 2;
            return new double[] {px, py, px, p1, midX, p1, midX, q1, qx, q1, qx, qy};
        }
        if (!exit.vertical() && !entry.vertical()) {
            if (ahead(qx - px, exit.dx) && ahead(qx - px, entry.dx)) {
                double mid = between(px, qx, bias);
                return new double[] {px, py, mid, py, mid, qy, qx, qy};
            }
            double p1 = px + exit.dx * STUB;
            double q1 = qx - entry.dx * STUB;
            double midY = (py + qy) / 2;
            return new double[] {px, py, p1, py, p1, midY, q1, midY, q1, qy, qx, qy};
        }
        if (exit.vertical()) {
            if (ahead(qy - py, exit.dy) && ahead(qx - px, entry.dx)) {
                return new double[] {px, py, px, qy, qx, qy};
            }
            double p1 = py + exit.dy * STUB;
            double q1 = qx - entry.dx * STUB;
            return new double[] {px, py, px, p1, q1, p1, q1, qy, qx, qy};
        }
        if (ahead(qx - px, exit.dx) && ahead(qy - py, entry.dy)) {
            return new double[] {px, py, qx, py, qx, qy};
        }
        double p1 = px + exit.dx * STUB;
        double q1 = qy - entry.dy * STUB;
        return new double[] {px, py, p1, py, p1, q1, qx, q1, qx, qy};
    }

    /** Where the cross segment between two parallel legs goes: next to the start (0), the middle (0.5) or the end (1). */
    private static double between(double from, double to, double bias) {
        double half = (to - from) / 2;
        double near = Math.signum(to - from) * Math.min(Math.abs(half), 2 * STUB);
        if (bias <= 0) {
            return from + near;
        }
        return bias >= 1 ? to - near : from + half;
    }

    private static boolean ahead(double delta, int direction) {
        return direction == 0 || delta * direction > 0;
    }

    /** Drops repeated points and the middle of three points on one line. */
    static double[] simplify(double[] pts) {
        double[] out = new double[pts.length];
        int n = 0;
        for (int i = 0; i < pts.length; i += 2) {
            double x = pts[i];
            double y = pts[i + 1];
            if (n >= 2 && Math.abs(out[n - 2] - x) < 1e-6 && Math.abs(out[n - 1] - y) < 1e-6) {
                continue;
            }
            if (n >= 4) {
                double ax = out[n - 4];
                double ay = out[n - 3];
                double bx = out[n - 2];
                double by = out[n - 1];
                boolean collinear = Math.abs(ax - bx) < 1e-6 && Math.abs(bx - x) < 1e-6
                        || Math.abs(ay - by) < 1e-6 && Math.abs(by - y) < 1e-6;
                if (collinear) {
                    n -= 2;
                }
            }
            out[n++] = x;
            out[n++] = y;
        }
        if (n < 4) {
            return Arrays.copyOf(pts, 4);
        }
        return Arrays.copyOf(out, n);
    }

    private static RoutedConnector finish(Connector c, double[] pts) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double best = -1;
        double lx = pts[0];
        double ly = pts[1];
        for (int i = 0; i < pts.length; i += 2) {
            minX = Math.min(minX, pts[i]);
            maxX = Math.max(maxX, pts[i]);
            minY = Math.min(minY, pts[i + 1]);
            maxY = Math.max(maxY, pts[i + 1]);
            if (i + 3 < pts.length) {
                double len = Math.hypot(pts[i + 2] - pts[i], pts[i + 3] - pts[i + 1]);
                if (len > best) {
                    best = len;
                    lx = (pts[i] + pts[i + 2]) / 2;
                    ly = (pts[i + 1] + pts[i + 3]) / 2;
                }
            }
        }
        return new RoutedConnector(c, pts, lx, ly, Bounds.of(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY)));
    }
}
