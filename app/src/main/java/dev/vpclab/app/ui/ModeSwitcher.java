package dev.vpclab.app.ui;

import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.inspector.InspectorView;
import dev.vpclab.app.trace.TraceMode;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

/**
 * Switches the main window between Design, Trace and Simulate: the mode leaving clears what it drew, the mode
 * entering gets its bottom tab in front (with room for its event list or charts), its legend over the canvas and,
 * for a simulation, its panel in place of the inspector. Simulate is available once {@link SimulationHooks} are
 * registered.
 */
final class ModeSwitcher {

    /** The bottom panel's least height in Trace and Simulate mode, where it holds the event list or the charts. */
    static final double MODE_BOTTOM_HEIGHT = 350;

    private final WindowStatus status;
    private final BottomPanel bottom;
    private final SplitPane top;
    private final SplitPane middle;
    private final InspectorView inspector;
    private final DiagramView canvas;
    private final TraceMode trace;
    private final StackPane legendHolder;
    private final BooleanProperty simulationAvailable = new SimpleBooleanProperty(this, "simulationAvailable");
    private SimulationHooks simulation;
    private javafx.scene.Node simulationInspector;

    ModeSwitcher(WindowStatus status, BottomPanel bottom, SplitPane top, SplitPane middle, InspectorView inspector, DiagramView canvas,
                 TraceMode trace, StackPane legendHolder) {
        this.status = status;
        this.bottom = bottom;
        this.top = top;
        this.middle = middle;
        this.inspector = inspector;
        this.canvas = canvas;
        this.trace = trace;
        this.legendHolder = legendHolder;
        status.modeProperty().addListener((o, a, b) -> switchMode(a, b));
    }

    /**
     * @param hooks the simulation's workspace
     * @param menu the menu bar, whose Simulate menu gets the workspace's items
     * @param statusBar the status bar, which shows the simulation's state
     */
    void register(SimulationHooks hooks, MainMenu menu, StatusBar statusBar) {
        if (simulation != null) {
            throw new IllegalStateException("a simulation workspace is already registered");
        }
        simulation = hooks;
        bottom.setMetricsContent(hooks.metricsTab());
        bottom.setSimulationContent(hooks.simulationTab());
        simulationInspector = hooks.inspectorPanel();
        menu.setSimulationItems(hooks.menuItems());
        if (hooks.statusText() != null) {
            statusBar.addModeStatus("status-simulation", hooks.statusText(), null);
        }
        simulationAvailable.set(true);
    }

    /** @return the registered simulation workspace, or null */
    SimulationHooks simulation() {
        return simulation;
    }

    /** @return whether Simulate can be chosen */
    ObservableBooleanValue simulationAvailable() {
        return simulationAvailable;
    }

    /** The window closes. */
    void dispose() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    private void switchMode(Mode from, Mode to) {
        if (to == Mode.SIMULATE && simulation == null) {
            Platform.runLater(() -> status.modeProperty().set(from));
            return;
        }
        if (from == Mode.TRACE) {
            trace.exit();
        } else if (from == Mode.SIMULATE && simulation != null) {
            simulation.exit();
            if (simulationInspector != null) {
                top.getItems().set(1, inspector);
            }
        }
        legendHolder.getChildren().clear();
        if (to == Mode.TRACE) {
            bottom.showTrace();
            growBottom();
            legendHolder.getChildren().setAll(trace.legend());
            trace.enter();
        } else if (to == Mode.SIMULATE) {
            bottom.showMetrics();
            growBottom();
            if (simulationInspector != null) {
                top.getItems().set(1, simulationInspector);
                SplitPane.setResizableWithParent(simulationInspector, false);
            }
            javafx.scene.Node legend = simulation.canvasLegend();
            if (legend != null) {
                legendHolder.getChildren().setAll(legend);
            }
            simulation.enter();
        } else {
            bottom.showProblems();
        }
    }

    /** The event list and the charts want more room than the Problems list. */
    private void growBottom() {
        double h = middle.getHeight();
        if (h <= 0) {
            return;
        }
        double[] dividers = middle.getDividerPositions();
        double current = dividers.length == 0 ? 0 : h * (1 - dividers[0]);
        // in a small window the canvas keeps more than half
        double wanted = Math.min(MODE_BOTTOM_HEIGHT, h * 0.45);
        if (current < wanted) {
            double[] topDividers = top.getDividerPositions();
            middle.setDividerPositions(1 - wanted / h);
            top.setDividerPositions(topDividers);
            // the canvas gets shorter: show the whole network again once it has its new size
            ChangeListener<Number> refit = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                    canvas.heightProperty().removeListener(this);
                    // after this layout pass, when the drawing surface has taken the new size too
                    Platform.runLater(canvas::zoomToFit);
                }
            };
            canvas.heightProperty().addListener(refit);
        }
    }
}
