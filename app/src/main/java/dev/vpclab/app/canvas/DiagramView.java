package dev.vpclab.app.canvas;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Notifier;
import dev.vpclab.app.render.InteractionState;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.app.render.RenderOptions;
import dev.vpclab.app.render.Theme;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.CompositeCommand;
import dev.vpclab.model.command.EditLayout;
import dev.vpclab.model.command.RemoveResources;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.app.render.ElementKeys;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;

/**
 * The diagram canvas: draws the document as an AWS architecture diagram and turns gestures into commands. Zoom with
 * the wheel (around the pointer), Ctrl +/−, Ctrl+0 to fit; pan with Space+drag, the middle button or the scroll
 * bars; a minimap and a zoom badge float in the corners. Every edit goes through the editor's command stack.
 */
public class DiagramView extends javafx.scene.layout.StackPane {

    private static final double ZOOM_STEP = 1.25;
    private static final double FIT_MARGIN = 40;

    private final EditorModel editor;
    private final DiagramSurface surface = new DiagramSurface();
    private final IdGenerator ids = new IdGenerator();
    private final CanvasOverlay overlay = new CanvasOverlay();
    private final ContextMenus menus;
    private final CanvasGestures gestures;
    private final Minimap minimap;
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final ZoomBadge badge;
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private final BooleanProperty showMinimap = new SimpleBooleanProperty(this, "showMinimap", true);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final Map<ConnectorKind, BooleanProperty> connectors = new EnumMap<>(ConnectorKind.class);
    private Consumer<String> onProperties = key -> { };
    private java.util.function.Function<String, java.util.List<javafx.scene.control.MenuItem>> extraContextItems = key -> java.util.List.of();
    private Document displayed;
    private boolean syncing;
    private boolean fitted;
    private Document shownDocument;

    /** @param editor the open document */
    public DiagramView(EditorModel editor) {
        this.editor = editor;
        getStyleClass().add("diagram-view");
        setMinSize(0, 0);
        for (ConnectorKind k : ConnectorKind.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, "connector" + k, k != ConnectorKind.SECURITY_GROUP);
            p.addListener((o, a, b) -> updateOptions());
            connectors.put(k, p);
        }
        menus = new ContextMenus(this, editor.i18n());
        gestures = new CanvasGestures(surface, editor, ids, showGrid::get, menus);
        gestures.setReadOnly(() -> displayed != null);
        minimap = new Minimap((x, y) -> surface.setViewport(surface.viewport().centredOn(x, y)));
        minimap.setEffect(new DropShadow(8, 0, 1, Color.rgb(0, 0, 0, 0.18)));
        minimap.visibleProperty().bind(showMinimap);
        badge = new ZoomBadge(this, editor.i18n());
        surface.setFocusTraversable(true);
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        ScrollSync scroll = new ScrollSync(surface, hbar, vbar);
        getChildren().addAll(surface, hbar, vbar, minimap, badge);
        setAlignment(hbar, Pos.BOTTOM_LEFT);
        setAlignment(vbar, Pos.TOP_RIGHT);
        setAlignment(minimap, Pos.BOTTOM_RIGHT);
        setAlignment(badge, Pos.BOTTOM_LEFT);
        setMargin(minimap, new Insets(0, 22, 22, 0));
        setMargin(badge, new Insets(0, 0, 22, 12));
        hbar.maxWidthProperty().bind(widthProperty().subtract(vbar.widthProperty()));
        vbar.maxHeightProperty().bind(heightProperty().subtract(hbar.heightProperty()));

        editor.documentProperty().addListener((o, a, b) -> rebuild());
        editor.i18n().localeProperty().addListener((o, a, b) -> rebuild());
        editor.selection().addListener((SetChangeListener<String>) c -> updateInteraction());
        dark.addListener((o, a, b) -> updateOptions());
        showGrid.addListener((o, a, b) -> updateOptions());
        overlay.stateProperty().addListener((o, a, b) -> surface.setOverlay(b));
        zoom.addListener((o, a, b) -> {
            if (!syncing && b.doubleValue() > 0) {
                Viewport v = surface.viewport();
                surface.setViewport(v.zoomAt(v.width() / 2, v.height() / 2, b.doubleValue()));
            }
        });
        surface.addViewportListener(v -> {
            syncing = true;
            zoom.set(v.zoom());
            syncing = false;
            scroll.update(surface.model(), v);
            minimap.update(surface.model(), v, surface.options().theme());
            if (!fitted && v.width() > 1 && v.height() > 1) {
                fitted = true;
                zoomToFit();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                gestures.setSpaceDown(false);
                e.consume();
            }
        });
        editor.addRevealListener(this::bringToView);
        updateOptions();
        rebuild();
    }

    private void rebuild() {
        RenderModel m = RenderModelBuilder.build(displayed != null ? displayed : editor.document(), editor.i18n().locale());
        surface.setModel(m);
        minimap.update(m, surface.viewport(), surface.options().theme());
        updateInteraction();
        // a document just opened (no history yet) is shown whole
        if (!editor.stack().canUndo() && !editor.stack().canRedo() && editor.document() != shownDocument) {
            fitted = false;
            if (surface.viewport().width() > 1) {
                fitted = true;
                zoomToFit();
            }
        }
        shownDocument = editor.document();
    }

    private void updateOptions() {
        Set<ConnectorKind> kinds = EnumSet.noneOf(ConnectorKind.class);
        connectors.forEach((k, p) -> {
            if (p.get()) {
                kinds.add(k);
            }
        });
        RenderOptions o = new RenderOptions(Theme.of(dark.get()), showGrid.get(), kinds);
        surface.setOptions(o);
        minimap.update(surface.model(), surface.viewport(), o.theme());
        setStyle("-fx-background-color: " + o.theme().background().rgbHex() + ";");
    }

    private void updateInteraction() {
        InteractionState s = surface.interaction();
        surface.setInteraction(new InteractionState(editor.selection(), s.rubberBand(), s.dropTarget(), s.dropAllowed()));
    }

    private void keyPressed(KeyEvent e) {
        boolean cmd = e.isShortcutDown();
        KeyCode k = e.getCode();
        boolean handled = true;
        if (k == KeyCode.ESCAPE) {
            if (gestures.busy()) {
                gestures.cancel();
            } else {
                editor.selection().clear();
            }
        } else if (k == KeyCode.SPACE) {
            gestures.setSpaceDown(true);
        } else if ((k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) && !cmd) {
            deleteSelection();
        } else if (cmd && k == KeyCode.A) {
            selectAll();
        } else if (cmd && k == KeyCode.C) {
            copySelection();
        } else if (cmd && k == KeyCode.V) {
            paste();
        } else if (cmd && k == KeyCode.D) {
            duplicateSelection();
        } else if (cmd && k == KeyCode.X) {
            copySelection();
            deleteSelection();
        } else if (cmd && (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD)) {
            zoomIn();
        } else if (cmd && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            zoomOut();
        } else if (cmd && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
            zoomToFit();
        } else if (!cmd && k.isArrowKey() && !editor.selection().isEmpty()) {
            double step = e.isShiftDown() ? 1 : dev.vpclab.app.render.DiagramRenderer.GRID;
            double ddx = k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0;
            double ddy = k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0;
            gestures.execute(MovePlanner.move(editor.document(), surface.model(), editor.selection(), ddx, ddy));
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /**
     * Draws another document than the editor's, read-only: the simulation shows its own copy of the network with the
     * instances it launched. Edits on the canvas are refused while it is shown.
     *
     * @param doc the document to draw, or null to draw the editor's again
     */
    public void setDisplayedDocument(Document doc) {
        if (doc == displayed) {
            return;
        }
        displayed = doc;
        rebuild();
    }

    /** @return true while another document than the editor's is drawn (the canvas is read-only then) */
    public boolean isShowingDisplayedDocument() {
        return displayed != null;
    }

    /**
     * Adds items to the canvas's context menu for an element (the simulation's fault injection, for example).
     *
     * @param items element key → extra items (built when the menu opens; empty for none)
     */
    public void setExtraContextItems(java.util.function.Function<String, java.util.List<javafx.scene.control.MenuItem>> items) {
        extraContextItems = items == null ? key -> java.util.List.of() : items;
    }

    java.util.List<javafx.scene.control.MenuItem> extraContextItems(String key) {
        return extraContextItems.apply(key);
    }

    /** @return zoom factor, 1.0 = 100 % */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Zooms in one step around the centre. */
    public void zoomIn() {
        Viewport v = surface.viewport();
        surface.setViewport(v.zoomAt(v.width() / 2, v.height() / 2, Math.min(DiagramSurface.MAX_ZOOM, v.zoom() * ZOOM_STEP)));
    }

    /** Zooms out one step around the centre. */
    public void zoomOut() {
        Viewport v = surface.viewport();
        surface.setViewport(v.zoomAt(v.width() / 2, v.height() / 2, Math.max(DiagramSurface.MIN_ZOOM, v.zoom() / ZOOM_STEP)));
    }

    /** Fits the whole diagram into the view (never beyond 100 %). */
    public void zoomToFit() {
        Bounds w = surface.model().worldBounds();
        Viewport v = surface.viewport();
        if (w.width() <= 0 || v.width() < 1) {
            return;
        }
        Viewport best = fit(v, w, 0, 0);
        if (showMinimap.get()) {
            // keep the diagram clear of the minimap: beside it or above it, whichever shows the diagram larger
            Viewport beside = fit(v, w, Minimap.WIDTH + 24, 0);
            Viewport above = fit(v, w, 0, Minimap.HEIGHT + 24);
            best = beside.zoom() >= above.zoom() ? beside : above;
        }
        surface.setViewport(best);
    }

    private static Viewport fit(Viewport v, Bounds content, double right, double bottom) {
        double w = Math.max(1, v.width() - 2 * FIT_MARGIN - right);
        double h = Math.max(1, v.height() - 2 * FIT_MARGIN - bottom);
        double z = Math.min(w / Math.max(1, content.width()), h / Math.max(1, content.height()));
        z = Math.max(DiagramSurface.MIN_ZOOM, Math.min(1.0, z));
        double cx = content.x() + content.width() / 2;
        double cy = content.y() + content.height() / 2;
        return new Viewport(cx - (FIT_MARGIN + w / 2) / z, cy - (FIT_MARGIN + h / 2) / z, z, v.width(), v.height());
    }

    /** @return whether the grid is drawn (snapping follows it) */
    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    /** @return whether the minimap is shown */
    public BooleanProperty showMinimapProperty() {
        return showMinimap;
    }

    /** @return dark canvas colours */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** @param kind a connector kind @return whether it is drawn */
    public BooleanProperty connectorVisibleProperty(ConnectorKind kind) {
        return connectors.get(kind);
    }

    /** @return the overlay the trace and simulation modes draw on */
    public CanvasOverlay overlay() {
        return overlay;
    }

    /** @param action called with an element key when the user asks for its properties (context menu) */
    public void setOnShowProperties(Consumer<String> action) {
        this.onProperties = action == null ? key -> { } : action;
    }

    /** Copies the selected resources to the app's clipboard. */
    public void copySelection() {
        PastePlanner.Clip clip = PastePlanner.copy(editor.document(), surface.model(), editor.selection());
        if (clip.isEmpty()) {
            if (editor.selection().stream().anyMatch(k -> ElementKeys.isRegion(editor.document(), k))) {
                editor.notifier().notify(Notifier.Level.INFO, Message.of("canvas.paste.region"));
            }
            return;
        }
        CanvasClipboard.put(clip);
    }

    /** Pastes the clipboard's resources with fresh ids, next to the originals. */
    public void paste() {
        gestures.execute(PastePlanner.paste(editor.document(), CanvasClipboard.get(), ids, CanvasClipboard.nextOffset()));
    }

    /** Copies and pastes the selection in one step. */
    public void duplicateSelection() {
        PastePlanner.Clip clip = PastePlanner.copy(editor.document(), surface.model(), editor.selection());
        if (!clip.isEmpty()) {
            gestures.execute(PastePlanner.paste(editor.document(), clip, ids, PastePlanner.OFFSET));
        }
    }

    /** Removes the selected resources with their dependants (one undoable command). */
    public void deleteSelection() {
        Document doc = editor.document();
        Set<String> remove = new LinkedHashSet<>();
        List<EditLayout.Placement> columns = new ArrayList<>();
        for (String key : editor.selection()) {
            if (doc.contains(key)) {
                remove.add(key);
            } else if (ElementKeys.columnVpc(doc, key) != null && ElementKeys.standbyOf(doc, key) == null) {
                columns.add(new EditLayout.Placement(key, null));
                String vpc = ElementKeys.columnVpc(doc, key);
                String zone = ElementKeys.columnZone(doc, key);
                for (Subnet s : doc.subnetsOf(vpc)) {
                    if (s.availabilityZoneId().equals(zone)) {
                        remove.add(s.id());
                    }
                }
            }
        }
        List<Command> parts = new ArrayList<>();
        if (!remove.isEmpty()) {
            parts.add(new RemoveResources(new ArrayList<>(remove)));
        }
        if (!columns.isEmpty()) {
            parts.add(new EditLayout(columns));
        }
        if (parts.isEmpty()) {
            return;
        }
        editor.execute(parts.size() == 1 ? parts.get(0) : new CompositeCommand(parts.get(0).description(), parts));
    }

    /** Selects every drawn element. */
    public void selectAll() {
        List<String> keys = new ArrayList<>();
        for (RenderItem it : surface.model().items()) {
            keys.add(it.key());
        }
        editor.select(keys);
    }

    /**
     * Centres the view on an element, zooming out if it does not fit.
     *
     * @param key an element key
     */
    public void bringToView(String key) {
        RenderItem it = surface.model().item(key);
        if (it == null) {
            return;
        }
        Viewport v = surface.viewport();
        Bounds b = it.bounds();
        if (b.width() * v.zoom() > v.width() - 2 * FIT_MARGIN || b.height() * v.zoom() > v.height() - 2 * FIT_MARGIN) {
            surface.setViewport(v.fit(b, FIT_MARGIN, DiagramSurface.MIN_ZOOM, v.zoom()));
        } else {
            surface.setViewport(v.centredOn(it.centerX(), it.centerY()));
        }
    }

    void showProperties(String key) {
        editor.selectOnly(key);
        onProperties.accept(key);
    }

    /**
     * Drops a palette item at a point of the view, as a drag from the palette would.
     *
     * @param item a palette item id
     * @param x x in this view's coordinates
     * @param y y in this view's coordinates
     * @return true if something was added
     */
    public boolean dropPaletteItem(String item, double x, double y) {
        Viewport v = surface.viewport();
        return gestures.drop(item, v.toWorldX(x), v.toWorldY(y));
    }

    /** @return the viewport (for tests and the status bar) */
    public Viewport viewport() {
        return surface.viewport();
    }

    /** @return the render model of the current revision (for tests) */
    RenderModel renderModel() {
        return surface.model();
    }

    /** @return the drawing surface (for tests) */
    DiagramSurface surface() {
        return surface;
    }
}
