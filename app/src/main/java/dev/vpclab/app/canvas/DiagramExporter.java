package dev.vpclab.app.canvas;

import dev.vpclab.app.render.AwtTextMeasurer;
import dev.vpclab.app.render.DiagramRenderer;
import dev.vpclab.app.render.InteractionState;
import dev.vpclab.app.render.OverlayState;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.app.render.RenderOptions;
import dev.vpclab.app.render.SvgPainter;
import dev.vpclab.app.render.Theme;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Exports a whole diagram, fitted with a margin, as a PNG (drawn by the canvas renderer, in tiles, with no window)
 * or as a standalone SVG document (drawn by the same code through {@link SvgPainter}).
 */
public final class DiagramExporter {

    /** Largest side of an exported PNG, in pixels. */
    public static final int MAX_SIDE = 16_384;
    /** Most pixels in an exported PNG (the scale is lowered to stay under it). */
    public static final long MAX_PIXELS = 60_000_000L;
    private static final int TILE = 4096;

    /**
     * The size of a written picture.
     *
     * @param width pixels (PNG) or user units (SVG)
     * @param height pixels or user units
     */
    public record Picture(int width, int height) {
    }

    private DiagramExporter() {
    }

    /**
     * @param model a render model
     * @param o the export options
     * @return the frame that shows all of it with the margin, at the scale (lowered if the picture would be too large)
     */
    public static Viewport frame(RenderModel model, ExportOptions o) {
        Bounds w = model.worldBounds();
        if (w.width() <= 0 || w.height() <= 0) {
            w = Bounds.of(0, 0, 200, 120);
        }
        double worldW = w.width() + 2 * o.margin();
        double worldH = w.height() + 2 * o.margin();
        double scale = o.scale();
        scale = Math.min(scale, MAX_SIDE / worldW);
        scale = Math.min(scale, MAX_SIDE / worldH);
        scale = Math.min(scale, Math.sqrt(MAX_PIXELS / (worldW * worldH)));
        return new Viewport(w.x() - o.margin(), w.y() - o.margin(), scale, Math.ceil(worldW * scale), Math.ceil(worldH * scale));
    }

    private static RenderOptions options(ExportOptions o) {
        return new RenderOptions(Theme.of(o.dark()), o.grid(), o.connectors());
    }

    /**
     * @param doc a document
     * @param o export options
     * @return the diagram as a standalone SVG document
     */
    public static String svg(Document doc, ExportOptions o) {
        RenderModel model = RenderModelBuilder.build(doc, o.locale());
        Viewport frame = frame(model, o);
        SvgPainter painter = new SvgPainter();
        new DiagramRenderer(new AwtTextMeasurer()).render(painter, model, frame, model.worldBounds(), options(o),
                InteractionState.NONE, OverlayState.EMPTY);
        return painter.toSvg();
    }

    /**
     * @param doc a document
     * @param file the .svg file to write
     * @param o export options
     * @return its size
     * @throws IOException if it cannot be written
     */
    public static Picture exportSvg(Document doc, Path file, ExportOptions o) throws IOException {
        String svg = svg(doc, o);
        Files.writeString(file, svg, StandardCharsets.UTF_8);
        Viewport frame = frame(RenderModelBuilder.build(doc, o.locale()), o);
        return new Picture((int) frame.width(), (int) frame.height());
    }

    /**
     * Draws the diagram into an image; needs a started JavaFX toolkit (any thread; the drawing runs on the FX thread).
     *
     * @param doc a document
     * @param o export options
     * @return the picture
     * @throws IOException if drawing fails
     */
    public static BufferedImage image(Document doc, ExportOptions o) throws IOException {
        RenderModel model = RenderModelBuilder.build(doc, o.locale());
        Viewport frame = frame(model, o);
        int width = (int) frame.width();
        int height = (int) frame.height();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        RenderOptions options = options(o);
        try {
            FxToolkit.call(() -> {
                FrameRenderer renderer = null;
                for (int ty = 0; ty < height; ty += TILE) {
                    for (int tx = 0; tx < width; tx += TILE) {
                        int tw = Math.min(TILE, width - tx);
                        int th = Math.min(TILE, height - ty);
                        if (renderer == null || renderer.canvas().getWidth() != tw || renderer.canvas().getHeight() != th) {
                            renderer = new FrameRenderer(tw, th);
                        }
                        Viewport tile = new Viewport(frame.x() + tx / frame.zoom(), frame.y() + ty / frame.zoom(), frame.zoom(), tw, th);
                        renderer.draw(model, tile, options, model.worldBounds());
                        WritableImage img = renderer.snapshot();
                        int[] argb = new int[tw * th];
                        img.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), argb, 0, tw);
                        out.setRGB(tx, ty, tw, th, argb, 0, tw);
                    }
                }
                return null;
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not draw the diagram: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * @param doc a document
     * @param file the .png file to write
     * @param o export options
     * @return its size
     * @throws IOException if it cannot be drawn or written
     */
    public static Picture exportPng(Document doc, Path file, ExportOptions o) throws IOException {
        BufferedImage img = image(doc, o);
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
        return new Picture(img.getWidth(), img.getHeight());
    }
}
