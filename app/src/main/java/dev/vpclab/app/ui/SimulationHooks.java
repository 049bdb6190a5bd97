package dev.vpclab.app.ui;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * How simulation mode plugs into the main window, implemented by whoever owns the simulation and registered with
 * {@link MainWindow#setSimulationWorkspace}: the window asks once for the panels and the menu items, shows them,
 * and calls {@link #enter()} and {@link #exit()} when the user switches to and away from Simulate. The Simulate
 * switch and menu are enabled once hooks are registered. All calls come on the JavaFX application thread.
 */
public interface SimulationHooks {

    /** @return the content of the "Metrics &amp; Alarms" tab (the dashboard), asked once */
    Node metricsTab();

    /** @return the content of the "Simulation" tab (play, speed, profiles, faults, activity), asked once */
    Node simulationTab();

    /**
     * @return a panel shown in place of the inspector while in Simulate mode (the selected resource's live state,
     *     the scenario), or null to keep the inspector; asked once
     */
    Node inspectorPanel();

    /** Simulate mode begins: the Metrics &amp; Alarms tab is in front; start drawing on the canvas overlay. */
    void enter();

    /** Simulate mode ends (Design or Trace chosen): pause if you like, and clear what you drew on the canvas overlay. */
    void exit();

    /** @return the items of the Simulate menu (play, pause, profile, faults…), asked once */
    List<MenuItem> menuItems();

    /**
     * @param elementKey a resource id or an AZ column key under the pointer
     * @return items the canvas's context menu offers for it while simulating (fault injection); empty for none
     */
    default List<MenuItem> contextItems(String elementKey) {
        return List.of();
    }

    /**
     * @return a box floated over the canvas's top-right corner while in Simulate mode (the load legend), or null;
     *     asked once
     */
    default Node canvasLegend() {
        return null;
    }

    /** The window closes: stop the simulation's thread. */
    default void dispose() {
    }

    /**
     * @return the status bar's simulation text ("Simulation: running 60×"), shown while not empty, or null; asked
     *     once
     */
    default ObservableValue<String> statusText() {
        return null;
    }
}
