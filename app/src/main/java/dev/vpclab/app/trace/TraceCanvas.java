package dev.vpclab.app.trace;

import dev.vpclab.app.canvas.CanvasOverlay;
import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.render.Colour;
import dev.vpclab.app.render.ItemGeometry;
import dev.vpclab.app.render.NodeDecoration;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.app.render.Theme;
import dev.vpclab.app.ui.I18n;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.scene.paint.Color;

/**
 * Draws the shown trace on the canvas overlay: the request's path solid, the reply's dashed, the element where the
 * packet was dropped red with a cross, the envelope at the current hop (moving once per pulse while playing), and
 * the current hop's element tinted with what happened there.
 */
final class TraceCanvas {

    private final TraceViewModel model;
    private final DiagramView canvas;
    private final I18n i18n;
    private final AnimationTimer clock;
    private RenderModel geometry = RenderModel.empty();
    private double[] stops = new double[0];
    private boolean active;
    private long last = -1;

    TraceCanvas(TraceViewModel model, DiagramView canvas) {
        this.model = model;
        this.canvas = canvas;
        this.i18n = model.editor().i18n();
        clock = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last > 0) {
                    model.stepper().tick((now - last) / 1e9);
                }
                last = now;
            }
        };
        model.resultProperty().addListener((o, a, b) -> redraw());
        model.stepper().currentProperty().addListener((o, a, b) -> moveMarker());
        model.stepper().progressProperty().addListener((o, a, b) -> moveMarker());
        model.stepper().playingProperty().addListener((o, a, p) -> {
            last = -1;
            if (p && active) {
                clock.start();
            } else {
                clock.stop();
            }
        });
        canvas.darkProperty().addListener((o, a, b) -> redraw());
        i18n.localeProperty().addListener((o, a, b) -> moveMarker());
    }

    /** @param on whether trace mode shows its overlay */
    void setActive(boolean on) {
        active = on;
        if (!on) {
            clock.stop();
            model.stepper().pause();
            canvas.overlay().clear();
        } else {
            redraw();
        }
    }

    private void redraw() {
        CanvasOverlay overlay = canvas.overlay();
        TraceResult r = model.resultProperty().get();
        if (!active) {
            return;
        }
        if (r == null || !r.ok()) {
            overlay.clear();
            return;
        }
        geometry = RenderModelBuilder.build(r.document(), i18n.locale());
        TracePath path = model.pathProperty().get();
        stops = MarkerTrack.stops(model.rows(), path.forward(), key -> {
            RenderItem it = geometry.item(key);
            return it == null ? null : ItemGeometry.centre(it);
        });
        Theme theme = Theme.of(canvas.darkProperty().get());
        overlay.setPath(path.forward(), fx(theme.pathForward()));
        overlay.setReturnPath(path.back(), fx(theme.pathReturn()));
        overlay.setDroppedAt(path.droppedAt());
        moveMarker();
    }

    private void moveMarker() {
        if (!active || model.resultProperty().get() == null) {
            return;
        }
        int i = model.stepper().currentProperty().get();
        if (i < 0 || i >= stops.length) {
            canvas.overlay().setMarker(Double.NaN);
            canvas.overlay().setDecorations(Map.of());
            return;
        }
        double at = stops[i];
        double p = model.stepper().progressProperty().get();
        if (p > 0 && i + 1 < stops.length && !Double.isNaN(stops[i + 1])) {
            at = at + (stops[i + 1] - at) * p;
        }
        canvas.overlay().setMarker(at);
        HopRow row = model.rows().get(i);
        canvas.overlay().setDecorations(row.place() == null ? Map.of() : Map.of(row.place(), decoration(row)));
    }

    /** The current hop's element: containers get a wash and a pill, nodes a line under their name. */
    private NodeDecoration decoration(HopRow row) {
        RenderItem it = geometry.item(row.place());
        boolean stops = row.decision().stops();
        Theme theme = Theme.of(canvas.darkProperty().get());
        Colour c = stops ? theme.pathDropped() : theme.pathForward();
        String badge = (it != null && it.isContainer() ? row.hop().component() + " \u00b7 " : "\u25B6 ") + i18n.get(row.decision().key());
        return CanvasOverlay.decoration(it != null && it.isContainer() ? fx(c.withAlpha(0.10)) : null, badge,
                stops ? NodeDecoration.State.WARNING : NodeDecoration.State.NORMAL);
    }

    private static Color fx(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }
}
