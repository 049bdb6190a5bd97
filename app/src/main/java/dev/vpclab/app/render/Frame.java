package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import java.util.ArrayList;
import java.util.List;

/**
 * One frame being drawn: the painter, colours, zoom and level of detail, the text styles of the diagram, and the
 * rectangles already taken by text (so that connector labels keep off them).
 */
final class Frame {

    /** Label size of names. */
    static final double TITLE = 12.5;
    /** Label size of container headers. */
    static final double HEADER = 13;
    /** Label size of addresses and CIDR blocks. */
    static final double ADDRESS = 11;
    /** Label size of badges and connector labels. */
    static final double SMALL = 10.5;

    final Painter p;
    final Theme theme;
    final double zoom;
    final LevelOfDetail lod;
    final LabelElider elider;
    final Bounds area;
    private final List<Bounds> taken = new ArrayList<>();
    private RenderModel model;
    private final java.util.Set<String> labels = new java.util.HashSet<>();

    Frame(Painter p, Theme theme, Viewport viewport, LabelElider elider, Bounds cull) {
        this.p = p;
        this.theme = theme;
        this.zoom = viewport.zoom();
        this.lod = LevelOfDetail.of(zoom);
        this.elider = elider;
        Bounds w = cull != null ? cull : viewport.world();
        double m = 12 / zoom;
        this.area = Bounds.of(w.x() - m, w.y() - m, w.width() + 2 * m, w.height() + 2 * m);
    }

    /** @param m the model being drawn (for the colour under a point) */
    void model(RenderModel m) {
        this.model = m;
    }

    /**
     * @param x world x
     * @param y world y
     * @return the colour the diagram has there: a subnet's fill, or the background
     */
    Colour groundAt(double x, double y) {
        RenderItem s = model == null ? null : model.hitTest(x, y, it -> it.type() == ItemType.SUBNET);
        return s == null ? theme.background() : theme.subnetFill(s.publicTier());
    }

    /** @param width a line width at 100 % @return the width to draw, never thinner than one screen pixel */
    double lw(double width) {
        return Math.max(width, 1 / zoom);
    }

    /** @param px screen pixels @return world units */
    double px(double px) {
        return px / zoom;
    }

    TextStyle title() {
        return new TextStyle(TITLE, true, false, theme.text(), TextStyle.Align.LEFT);
    }

    TextStyle header() {
        return new TextStyle(HEADER, true, false, theme.text(), TextStyle.Align.LEFT);
    }

    TextStyle muted() {
        return new TextStyle(12, false, false, theme.textMuted(), TextStyle.Align.LEFT);
    }

    TextStyle address() {
        return new TextStyle(ADDRESS, false, true, theme.textAddress(), TextStyle.Align.LEFT);
    }

    TextStyle small() {
        return new TextStyle(SMALL, false, false, theme.textMuted(), TextStyle.Align.LEFT);
    }

    TextStyle smallMono() {
        return new TextStyle(SMALL, false, true, theme.textMuted(), TextStyle.Align.LEFT);
    }

    /**
     * Writes a line fitted to its room.
     *
     * @return the width used
     */
    double text(String text, double x, double baseline, double room, TextStyle style) {
        return text(text, x, baseline, room, style, null);
    }

    /**
     * Writes a line fitted to its room over a patch of the given colour, so that connector lines passing under it
     * do not run through the letters.
     *
     * @return the width used
     */
    double text(String text, double x, double baseline, double room, TextStyle style, Colour knockout) {
        if (text.isEmpty() || room <= 0) {
            return 0;
        }
        String fitted = elider.elide(text, room, style);
        if (fitted.isEmpty()) {
            return 0;
        }
        double w = elider.width(fitted, style);
        double left = style.align() == TextStyle.Align.LEFT ? x : style.align() == TextStyle.Align.CENTER ? x - w / 2 : x - w;
        if (knockout != null) {
            p.rect(left - 2, baseline - style.size() * 0.82, w + 4, style.size() * 1.12, 2, knockout, null);
        }
        p.text(fitted, x, baseline, style);
        taken.add(Bounds.of(left, baseline - style.size(), w, style.size() * 1.3));
        return w;
    }

    /**
     * @param text a label
     * @param room its room
     * @param style its style
     * @return true if it fits whole
     */
    boolean fits(String text, double room, TextStyle style) {
        return elider.width(text, style) <= room;
    }

    /** @param key a connector label's identity @return true the first time it is asked in this frame */
    boolean firstLabel(String key) {
        return labels.add(key);
    }

    /** @param b a rectangle holding text or an icon that labels should keep off */
    void take(Bounds b) {
        taken.add(b);
    }

    /** @param b a rectangle @return true if no text has been drawn there */
    boolean free(Bounds b) {
        for (Bounds t : taken) {
            if (t.intersects(b)) {
                return false;
            }
        }
        return true;
    }

    double width(String text, TextStyle style) {
        return elider.width(text, style);
    }
}
