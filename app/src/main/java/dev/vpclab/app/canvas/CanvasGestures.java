package dev.vpclab.app.canvas;

import dev.vpclab.app.editor.DragFormats;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Notifier;
import dev.vpclab.app.render.DiagramRenderer;
import dev.vpclab.app.render.InteractionState;
import dev.vpclab.app.render.ItemType;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.layout.LayoutMetrics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.scene.Cursor;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;

/**
 * The mouse on the canvas: click to select (Shift or Ctrl toggles), drag the selection to move it (live preview,
 * grid snapping, one command on release), drag a handle to resize a container, drag on empty space or a
 * container's body for a rubber band, middle button or Space+drag to pan, the wheel to zoom around the pointer,
 * and palette items dropped onto the diagram.
 */
final class CanvasGestures {

    private java.util.function.BooleanSupplier readOnly = () -> false;

    private enum Mode { NONE, PENDING, MOVE, RESIZE, RUBBER, PAN }

    /** Screen pixels the pointer must travel before a press becomes a drag. */
    private static final double DRAG_THRESHOLD = 4;

    private final DiagramSurface surface;
    private final EditorModel editor;
    private final IdGenerator ids;
    private final BooleanSupplier snapping;
    private final ContextMenus menus;
    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private RenderItem pressed;
    private boolean pressedBody;
    private boolean additive;
    private Set<String> initialSelection = Set.of();
    private int handle = -1;
    private double dx;
    private double dy;
    private Bounds resized;
    private boolean spaceDown;
    private String dropItem;
    private String dropHost;
    private boolean dropAllowed;

    CanvasGestures(DiagramSurface surface, EditorModel editor, IdGenerator ids, BooleanSupplier snapping, ContextMenus menus) {
        this.surface = surface;
        this.editor = editor;
        this.ids = ids;
        this.snapping = snapping;
        this.menus = menus;
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        surface.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        surface.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getX(), e.getY(), surface.viewport().zoom() * e.getZoomFactor());
            e.consume();
        });
        surface.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        surface.addEventHandler(DragEvent.DRAG_EXITED, e -> endDrop());
        surface.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
        if (mode == Mode.NONE) {
            surface.setCursor(down ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        }
    }

    /** @return true while a drag is in progress */
    boolean busy() {
        return mode != Mode.NONE;
    }

    /** Ends any gesture without editing (Escape). */
    void cancel() {
        mode = Mode.NONE;
        surface.setPreview(null);
        setUi(null);
        surface.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }

    private Viewport vp() {
        return surface.viewport();
    }

    private void setUi(Bounds rubber) {
        surface.setInteraction(new InteractionState(editor.selection(), rubber, dropHost, dropAllowed));
    }

    void zoomAt(double sx, double sy, double zoom) {
        double z = Math.max(DiagramSurface.MIN_ZOOM, Math.min(DiagramSurface.MAX_ZOOM, zoom));
        surface.setViewport(vp().zoomAt(sx, sy, z));
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        if (e.isShiftDown() && !e.isShortcutDown()) {
            surface.setViewport(vp().panBy(e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX(), 0));
        } else {
            zoomAt(e.getX(), e.getY(), vp().zoom() * Math.exp(e.getDeltaY() * 0.0025));
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        surface.requestFocus();
        menus.hide();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dx = 0;
        dy = 0;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            mode = Mode.PAN;
            surface.setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        RenderModel m = surface.model();
        double wx = vp().toWorldX(e.getX());
        double wy = vp().toWorldY(e.getY());
        RenderItem hit = m.hitTest(wx, wy);
        if (e.getButton() == MouseButton.SECONDARY) {
            if (hit != null && !editor.selection().contains(hit.key())) {
                editor.selectOnly(hit.key());
            }
            menus.show(hit == null ? null : hit.key(), e.getScreenX(), e.getScreenY(), wx, wy);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        handle = handleAt(e.getX(), e.getY());
        if (handle >= 0) {
            mode = Mode.RESIZE;
            pressed = m.item(editor.selection().iterator().next());
            resized = pressed.bounds();
            e.consume();
            return;
        }
        additive = e.isShiftDown() || e.isShortcutDown();
        initialSelection = Set.copyOf(editor.selection());
        pressed = hit;
        pressedBody = hit != null && hit.isContainer() && inBody(hit, wx, wy);
        if (hit == null || pressedBody) {
            mode = Mode.PENDING;
        } else {
            if (additive) {
                if (!editor.selection().remove(hit.key())) {
                    editor.selection().add(hit.key());
                }
                mode = Mode.NONE;
            } else {
                if (!editor.selection().contains(hit.key())) {
                    editor.selectOnly(hit.key());
                }
                mode = Mode.PENDING;
            }
        }
        e.consume();
    }

    /** Whether a world point lies in a container's body rather than on its header band or border. */
    private boolean inBody(RenderItem it, double wx, double wy) {
        Bounds b = it.bounds();
        double header;
        switch (it.type()) {
            case REGION: header = LayoutMetrics.REGION_HEADER * 0.7; break;
            case VPC: header = LayoutMetrics.VPC_HEADER * 0.6; break;
            case AZ_COLUMN: header = LayoutMetrics.AZ_HEADER; break;
            case SUBNET: header = LayoutMetrics.SUBNET_HEADER * 0.8; break;
            default: header = LayoutMetrics.ASG_HEADER; break;
        }
        double edge = 6 / vp().zoom();
        return wy > b.y() + header && wx > b.x() + edge && wx < b.maxX() - edge && wy < b.maxY() - edge;
    }

    private int handleAt(double sx, double sy) {
        if (editor.selection().size() != 1) {
            return -1;
        }
        RenderItem it = surface.model().item(editor.selection().iterator().next());
        if (it == null || !(it.isContainer() || it.type() == ItemType.LOAD_BALANCER)) {
            return -1;
        }
        double[][] hs = handles(it.bounds());
        for (int i = 0; i < hs.length; i++) {
            if (Math.abs(vp().toScreenX(hs[i][0]) - sx) <= 6 && Math.abs(vp().toScreenY(hs[i][1]) - sy) <= 6) {
                return i;
            }
        }
        return -1;
    }

    private static double[][] handles(Bounds b) {
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        return new double[][] {{b.x(), b.y()}, {cx, b.y()}, {b.maxX(), b.y()}, {b.maxX(), cy}, {b.maxX(), b.maxY()},
            {cx, b.maxY()}, {b.x(), b.maxY()}, {b.x(), cy}};
    }

    private static final Cursor[] HANDLE_CURSORS = {Cursor.NW_RESIZE, Cursor.N_RESIZE, Cursor.NE_RESIZE, Cursor.E_RESIZE,
        Cursor.SE_RESIZE, Cursor.S_RESIZE, Cursor.SW_RESIZE, Cursor.W_RESIZE};

    private void moved(MouseEvent e) {
        if (mode != Mode.NONE || spaceDown) {
            return;
        }
        int h = handleAt(e.getX(), e.getY());
        surface.setCursor(h >= 0 ? HANDLE_CURSORS[h] : Cursor.DEFAULT);
    }

    private double snap(double v) {
        return snapping.getAsBoolean() ? Math.round(v / DiagramRenderer.GRID) * DiagramRenderer.GRID : v;
    }

    private void dragged(MouseEvent e) {
        double z = vp().zoom();
        switch (mode) {
            case PAN:
                surface.setViewport(vp().panBy(e.getX() - lastX, e.getY() - lastY));
                break;
            case PENDING:
                if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
                    mode = pressed == null || pressedBody ? Mode.RUBBER : Mode.MOVE;
                    dragged(e);
                    return;
                }
                break;
            case MOVE: {
                Bounds b = pressed.bounds();
                dx = snap(b.x() + (e.getX() - pressX) / z) - b.x();
                dy = snap(b.y() + (e.getY() - pressY) / z) - b.y();
                List<String> roots = new ArrayList<>();
                MovePlanner.roots(surface.model(), editor.selection()).forEach(it -> roots.add(it.key()));
                surface.setPreview(surface.model().withMoved(roots, dx, dy));
                surface.setCursor(Cursor.MOVE);
                break;
            }
            case RESIZE: {
                resized = resize(pressed.bounds(), handle, (e.getX() - pressX) / z, (e.getY() - pressY) / z);
                surface.setPreview(surface.model().withBounds(java.util.Map.of(pressed.key(), resized)));
                break;
            }
            case RUBBER: {
                Bounds r = rubber(e);
                Set<String> inside = new LinkedHashSet<>(additive ? initialSelection : Set.of());
                for (RenderItem it : surface.model().itemsIn(r)) {
                    if (r.contains(it.bounds())) {
                        inside.add(it.key());
                    }
                }
                editor.select(inside);
                setUi(r);
                break;
            }
            default:
                break;
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private Bounds rubber(MouseEvent e) {
        double x0 = vp().toWorldX(Math.min(pressX, e.getX()));
        double y0 = vp().toWorldY(Math.min(pressY, e.getY()));
        double x1 = vp().toWorldX(Math.max(pressX, e.getX()));
        double y1 = vp().toWorldY(Math.max(pressY, e.getY()));
        return Bounds.of(x0, y0, x1 - x0, y1 - y0);
    }

    private Bounds resize(Bounds b, int h, double ddx, double ddy) {
        double x0 = b.x();
        double y0 = b.y();
        double x1 = b.maxX();
        double y1 = b.maxY();
        if (h == 0 || h == 6 || h == 7) {
            x0 = Math.min(snap(x0 + ddx), x1 - 32);
        }
        if (h == 2 || h == 3 || h == 4) {
            x1 = Math.max(snap(x1 + ddx), x0 + 32);
        }
        if (h == 0 || h == 1 || h == 2) {
            y0 = Math.min(snap(y0 + ddy), y1 - 32);
        }
        if (h == 4 || h == 5 || h == 6) {
            y1 = Math.max(snap(y1 + ddy), y0 + 32);
        }
        return new Bounds(x0, y0, x1 - x0, y1 - y0, b.collapsed());
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        surface.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        switch (was) {
            case MOVE:
                surface.setPreview(null);
                execute(MovePlanner.move(editor.document(), surface.model(), editor.selection(), dx, dy));
                break;
            case RESIZE:
                surface.setPreview(null);
                execute(MovePlanner.resize(editor.document(), surface.model(), pressed.key(), resized));
                break;
            case RUBBER:
                setUi(null);
                break;
            case PENDING:
                if (pressed == null) {
                    if (!additive) {
                        editor.selection().clear();
                    }
                } else if (additive) {
                    if (!editor.selection().remove(pressed.key())) {
                        editor.selection().add(pressed.key());
                    }
                } else {
                    editor.selectOnly(pressed.key());
                }
                break;
            default:
                break;
        }
        pressed = null;
        e.consume();
    }

    /** Executes a plan, or tells why it is refused (the preview has already snapped back). */
    void setReadOnly(java.util.function.BooleanSupplier readOnly) {
        this.readOnly = readOnly;
    }

    void execute(EditPlan plan) {
        if (readOnly.getAsBoolean() && (plan.command() != null || plan.isRefused())) {
            editor.notifier().notify(Notifier.Level.INFO, dev.vpclab.model.i18n.Message.of("canvas.readOnly"));
            return;
        }
        if (plan.isRefused()) {
            editor.notifier().notify(Notifier.Level.WARNING, plan.refusal());
        } else if (plan.command() != null && editor.execute(plan.command()) && !plan.select().isEmpty()) {
            editor.select(plan.select());
        }
    }

    private void dragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (!db.hasContent(DragFormats.PALETTE_ITEM)) {
            return;
        }
        e.acceptTransferModes(TransferMode.COPY);
        Object content = db.getContent(DragFormats.PALETTE_ITEM);
        String item = content == null ? null : content.toString();
        double wx = vp().toWorldX(e.getX());
        double wy = vp().toWorldY(e.getY());
        DropPlanner planner = new DropPlanner(editor.document(), surface.model(), ids);
        String host = item == null ? null : planner.host(item, wx, wy);
        if (item != null && (!item.equals(dropItem) || !java.util.Objects.equals(host, dropHost))) {
            dropItem = item;
            dropHost = host;
            dropAllowed = host != null && !planner.plan(item, wx, wy).isRefused();
            setUi(null);
        }
        e.consume();
    }

    private void endDrop() {
        dropItem = null;
        dropHost = null;
        dropAllowed = false;
        setUi(null);
    }

    private void dropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        boolean done = false;
        if (db.hasContent(DragFormats.PALETTE_ITEM)) {
            String item = String.valueOf(db.getContent(DragFormats.PALETTE_ITEM));
            EditPlan plan = new DropPlanner(editor.document(), surface.model(), ids)
                    .plan(item, vp().toWorldX(e.getX()), vp().toWorldY(e.getY()));
            execute(plan);
            done = !plan.isRefused();
        }
        endDrop();
        e.setDropCompleted(done);
        e.consume();
    }

    /**
     * Drops a palette item at a world point as if dragged there (the palette's double-click and keyboard use it).
     *
     * @param item a palette item id
     * @param wx world x
     * @param wy world y
     * @return true if it was added
     */
    boolean drop(String item, double wx, double wy) {
        EditPlan plan = new DropPlanner(editor.document(), surface.model(), ids).plan(item, wx, wy);
        execute(plan);
        return !plan.isRefused() && plan.command() != null;
    }
}
