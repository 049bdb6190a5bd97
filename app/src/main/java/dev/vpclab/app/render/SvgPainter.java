package dev.vpclab.app.render;

import dev.vpclab.icons.Icons;
import dev.vpclab.model.document.Bounds;
import java.util.Locale;

/**
 * A {@link Painter} that writes a standalone SVG document: one group per element (carrying its key), icons as
 * nested SVG elements from {@link Icons#svg(String, double, double, double)}, text in the platform's sans-serif
 * and monospaced fonts.
 */
public final class SvgPainter implements Painter {

    /** The font families written into the document, most specific first. */
    public static final String SANS = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK KR', 'DejaVu Sans', sans-serif";
    /** The monospaced families. */
    public static final String MONO = "ui-monospace, 'SF Mono', Consolas, 'DejaVu Sans Mono', monospace";

    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final StringBuilder defs = new StringBuilder();
    private Viewport viewport;
    private Colour background;
    private int patterns;

    @Override
    public void begin(Viewport v, Colour bg) {
        this.viewport = v;
        if (bg != null) {
            this.background = bg;
        }
    }

    @Override
    public void end() {
        // the document is closed by toSvg()
    }

    /** @return the SVG document drawn so far */
    public String toSvg() {
        if (viewport == null) {
            throw new IllegalStateException("nothing drawn yet");
        }
        StringBuilder sb = new StringBuilder(body.length() + defs.length() + 1024);
        String w = num(viewport.width());
        String h = num(viewport.height());
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" font-family=\"").append(SANS).append("\">\n");
        if (defs.length() > 0) {
            sb.append("<defs>").append(defs).append("</defs>\n");
        }
        if (background != null) {
            sb.append("<rect width=\"100%\" height=\"100%\"").append(fill(background)).append("/>\n");
        }
        double z = viewport.zoom();
        sb.append("<g transform=\"matrix(").append(num(z)).append(" 0 0 ").append(num(z)).append(' ')
                .append(num(-viewport.x() * z)).append(' ').append(num(-viewport.y() * z)).append(")\">\n");
        sb.append(body);
        sb.append("</g>\n</svg>\n");
        return sb.toString();
    }

    @Override
    public void rect(double x, double y, double w, double h, double radius, Colour fill, LineStyle stroke) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append('"');
        if (radius > 0) {
            body.append(" rx=\"").append(num(radius)).append('"');
        }
        body.append(fill(fill)).append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void polyline(double[] points, LineStyle stroke) {
        body.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"").append(stroke(stroke))
                .append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void polygon(double[] points, Colour fill, LineStyle stroke) {
        body.append("<polygon points=\"").append(points(points)).append('"').append(fill(fill)).append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Colour fill, LineStyle stroke) {
        body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r)).append('"')
                .append(fill(fill)).append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append("\" font-size=\"")
                .append(num(style.size())).append('"');
        if (style.bold()) {
            body.append(" font-weight=\"600\"");
        }
        if (style.mono()) {
            body.append(" font-family=\"").append(MONO).append('"');
        }
        if (style.align() == TextStyle.Align.CENTER) {
            body.append(" text-anchor=\"middle\"");
        } else if (style.align() == TextStyle.Align.RIGHT) {
            body.append(" text-anchor=\"end\"");
        }
        body.append(fill(style.colour())).append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void icon(String kind, double x, double y, double size, double opacity) {
        if (opacity < 1) {
            body.append("<g opacity=\"").append(num(opacity)).append("\">");
        }
        body.append(Icons.svg(kind, x, y, Math.max(8, size)));
        body.append(opacity < 1 ? "</g>\n" : "\n");
    }

    @Override
    public void tintedIcon(String kind, double x, double y, double size, Colour tile) {
        double s = size / 24;
        body.append("<g transform=\"translate(").append(num(x)).append(' ').append(num(y)).append(") scale(").append(num(s))
                .append(")\"><rect width=\"24\" height=\"24\" rx=\"4\"").append(fill(tile)).append("/><path d=\"")
                .append(Icons.svgPath(kind)).append("\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"1.5\" stroke-linecap=\"round\""
                        + " stroke-linejoin=\"round\"/></g>\n");
    }

    @Override
    public void dotGrid(Bounds area, double spacing, double radius, Colour colour) {
        String id = "grid" + (patterns++);
        defs.append("<pattern id=\"").append(id).append("\" width=\"").append(num(spacing)).append("\" height=\"").append(num(spacing))
                .append("\" patternUnits=\"userSpaceOnUse\"><circle cx=\"").append(num(spacing / 2)).append("\" cy=\"")
                .append(num(spacing / 2)).append("\" r=\"").append(num(radius)).append('"').append(fill(colour)).append("/></pattern>");
        body.append("<rect x=\"").append(num(area.x())).append("\" y=\"").append(num(area.y())).append("\" width=\"")
                .append(num(area.width())).append("\" height=\"").append(num(area.height())).append("\" fill=\"url(#").append(id)
                .append(")\"/>\n");
    }

    @Override
    public void hatch(Bounds area, double spacing, LineStyle stroke) {
        String id = "hatch" + (patterns++);
        defs.append("<pattern id=\"").append(id).append("\" width=\"").append(num(spacing)).append("\" height=\"").append(num(spacing))
                .append("\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"")
                .append(num(spacing)).append('"').append(stroke(stroke)).append("/></pattern>");
        body.append("<rect x=\"").append(num(area.x())).append("\" y=\"").append(num(area.y())).append("\" width=\"")
                .append(num(area.width())).append("\" height=\"").append(num(area.height())).append("\" fill=\"url(#").append(id)
                .append(")\"/>\n");
    }

    @Override
    public void beginGroup(String key, String type, String title) {
        body.append("<g data-key=\"").append(escape(key)).append("\" data-type=\"").append(escape(type)).append("\">");
        if (title != null && !title.isEmpty()) {
            body.append("<title>").append(escape(title)).append("</title>");
        }
        body.append('\n');
    }

    @Override
    public void endGroup() {
        body.append("</g>\n");
    }

    private static String fill(Colour c) {
        if (c == null) {
            return " fill=\"none\"";
        }
        return " fill=\"" + c.rgbHex() + "\"" + (c.opaque() ? "" : " fill-opacity=\"" + num(c.alpha()) + "\"");
    }

    private static String stroke(LineStyle s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" stroke=\"").append(s.colour().rgbHex()).append("\" stroke-width=\"")
                .append(num(s.width())).append('"');
        if (!s.colour().opaque()) {
            sb.append(" stroke-opacity=\"").append(num(s.colour().alpha())).append('"');
        }
        if (s.isDashed()) {
            sb.append(" stroke-dasharray=\"").append(num(s.dash())).append(' ').append(num(s.gap())).append('"');
        }
        return sb.toString();
    }

    private static String points(double[] pts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < pts.length; i += 2) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(num(pts[i])).append(',').append(num(pts[i + 1]));
        }
        return sb.toString();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        while (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * @param text any text
     * @return it with the five XML special characters escaped and control characters dropped
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&apos;"); break;
                default:
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }
}
