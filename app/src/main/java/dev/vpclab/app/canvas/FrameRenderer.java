package dev.vpclab.app.canvas;

import dev.vpclab.app.render.DiagramRenderer;
import dev.vpclab.app.render.InteractionState;
import dev.vpclab.app.render.OverlayState;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.app.render.RenderOptions;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import java.util.Locale;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders frames of a diagram into an off-screen canvas of a fixed size, with no window: the entry point for PNG
 * export and for benchmarks ("render one frame of a 2,000-resource diagram"). Use on the JavaFX application thread
 * (see {@link FxToolkit}).
 */
public final class FrameRenderer {

    private final Canvas canvas;
    private final FxFonts fonts = new FxFonts();
    private final IconImages icons = new IconImages();
    private final DiagramRenderer renderer = new DiagramRenderer(fonts);
    private final FxPainter painter;
    private WritableImage image;

    /**
     * @param width frame width in pixels
     * @param height frame height in pixels
     */
    public FrameRenderer(int width, int height) {
        this.canvas = new Canvas(width, height);
        this.painter = new FxPainter(canvas.getGraphicsContext2D(), fonts, icons, 1);
    }

    /**
     * @param doc a document
     * @param locale the language of labels
     * @return its render model (build it once, draw it many times)
     */
    public static RenderModel model(Document doc, Locale locale) {
        return RenderModelBuilder.build(doc, locale);
    }

    /**
     * Draws one frame into the canvas.
     *
     * @param model what to draw
     * @param viewport which part at which zoom (its size should be the canvas's)
     * @param options colours, grid, connectors
     * @param cull the world area whose elements are drawn, or null for the viewport's
     */
    public void draw(RenderModel model, Viewport viewport, RenderOptions options, Bounds cull) {
        renderer.render(painter, model, viewport, cull, options, InteractionState.NONE, OverlayState.EMPTY);
    }

    /**
     * Draws one frame with a selection and an overlay (trace paths, decorations).
     *
     * @param model what to draw
     * @param viewport which part at which zoom
     * @param options colours, grid, connectors
     * @param ui selection and gesture feedback
     * @param overlay paths, marker, decorations
     */
    public void draw(RenderModel model, Viewport viewport, RenderOptions options, InteractionState ui, OverlayState overlay) {
        renderer.render(painter, model, viewport, null, options, ui, overlay);
    }

    /**
     * Draws one frame and reads it back.
     *
     * @param model what to draw
     * @param viewport which part at which zoom
     * @param options colours, grid, connectors
     * @return the pixels
     */
    public WritableImage render(RenderModel model, Viewport viewport, RenderOptions options) {
        draw(model, viewport, options, null);
        return snapshot();
    }

    /** @return the canvas's pixels now */
    public WritableImage snapshot() {
        if (image == null || image.getWidth() != canvas.getWidth() || image.getHeight() != canvas.getHeight()) {
            image = new WritableImage((int) canvas.getWidth(), (int) canvas.getHeight());
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, image);
    }

    /** @return the off-screen canvas */
    public Canvas canvas() {
        return canvas;
    }
}
