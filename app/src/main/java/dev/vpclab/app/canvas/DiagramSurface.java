package dev.vpclab.app.canvas;

import dev.vpclab.app.render.DiagramRenderer;
import dev.vpclab.app.render.InteractionState;
import dev.vpclab.app.render.OverlayState;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderOptions;
import dev.vpclab.app.render.Viewport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * The drawing surface: two viewport-sized canvases (the diagram, and over it the overlay of paths, selection and
 * gesture feedback) that are redrawn at most once per pulse and only when something they show changed.
 */
final class DiagramSurface extends Pane {

    /** Smallest zoom. */
    static final double MIN_ZOOM = 0.1;
    /** Largest zoom. */
    static final double MAX_ZOOM = 4;

    private final Canvas base = new Canvas();
    private final Canvas top = new Canvas();
    private final FxFonts fonts = new FxFonts();
    private final IconImages icons = new IconImages();
    private final DiagramRenderer renderer = new DiagramRenderer(fonts);
    private final List<Consumer<Viewport>> viewportListeners = new ArrayList<>();
    private FxPainter basePainter;
    private FxPainter topPainter;
    private double paintersScale;
    private Viewport viewport = new Viewport(0, 0, 1, 0, 0);
    private RenderModel model = RenderModel.empty();
    private RenderModel preview;
    private RenderOptions options = RenderOptions.defaults(false);
    private InteractionState ui = InteractionState.NONE;
    private OverlayState overlay = OverlayState.EMPTY;
    private boolean baseDirty = true;
    private boolean topDirty = true;
    private boolean timerRunning;
    private long frames;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            draw();
        }
    };

    DiagramSurface() {
        getChildren().addAll(base, top);
        base.setManaged(false);
        top.setManaged(false);
        top.setMouseTransparent(true);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            top.setWidth(w);
            top.setHeight(h);
            setViewport(viewport.resized(w, h));
        }
    }

    /** @return the viewport */
    Viewport viewport() {
        return viewport;
    }

    /** @param v the new viewport (zoom clamped) */
    void setViewport(Viewport v) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v.zoom()));
        if (z != v.zoom()) {
            v = viewport.zoomAt(v.width() / 2, v.height() / 2, z).resized(v.width(), v.height());
        }
        if (v.equals(viewport)) {
            return;
        }
        viewport = v;
        markDirty(true, true);
        for (Consumer<Viewport> l : List.copyOf(viewportListeners)) {
            l.accept(v);
        }
    }

    /** @param l called whenever the viewport changes */
    void addViewportListener(Consumer<Viewport> l) {
        viewportListeners.add(l);
    }

    /** @return the model as drawn now (the drag preview while there is one) */
    RenderModel shown() {
        return preview != null ? preview : model;
    }

    /** @return the model of the current document revision */
    RenderModel model() {
        return model;
    }

    void setModel(RenderModel m) {
        model = m;
        preview = null;
        markDirty(true, true);
    }

    /** @param p a model with elements moved (drag preview), or null to end it */
    void setPreview(RenderModel p) {
        preview = p;
        markDirty(true, true);
    }

    void setOptions(RenderOptions o) {
        options = o;
        markDirty(true, true);
    }

    RenderOptions options() {
        return options;
    }

    void setInteraction(InteractionState s) {
        if (!s.equals(ui)) {
            ui = s;
            markDirty(false, true);
        }
    }

    InteractionState interaction() {
        return ui;
    }

    void setOverlay(OverlayState o) {
        boolean decorationsChanged = !o.decorations().equals(overlay.decorations());
        overlay = o;
        markDirty(decorationsChanged, true);
    }

    /** @return how many frames have been drawn (for tests) */
    long frames() {
        return frames;
    }

    void markDirty(boolean diagram, boolean overlayLayer) {
        baseDirty |= diagram;
        topDirty |= overlayLayer;
        if (!timerRunning) {
            timerRunning = true;
            timer.start();
        }
    }

    /** Draws what is dirty now (the pulse calls this; tests may too). */
    void draw() {
        timer.stop();
        timerRunning = false;
        if (viewport.width() < 1 || viewport.height() < 1) {
            return;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        if (basePainter == null || scale != paintersScale) {
            basePainter = new FxPainter(base.getGraphicsContext2D(), fonts, icons, scale);
            topPainter = new FxPainter(top.getGraphicsContext2D(), fonts, icons, scale);
            paintersScale = scale;
        }
        RenderModel m = shown();
        if (baseDirty) {
            renderer.renderBase(basePainter, m, viewport, options, overlay);
            baseDirty = false;
            frames++;
        }
        if (topDirty) {
            renderer.renderOverlay(topPainter, m, viewport, options, ui, overlay);
            topDirty = false;
        }
    }
}
