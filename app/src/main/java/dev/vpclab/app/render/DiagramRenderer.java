package dev.vpclab.app.render;

import java.util.List;
import java.util.Map;

/**
 * Draws a {@link RenderModel} through a {@link Painter}, in layers: background grid, containers, connector lines,
 * nodes, connector labels; then, on top, trace paths, selection and gesture feedback. Only what intersects the
 * viewport is drawn, and the level of detail follows the zoom. The same code draws the screen, PNG and SVG.
 */
public final class DiagramRenderer {

    /** The grid that moves snap to, in world units. */
    public static final double GRID = 16;

    private final LabelElider elider;

    /** @param measurer how the target measures text (labels are fitted to their boxes with it) */
    public DiagramRenderer(TextMeasurer measurer) {
        this.elider = new LabelElider(measurer);
    }

    /** @return the label fitter (shared with whoever wants the same measures) */
    public LabelElider elider() {
        return elider;
    }

    /**
     * Draws everything: the diagram and its overlay.
     *
     * @param p where to draw
     * @param model what to draw
     * @param viewport which part, at which zoom
     * @param options colours, grid, connector kinds
     * @param ui selection and gesture feedback
     * @param overlay trace paths and decorations
     */
    public void render(Painter p, RenderModel model, Viewport viewport, RenderOptions options, InteractionState ui,
                      OverlayState overlay) {
        render(p, model, viewport, null, options, ui, overlay);
    }

    /**
     * Draws everything, choosing what to draw from a given area rather than the viewport (for export in tiles, so
     * that every tile places connector labels the same way).
     *
     * @param p where to draw
     * @param model what to draw
     * @param viewport which part, at which zoom
     * @param cull the world area whose elements are drawn, or null for the viewport's
     * @param options colours, grid, connector kinds
     * @param ui selection and gesture feedback
     * @param overlay trace paths and decorations
     */
    public void render(Painter p, RenderModel model, Viewport viewport, dev.vpclab.model.document.Bounds cull,
                       RenderOptions options, InteractionState ui, OverlayState overlay) {
        p.begin(viewport, options.theme().background());
        Frame f = new Frame(p, options.theme(), viewport, elider, cull);
        base(f, model, options, overlay.decorations());
        top(f, model, ui, overlay);
        p.end();
    }

    /**
     * Draws the diagram without its overlay, over a cleared background.
     *
     * @param p where to draw
     * @param model what to draw
     * @param viewport which part, at which zoom
     * @param options colours, grid, connector kinds
     * @param overlay decorations (paths are drawn by {@link #renderOverlay})
     */
    public void renderBase(Painter p, RenderModel model, Viewport viewport, RenderOptions options, OverlayState overlay) {
        p.begin(viewport, options.theme().background());
        base(new Frame(p, options.theme(), viewport, elider, null), model, options, overlay.decorations());
        p.end();
    }

    /**
     * Draws only the overlay, over a transparent frame.
     *
     * @param p where to draw
     * @param model what to draw
     * @param viewport which part, at which zoom
     * @param options colours
     * @param ui selection and gesture feedback
     * @param overlay trace paths
     */
    public void renderOverlay(Painter p, RenderModel model, Viewport viewport, RenderOptions options, InteractionState ui,
                              OverlayState overlay) {
        p.begin(viewport, null);
        top(new Frame(p, options.theme(), viewport, elider, null), model, ui, overlay);
        p.end();
    }

    private void base(Frame f, RenderModel model, RenderOptions options, Map<String, NodeDecoration> decorations) {
        if (options.grid() && f.lod != LevelOfDetail.OUTLINE) {
            double spacing = GRID;
            while (spacing * f.zoom < 12) {
                spacing *= 2;
            }
            f.p.dotGrid(f.area, spacing, f.px(0.9), f.theme.gridDot());
        }
        f.model(model);
        List<RenderItem> items = model.itemsIn(f.area);
        for (RenderItem it : items) {
            if (it.isContainer()) {
                f.p.beginGroup(it.key(), it.type().name(), title(it));
                ContainerPainter.shape(f, it);
                f.p.endGroup();
            }
        }
        for (RenderItem it : items) {
            NodeDecoration deco = decorations.get(it.key());
            if (it.isContainer() && deco != null) {
                ContainerPainter.decoration(f, it, deco);
            }
        }
        List<RoutedConnector> lines = model.connectorsIn(f.area, options.connectors());
        if (!lines.isEmpty()) {
            f.p.beginGroup("connectors", "CONNECTORS", null);
            for (RoutedConnector c : lines) {
                ConnectorPainter.paintLine(f, c);
            }
            f.p.endGroup();
        }
        if (f.lod != LevelOfDetail.OUTLINE) {
            for (RenderItem it : items) {
                if (it.isContainer()) {
                    f.p.beginGroup(it.key() + "#header", it.type().name(), null);
                    ContainerPainter.header(f, it);
                    NodeDecoration deco = decorations.get(it.key());
                    if (deco != null) {
                        ContainerPainter.decorationBadge(f, it, deco);
                    }
                    f.p.endGroup();
                }
            }
        }
        for (RenderItem it : items) {
            if (!it.isContainer()) {
                f.p.beginGroup(it.key(), it.type().name(), title(it));
                RenderItem container = it.containerKey() == null ? null : model.item(it.containerKey());
                NodePainter.paint(f, it, container, decorations.get(it.key()));
                f.p.endGroup();
            }
        }
        if (!lines.isEmpty() && f.lod.text()) {
            f.p.beginGroup("connector-labels", "CONNECTORS", null);
            for (RoutedConnector c : lines) {
                ConnectorPainter.paintLabel(f, c);
            }
            f.p.endGroup();
        }
    }

    private static String title(RenderItem it) {
        return it.line(1).isEmpty() ? it.line(0) : it.line(0) + " \u00b7 " + it.line(1);
    }

    private void top(Frame f, RenderModel model, InteractionState ui, OverlayState overlay) {
        f.model(model);
        if (overlay.hasPaths()) {
            OverlayPainter.paths(f, model, overlay);
        }
        OverlayPainter.selection(f, model, ui);
    }
}
