package dev.vpclab.app.canvas;

import dev.vpclab.app.render.Colour;
import dev.vpclab.app.render.LineStyle;
import dev.vpclab.app.render.Painter;
import dev.vpclab.app.render.TextStyle;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.icons.Icons;
import dev.vpclab.model.document.Bounds;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/** A {@link Painter} on a JavaFX canvas: the screen, and PNG export through a snapshot. */
public final class FxPainter implements Painter {

    private final GraphicsContext gc;
    private final FxFonts fonts;
    private final IconImages icons;
    private final double outputScale;
    private final Map<Colour, Color> colours = new HashMap<>();
    private WritableImage gridImage;
    private int[] gridPixels;
    private String gridKey;
    private Viewport viewport;

    /**
     * @param gc the canvas's graphics context
     * @param fonts fonts (shared, so that measuring and drawing agree)
     * @param icons icon images (shared cache)
     * @param outputScale device pixels per screen pixel (2 on a HiDPI screen)
     */
    public FxPainter(GraphicsContext gc, FxFonts fonts, IconImages icons, double outputScale) {
        this.gc = gc;
        this.fonts = fonts;
        this.icons = icons;
        this.outputScale = outputScale;
    }

    private Color fx(Colour c) {
        return colours.computeIfAbsent(c, k -> Color.rgb(k.red(), k.green(), k.blue(), k.alpha()));
    }

    @Override
    public void begin(Viewport v, Colour background) {
        this.viewport = v;
        gc.setTransform(new Affine());
        gc.setGlobalAlpha(1);
        if (background == null) {
            gc.clearRect(0, 0, v.width(), v.height());
        } else {
            gc.setFill(fx(background));
            gc.fillRect(0, 0, v.width(), v.height());
        }
        double z = v.zoom();
        gc.setTransform(z, 0, 0, z, -v.x() * z, -v.y() * z);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void end() {
        gc.setTransform(new Affine());
    }

    private boolean stroke(LineStyle s) {
        if (s == null) {
            return false;
        }
        gc.setStroke(fx(s.colour()));
        gc.setLineWidth(s.width());
        if (s.isDashed()) {
            gc.setLineDashes(s.dash(), s.gap());
        } else {
            gc.setLineDashes((double[]) null);
        }
        return true;
    }

    @Override
    public void rect(double x, double y, double w, double h, double radius, Colour fill, LineStyle stroke) {
        if (fill != null) {
            gc.setFill(fx(fill));
            if (radius > 0) {
                gc.fillRoundRect(x, y, w, h, radius * 2, radius * 2);
            } else {
                gc.fillRect(x, y, w, h);
            }
        }
        if (stroke(stroke)) {
            if (radius > 0) {
                gc.strokeRoundRect(x, y, w, h, radius * 2, radius * 2);
            } else {
                gc.strokeRect(x, y, w, h);
            }
        }
    }

    @Override
    public void polyline(double[] points, LineStyle style) {
        int n = points.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        if (stroke(style)) {
            gc.strokePolyline(xs, ys, n);
        }
    }

    @Override
    public void polygon(double[] points, Colour fill, LineStyle style) {
        int n = points.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        if (fill != null) {
            gc.setFill(fx(fill));
            gc.fillPolygon(xs, ys, n);
        }
        if (stroke(style)) {
            gc.strokePolygon(xs, ys, n);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, Colour fill, LineStyle style) {
        if (fill != null) {
            gc.setFill(fx(fill));
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        if (stroke(style)) {
            gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        // drawn untransformed at the zoomed size: crisp glyphs from the glyph cache instead of scaled outlines
        double z = viewport.zoom();
        TextStyle scaled = new TextStyle(Math.round(style.size() * z * 4) / 4.0, style.bold(), style.mono(), style.colour(), style.align());
        gc.setFont(fonts.font(scaled, text));
        gc.setFill(fx(style.colour()));
        gc.setTextAlign(style.align() == TextStyle.Align.CENTER ? TextAlignment.CENTER
                : style.align() == TextStyle.Align.RIGHT ? TextAlignment.RIGHT : TextAlignment.LEFT);
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.fillText(text, (x - viewport.x()) * z, (baseline - viewport.y()) * z);
        gc.setTransform(z, 0, 0, z, -viewport.x() * z, -viewport.y() * z);
    }

    @Override
    public void icon(String kind, double x, double y, double size, double opacity) {
        double z = viewport.zoom();
        double pixels = size * z;
        if (pixels < 2) {
            return;
        }
        // an image of exactly the on-screen size, drawn untransformed at a whole pixel: a plain copy, no resampling
        int px = (int) Math.round(pixels);
        gc.setGlobalAlpha(opacity);
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.drawImage(icons.exact(kind, px, outputScale), Math.round((x - viewport.x()) * z), Math.round((y - viewport.y()) * z), px, px);
        gc.setTransform(z, 0, 0, z, -viewport.x() * z, -viewport.y() * z);
        gc.setGlobalAlpha(1);
    }

    @Override
    public void tintedIcon(String kind, double x, double y, double size, Colour tile) {
        gc.save();
        gc.translate(x, y);
        gc.scale(size / 24, size / 24);
        gc.setFill(fx(tile));
        gc.fillRoundRect(0, 0, 24, 24, 8, 8);
        gc.beginPath();
        gc.appendSVGPath(Icons.svgPath(kind));
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5);
        gc.setLineDashes((double[]) null);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.stroke();
        gc.restore();
    }

    @Override
    public void dotGrid(Bounds area, double spacing, double radius, Colour colour) {
        // dots written straight into a frame-sized image at whole pixels, then copied: far cheaper than a resampled pattern
        int w = (int) Math.ceil(viewport.width());
        int h = (int) Math.ceil(viewport.height());
        if (w < 1 || h < 1) {
            return;
        }
        String key = spacing + "/" + viewport.x() + "/" + viewport.y() + "/" + viewport.zoom() + "/" + w + "x" + h + "/" + colour;
        if (!key.equals(gridKey)) {
            if (gridImage == null || gridImage.getWidth() != w || gridImage.getHeight() != h) {
                gridImage = new WritableImage(w, h);
                gridPixels = new int[w * h];
            }
            java.util.Arrays.fill(gridPixels, 0);
            double z = viewport.zoom();
            double step = spacing * z;
            double sx0 = (Math.floor(viewport.x() / spacing) * spacing - viewport.x()) * z;
            double sy0 = (Math.floor(viewport.y() / spacing) * spacing - viewport.y()) * z;
            int argb = (int) Math.round(colour.alpha() * 255) << 24 | colour.red() << 16 | colour.green() << 8 | colour.blue();
            for (double sy = sy0; sy < h; sy += step) {
                int iy = (int) Math.round(sy);
                for (double sx = sx0; sx < w; sx += step) {
                    int ix = (int) Math.round(sx);
                    for (int dy = -1; dy <= 0; dy++) {
                        for (int dx = -1; dx <= 0; dx++) {
                            int x = ix + dx;
                            int y = iy + dy;
                            if (x >= 0 && y >= 0 && x < w && y < h) {
                                gridPixels[y * w + x] = argb;
                            }
                        }
                    }
                }
            }
            gridImage.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), gridPixels, 0, w);
            gridKey = key;
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.drawImage(gridImage, 0, 0);
        double z = viewport.zoom();
        gc.setTransform(z, 0, 0, z, -viewport.x() * z, -viewport.y() * z);
    }

    @Override
    public void hatch(Bounds area, double spacing, LineStyle style) {
        gc.save();
        gc.beginPath();
        gc.rect(area.x(), area.y(), area.width(), area.height());
        gc.clip();
        stroke(style);
        for (double d = -area.height(); d < area.width(); d += spacing) {
            gc.strokeLine(area.x() + d, area.maxY(), area.x() + d + area.height(), area.y());
        }
        gc.restore();
    }

    @Override
    public void beginGroup(String key, String type, String title) {
        // a canvas has no structure
    }

    @Override
    public void endGroup() {
        // a canvas has no structure
    }
}
