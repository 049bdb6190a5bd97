package dev.vpclab.app.render;

import dev.vpclab.app.canvas.ConnectorKind;
import dev.vpclab.model.document.Bounds;

/**
 * Draws connectors: orthogonal lines in the colour of their kind (routes grey, load balancing and peering
 * purple, replication blue and dashed, security-group references red and dotted), an arrowhead where they are
 * directed, and their label in a small pill at the middle of the longest segment where it covers no other text.
 */
final class ConnectorPainter {

    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 4;

    private ConnectorPainter() {
    }

    static LineStyle style(Frame f, ConnectorKind kind) {
        Theme t = f.theme;
        switch (kind) {
            case LOAD_BALANCER: return LineStyle.solid(t.lbLine(), f.lw(1.4));
            case PEERING: return LineStyle.dashed(t.peeringLine(), f.lw(1.6), 7, 4);
            case REPLICATION: return LineStyle.dashed(t.replicationLine(), f.lw(1.5), 4, 3);
            case SECURITY_GROUP: return LineStyle.dashed(t.securityGroupLine(), f.lw(1.3), 2, 3);
            default: return LineStyle.solid(t.routeLine(), f.lw(1.3));
        }
    }

    static void paintLine(Frame f, RoutedConnector c) {
        LineStyle s = style(f, c.connector().kind());
        double[] pts = c.points();
        boolean arrow = c.connector().directed() && f.lod != LevelOfDetail.OUTLINE;
        if (arrow) {
            pts = pts.clone();
            int n = pts.length;
            double a = c.endAngle();
            // stop the line at the arrowhead's base so that its end does not poke through the tip
            pts[n - 2] -= Math.cos(a) * ARROW_LENGTH * 0.8;
            pts[n - 1] -= Math.sin(a) * ARROW_LENGTH * 0.8;
        }
        f.p.polyline(pts, s);
        if (arrow) {
            int n = c.points().length;
            arrowhead(f, c.points()[n - 2], c.points()[n - 1], c.endAngle(), s.colour(), 1);
        }
    }

    static void arrowhead(Frame f, double x, double y, double angle, Colour colour, double scale) {
        double len = ARROW_LENGTH * scale;
        double half = ARROW_HALF_WIDTH * scale;
        double bx = x - Math.cos(angle) * len;
        double by = y - Math.sin(angle) * len;
        double nx = -Math.sin(angle) * half;
        double ny = Math.cos(angle) * half;
        f.p.polygon(new double[] {x, y, bx + nx, by + ny, bx - nx, by - ny}, colour, null);
    }

    static void paintLabel(Frame f, RoutedConnector c) {
        String label = c.connector().label();
        if (label.isEmpty() || !f.lod.text()) {
            return;
        }
        // many subnets routing the same block to the same target: say it once
        if (!f.firstLabel(c.connector().kind() + "\u0000" + c.connector().to() + "\u0000" + label)) {
            return;
        }
        TextStyle s = f.smallMono().aligned(TextStyle.Align.CENTER);
        String text = f.elider.elide(label, 140, s);
        double w = f.width(text, s) + 12;
        double h = 17;
        double[] pts = c.points();
        // the middle of the longest segment first, then the middles of the other segments
        double[][] spots = new double[pts.length / 2][];
        spots[0] = new double[] {c.labelX(), c.labelY()};
        int k = 1;
        for (int i = 0; i + 3 < pts.length && k < spots.length; i += 2) {
            double mx = (pts[i] + pts[i + 2]) / 2;
            double my = (pts[i + 1] + pts[i + 3]) / 2;
            if (mx != c.labelX() || my != c.labelY()) {
                spots[k++] = new double[] {mx, my};
            }
        }
        for (int i = 0; i < k; i++) {
            Bounds box = Bounds.of(spots[i][0] - w / 2, spots[i][1] - h / 2, w, h);
            if (f.free(box)) {
                Colour border = style(f, c.connector().kind()).colour().withAlpha(0.55);
                ContainerPainter.pill(f, box.x(), box.y(), w, h, f.theme.labelFill(), border);
                f.p.text(text, spots[i][0], spots[i][1] + 3.8, s);
                return;
            }
        }
    }
}
