package dev.vpclab.app.canvas;

import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.model.document.Bounds;
import javafx.scene.control.ScrollBar;

/** Keeps the canvas's scroll bars and its viewport in step: the bars span the diagram plus half a view on each side. */
final class ScrollSync {

    private final DiagramSurface surface;
    private final ScrollBar h;
    private final ScrollBar v;
    private boolean updating;

    ScrollSync(DiagramSurface surface, ScrollBar h, ScrollBar v) {
        this.surface = surface;
        this.h = h;
        this.v = v;
        h.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                Viewport vp = surface.viewport();
                surface.setViewport(new Viewport(b.doubleValue(), vp.y(), vp.zoom(), vp.width(), vp.height()));
            }
        });
        v.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                Viewport vp = surface.viewport();
                surface.setViewport(new Viewport(vp.x(), b.doubleValue(), vp.zoom(), vp.width(), vp.height()));
            }
        });
    }

    void update(RenderModel model, Viewport vp) {
        Bounds view = vp.world();
        Bounds w = model.worldBounds();
        Bounds content = w.width() <= 0 ? view
                : Bounds.of(w.x() - view.width() / 2, w.y() - view.height() / 2, w.width() + view.width(), w.height() + view.height());
        content = content.union(view);
        updating = true;
        set(h, content.x(), content.maxX(), view.x(), view.width());
        set(v, content.y(), content.maxY(), view.y(), view.height());
        updating = false;
    }

    private static void set(ScrollBar bar, double min, double max, double value, double visible) {
        double range = Math.max(0, max - min - visible);
        bar.setMin(min);
        bar.setMax(min + range);
        bar.setValue(Math.max(min, Math.min(min + range, value)));
        bar.setVisibleAmount(range <= 0 ? 1 : visible * range / (max - min));
        bar.setUnitIncrement(visible / 20);
        bar.setBlockIncrement(visible * 0.9);
    }
}
