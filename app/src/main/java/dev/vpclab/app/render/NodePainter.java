package dev.vpclab.app.render;

import dev.vpclab.icons.Icons;
import dev.vpclab.model.document.Bounds;

/**
 * Draws the elements that are not containers: a node as its icon with name and address centred below, a gateway
 * on a VPC edge as its icon with the label to the right, a load balancer as a rounded box with its icon, name,
 * node addresses, type and zone count. Stopped elements are greyed; at low zoom text goes first, then icons.
 */
final class NodePainter {

    private static final Colour WHITE = Colour.hex("#FFFFFF");
    /** Addresses and blocks, written in the monospaced font; other second lines are not. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[0-9./ +\u00b7]*");
    /** Icons smaller than this on screen are drawn as their coloured tile only. */
    static final double SMALLEST_ICON_PX = 14;

    private NodePainter() {
    }

    static void paint(Frame f, RenderItem it, RenderItem container, NodeDecoration deco) {
        switch (it.type()) {
            case LOAD_BALANCER:
                loadBalancer(f, it, deco);
                break;
            case EDGE_NODE:
                edge(f, it, container, deco);
                break;
            default:
                node(f, it, deco);
                break;
        }
    }

    private static boolean greyed(RenderItem it, NodeDecoration deco) {
        return it.dimmed() || deco != null && deco.state() == NodeDecoration.State.FAILED;
    }

    private static void icon(Frame f, RenderItem it, Bounds icon, NodeDecoration deco) {
        // below 14 px a glyph is unreadable: the tile's colour alone says the kind, and is far cheaper to draw
        if (f.lod == LevelOfDetail.OUTLINE || icon.width() * f.zoom < SMALLEST_ICON_PX) {
            Colour c = deco != null && deco.fill() != null ? deco.fill() : Colour.hex(Icons.category(it.iconKind()));
            f.p.rect(icon.x(), icon.y(), icon.width(), icon.height(), icon.width() / 6, greyed(it, deco) ? c.withAlpha(0.35) : c, null);
            return;
        }
        if (deco != null && deco.fill() != null && deco.state() != NodeDecoration.State.FAILED) {
            f.p.tintedIcon(it.iconKind(), icon.x(), icon.y(), icon.width(), deco.fill().withAlpha(1));
        } else {
            f.p.icon(it.iconKind(), icon.x(), icon.y(), icon.width(), greyed(it, deco) ? 0.35 : 1);
        }
        f.take(icon);
    }

    private static void node(Frame f, RenderItem it, NodeDecoration deco) {
        Bounds b = it.bounds();
        Bounds icon = ItemGeometry.icon(it);
        icon(f, it, icon, deco);
        if (!f.lod.text()) {
            return;
        }
        boolean grey = greyed(it, deco);
        TextStyle name = f.title().aligned(TextStyle.Align.CENTER);
        TextStyle address = f.address().aligned(TextStyle.Align.CENTER);
        if (grey) {
            name = name.coloured(f.theme.textMuted());
            address = address.coloured(f.theme.textMuted());
        }
        double cx = b.x() + b.width() / 2;
        double room = b.width();
        double nameBaseline = icon.maxY() + 15;
        Colour ground = f.groundAt(cx, nameBaseline);
        String title = it.line(0);
        if (!f.fits(title, room, name) && !it.line(2).isEmpty()) {
            title = it.line(2);
        }
        f.text(title, cx, nameBaseline, room, name, ground);
        // a failed node says so in its pill and keeps its address; a loaded one shows its load instead of the address
        String second = deco != null && deco.badge() != null && deco.state() != NodeDecoration.State.FAILED ? deco.badge() : it.line(1);
        if (nameBaseline + 14 <= b.maxY() + 2) {
            TextStyle style = ADDRESS.matcher(second).matches() ? address
                    : new TextStyle(Frame.SMALL, false, false, address.colour(), TextStyle.Align.CENTER);
            f.text(second, cx, nameBaseline + 14, room, style, ground);
        }
        String state = deco != null && deco.state() == NodeDecoration.State.FAILED ? deco.badge() : it.badge(Badge.Kind.STATE);
        if (grey && state != null) {
            statePill(f, state, icon.x() + icon.width() / 2, icon.y() + icon.height() / 2);
        }
    }

    /** A grey pill in the middle of a greyed icon saying why ("stopped", "failed"). */
    private static void statePill(Frame f, String text, double cx, double cy) {
        TextStyle s = new TextStyle(Frame.SMALL, true, false, WHITE, TextStyle.Align.CENTER);
        String fitted = f.elider.elide(text, 80, s);
        double w = f.width(fitted, s) + 14;
        f.p.rect(cx - w / 2, cy - 9, w, 18, 9, f.theme.textMuted(), null);
        f.p.text(fitted, cx, cy + 4, s);
    }

    private static void edge(Frame f, RenderItem it, RenderItem container, NodeDecoration deco) {
        Bounds b = it.bounds();
        Bounds icon = ItemGeometry.icon(it);
        icon(f, it, icon, deco);
        if (!f.lod.text()) {
            return;
        }
        double cy = b.y() + b.height() / 2;
        double baseline;
        if (container == null) {
            baseline = cy + 4;
        } else {
            Bounds c = container.bounds();
            boolean bottom = Math.abs(cy - c.maxY()) < Math.abs(cy - c.y());
            boolean onEdge = Math.abs(cy - c.y()) < b.height() / 2 || Math.abs(cy - c.maxY()) < b.height() / 2;
            baseline = !onEdge ? cy + 4 : bottom ? cy - 7 : cy + 15;
        }
        double x = icon.maxX() + 8;
        double room = b.maxX() - x;
        TextStyle name = f.title();
        if (greyed(it, deco)) {
            name = name.coloured(f.theme.textMuted());
        }
        Colour ground = f.groundAt(x, baseline - 4);
        double used = f.text(it.line(0), x, baseline, room, name, ground);
        String second = deco != null && deco.badge() != null ? deco.badge() : it.line(1);
        // the kind is shown only whole: the icon already says it
        if (used > 0 && f.fits(second, room - used - 8, f.small())) {
            f.text(second, x + used + 8, baseline, room - used - 8, f.small(), ground);
        }
    }

    private static void loadBalancer(Frame f, RenderItem it, NodeDecoration deco) {
        Bounds b = it.bounds();
        Theme t = f.theme;
        boolean plain = f.lod == LevelOfDetail.OUTLINE;
        boolean grey = greyed(it, deco);
        Colour fill = deco != null && deco.fill() != null ? t.lbFill().mix(deco.fill(), 0.35) : t.lbFill();
        f.p.rect(b.x(), b.y(), b.width(), b.height(), plain ? 0 : 8, grey ? fill.withAlpha(0.5) : fill,
                LineStyle.solid(grey ? t.textMuted() : t.lbBorder(), f.lw(1.5)));
        if (plain) {
            return;
        }
        Bounds icon = ItemGeometry.icon(it);
        icon(f, it, icon, deco);
        if (!f.lod.text()) {
            return;
        }
        TextStyle tag = new TextStyle(Frame.SMALL, true, false, grey ? t.textMuted() : t.lbBorder(), TextStyle.Align.LEFT);
        String type = it.badge(Badge.Kind.TYPE);
        String count = it.badge(Badge.Kind.COUNT);
        double half = (b.width() - icon.width()) / 2 - 14;
        if (type != null) {
            f.text(type, b.x() + 10, b.y() + 17, half, tag);
        }
        if (count != null) {
            f.text(count, b.maxX() - 10, b.y() + 17, half, tag.aligned(TextStyle.Align.RIGHT));
        }
        double cx = b.x() + b.width() / 2;
        TextStyle name = f.title().aligned(TextStyle.Align.CENTER);
        TextStyle address = f.address().aligned(TextStyle.Align.CENTER);
        if (grey) {
            name = name.coloured(t.textMuted());
            address = address.coloured(t.textMuted());
        }
        double baseline = icon.maxY() + 15;
        f.text(it.line(0), cx, baseline, b.width() - 16, name);
        String second = deco != null && deco.badge() != null ? deco.badge() : it.line(1);
        if (baseline + 14 <= b.maxY()) {
            f.text(second, cx, baseline + 14, b.width() - 16, address);
        }
    }
}
