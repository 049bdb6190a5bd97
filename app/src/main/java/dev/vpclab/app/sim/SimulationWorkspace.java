package dev.vpclab.app.sim;

import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.app.ui.SimulationHooks;
import dev.vpclab.model.document.Document;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * Simulation mode, as the main window sees it: the Metrics &amp; Alarms dashboard, the Simulation tab, the Auto
 * Scaling inspector, the canvas legend, the Simulate menu and the canvas context-menu items, over one
 * {@link SimulationController} whose thread owns the simulator. Entering the mode loads the document's first saved
 * simulation (paused at time 0) and starts drawing on the canvas overlay; leaving pauses the run and clears the
 * overlay. The user's diagram is never changed by a run. Use on the JavaFX thread.
 */
public final class SimulationWorkspace implements SimulationHooks {

    private final EditorModel editor;
    private final SimulationController controller;
    private final SimulationViewModel simulation;
    private final DashboardViewModel dashboard;
    private final GroupPanelModel groups;
    private final CanvasDriver driver;
    private final SnapshotPump pump;
    private final SimulationMenus menus;
    private MetricsDashboardView metricsView;
    private SimulationPanelView simulationView;
    private GroupInspectorView inspectorView;
    private CanvasLegend legend;
    private boolean active;
    private Document loadedFrom;

    /**
     * @param editor the open document
     * @param canvas the canvas whose overlay shows the run
     */
    public SimulationWorkspace(EditorModel editor, DiagramView canvas) {
        this.editor = editor;
        this.controller = new SimulationController(editor.document());
        this.simulation = new SimulationViewModel(editor, controller);
        this.dashboard = new DashboardViewModel(editor.i18n());
        this.groups = new GroupPanelModel(editor);
        this.driver = new CanvasDriver(canvas.overlay(), editor.i18n(), canvas::setDisplayedDocument);
        this.pump = new SnapshotPump(controller, List.of(simulation::apply, dashboard::apply, groups::apply), driver);
        this.menus = new SimulationMenus(simulation, editor.i18n());
        dashboard.queryProperty().addListener((o, a, b) -> controller.setQuery(b));
        editor.documentProperty().addListener((o, a, b) -> {
            if (active && b != loadedFrom) {
                reload();
            }
        });
    }

    private I18n i18n() {
        return editor.i18n();
    }

    @Override
    public Node metricsTab() {
        if (metricsView == null) {
            metricsView = new MetricsDashboardView(dashboard, simulation, i18n());
        }
        return metricsView;
    }

    @Override
    public Node simulationTab() {
        if (simulationView == null) {
            simulationView = new SimulationPanelView(simulation, i18n());
        }
        return simulationView;
    }

    @Override
    public Node inspectorPanel() {
        if (inspectorView == null) {
            inspectorView = new GroupInspectorView(groups, simulation, i18n());
        }
        return inspectorView;
    }

    @Override
    public Node canvasLegend() {
        if (legend == null) {
            legend = new CanvasLegend(simulation, i18n());
        }
        return legend;
    }

    @Override
    public ObservableValue<String> statusText() {
        return Bindings.createStringBinding(() -> simulation.stateProperty().get() == RunState.IDLE ? ""
                : i18n().get("simmode.status", simulation.stateTextProperty().get(), simulation.speedProperty().get()),
                simulation.stateProperty(), simulation.stateTextProperty(), simulation.speedProperty(), i18n().localeProperty());
    }

    @Override
    public void enter() {
        active = true;
        if (loadedFrom != editor.document()) {
            reload();
        }
        pump.forget();
        pump.start();
    }

    @Override
    public void exit() {
        active = false;
        controller.pause();
        pump.stop();
        driver.clear();
    }

    private void reload() {
        loadedFrom = editor.document();
        simulation.refreshScenarios();
        simulation.load();
    }

    @Override
    public List<MenuItem> menuItems() {
        return menus.menuItems();
    }

    /**
     * The canvas context-menu items for an element while simulating: stop, terminate or start an instance; fail or
     * recover the zone of an AZ column or subnet; fail or recover a database's primary. Empty when nothing can fail
     * there or no scenario is loaded.
     *
     * @param elementKey a resource id or an AZ column key
     * @return the items, built now
     */
    @Override
    public List<MenuItem> contextItems(String elementKey) {
        return menus.contextItems(controller.latest(), elementKey);
    }

    /** Stops the simulation's thread (when the window closes). */
    public void dispose() {
        pump.stop();
        controller.close();
    }

    /** @return true between {@link #enter()} and {@link #exit()} */
    public boolean active() {
        return active;
    }

    SimulationController controller() {
        return controller;
    }

    SimulationViewModel simulation() {
        return simulation;
    }

    DashboardViewModel dashboard() {
        return dashboard;
    }

    GroupPanelModel groups() {
        return groups;
    }

    SnapshotPump pump() {
        return pump;
    }

    MetricsDashboardView metricsView() {
        return (MetricsDashboardView) metricsTab();
    }
}
