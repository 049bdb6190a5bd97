package dev.vpclab.app.canvas;

import dev.vpclab.app.editor.EditorModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The diagram canvas: draws the document as an AWS architecture diagram and turns gestures into commands.
 * (API fixed for the other panels; the drawing is being built.)
 */
public class DiagramView extends StackPane {

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private final BooleanProperty showMinimap = new SimpleBooleanProperty(this, "showMinimap", true);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final Map<ConnectorKind, BooleanProperty> connectors = new EnumMap<>(ConnectorKind.class);

    /** @param editor the open document */
    public DiagramView(EditorModel editor) {
        for (ConnectorKind k : ConnectorKind.values()) {
            connectors.put(k, new SimpleBooleanProperty(k != ConnectorKind.SECURITY_GROUP));
        }
        getChildren().add(new Label(editor.document().size() + " resources"));
    }

    /** @return zoom factor, 1.0 = 100 % */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Zooms in one step around the centre. */
    public void zoomIn() {
        zoom.set(Math.min(4, zoom.get() * 1.25));
    }

    /** Zooms out one step around the centre. */
    public void zoomOut() {
        zoom.set(Math.max(0.1, zoom.get() / 1.25));
    }

    /** Fits the whole diagram into the view. */
    public void zoomToFit() {
        zoom.set(1.0);
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

    /** Copies the selected resources to the app's clipboard. */
    public void copySelection() {
    }

    /** Pastes the clipboard's resources with fresh ids, next to the originals. */
    public void paste() {
    }

    /** Copies and pastes the selection in one step. */
    public void duplicateSelection() {
    }

    /** Removes the selected resources with their dependants (one undoable command). */
    public void deleteSelection() {
    }

    /** Selects every drawn element. */
    public void selectAll() {
    }
}
