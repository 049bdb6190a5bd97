package dev.vpclab.app.sim;

import dev.vpclab.app.canvas.CanvasOverlay;
import dev.vpclab.app.ui.I18n;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Draws a simulation on the canvas overlay, called once per frame: the instances' load and state as decorations
 * (refreshed at most five times a second, as CPU changes every simulated second and the diagram need not be redrawn
 * more often than a person can read it), and requests as a packet travelling from the internet user through the load
 * balancer to one healthy target after another while the run plays.
 */
final class CanvasDriver {

    private static final long DECORATION_NANOS = 200_000_000L;
    private static final double TRIP_SECONDS = 1.2;
    private static final Color FLOW = Color.rgb(47, 111, 222, 0.45);

    private final CanvasOverlay overlay;
    private final I18n i18n;
    private SimulationSnapshot snapshot;
    private boolean dirty;
    private long decoratedAt = Long.MIN_VALUE;
    private long lastFrame;
    private List<List<String>> paths = List.of();
    private List<String> shownPath;
    private int pathIndex;
    private double phase;
    private final java.util.function.Consumer<dev.vpclab.model.document.Document> display;
    private dev.vpclab.model.document.Document displayed;

    CanvasDriver(CanvasOverlay overlay, I18n i18n, java.util.function.Consumer<dev.vpclab.model.document.Document> display) {
        this.overlay = overlay;
        this.i18n = i18n;
        this.display = display;
        i18n.localeProperty().addListener((o, a, b) -> dirty = true);
    }

    /** @param s the newest snapshot, drawn at the next frames */
    void apply(SimulationSnapshot s) {
        snapshot = s;
        dirty = true;
    }

    /** @param now the frame's time in nanoseconds */
    void frame(long now) {
        if (snapshot == null) {
            return;
        }
        if (dirty && (decoratedAt == Long.MIN_VALUE || now - decoratedAt >= DECORATION_NANOS)) {
            showDocument(snapshot.document());
            overlay.setDecorations(CanvasDecorations.of(snapshot, i18n));
            paths = FlowPaths.of(snapshot);
            decoratedAt = now;
            dirty = false;
        }
        double dt = lastFrame == 0 ? 0 : Math.min(0.25, (now - lastFrame) / 1e9);
        lastFrame = now;
        if (paths.isEmpty()) {
            if (shownPath != null) {
                overlay.setPath(List.of(), null);
                overlay.setMarker(Double.NaN);
                shownPath = null;
            }
            return;
        }
        boolean running = snapshot.state() == RunState.RUNNING;
        if (running) {
            phase += dt / TRIP_SECONDS;
            if (phase >= 1) {
                phase -= Math.floor(phase);
                pathIndex++;
            }
        }
        List<String> path = paths.get(Math.floorMod(pathIndex, paths.size()));
        if (!path.equals(shownPath)) {
            overlay.setPath(path, FLOW);
            shownPath = path;
        }
        overlay.setMarker(running ? phase : Double.NaN);
    }

    /**
     * Draws the simulator's copy of the network when it differs from what is drawn (instances launched or
     * terminated by Auto Scaling), so that new instances appear on the canvas without touching the user's diagram.
     */
    private void showDocument(dev.vpclab.model.document.Document doc) {
        if (doc != null && !doc.equals(displayed)) {
            displayed = doc;
            display.accept(doc);
        }
    }

    /** Removes everything drawn. */
    void clear() {
        overlay.clear();
        if (displayed != null) {
            displayed = null;
            display.accept(null);
        }
        snapshot = null;
        shownPath = null;
        paths = List.of();
        decoratedAt = Long.MIN_VALUE;
        lastFrame = 0;
    }
}
