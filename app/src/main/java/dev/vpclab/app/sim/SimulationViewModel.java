package dev.vpclab.app.sim;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.SavedSimulation;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.sim.FaultAction;
import dev.vpclab.sim.Scenario;
import dev.vpclab.sim.ScenarioArguments;
import dev.vpclab.sim.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Simulation tab without its nodes: the document's saved simulations (read with {@link ScenarioArguments}; one
 * that cannot be read is shown as a sentence, never thrown), play/pause/step/reset and speed, the traffic profile
 * and rate, fault injection, and from each snapshot the run's state, time, active faults and timeline. Every
 * action is a request to the {@link SimulationController}; nothing here touches the simulator. Use on the JavaFX
 * thread.
 */
public final class SimulationViewModel {

    /** One simulated minute, what Step advances. */
    public static final long STEP_SECONDS = 60;

    private final EditorModel editor;
    private final SimulationController controller;
    private final I18n i18n;
    private final ObservableList<SavedSimulation> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<SavedSimulation> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", SimTime.clock(0));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<Integer> speed = new SimpleObjectProperty<>(this, "speed", 60);
    private final TrafficControls traffic;
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObservableList<String> databases = FXCollections.observableArrayList();
    private final ObjectProperty<String> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObjectProperty<String> database = new SimpleObjectProperty<>(this, "database");
    private final BooleanProperty zoneFailed = new SimpleBooleanProperty(this, "zoneFailed");
    private final BooleanProperty databaseFailed = new SimpleBooleanProperty(this, "databaseFailed");
    private final ObservableList<InstanceRow> stoppable = FXCollections.observableArrayList();
    private final ObservableList<String> activeFaults = FXCollections.observableArrayList();
    private final ObservableList<ActivityRow> log = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SimulationSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private boolean applying;
    private dev.vpclab.model.i18n.Message readError;

    /**
     * @param editor the open document (its saved simulations; the run never changes it)
     * @param controller the simulation's thread
     */
    public SimulationViewModel(EditorModel editor, SimulationController controller) {
        this.editor = editor;
        this.controller = controller;
        this.i18n = editor.i18n();
        this.traffic = new TrafficControls(controller, i18n, error::set);
        refreshScenarios();
        speed.addListener((o, a, b) -> controller.setSpeed(b == null ? 60 : b));
        selected.addListener((o, a, b) -> {
            if (!applying) {
                load();
            }
        });
        zone.addListener((o, a, b) -> syncToggles());
        database.addListener((o, a, b) -> syncToggles());
        zoneFailed.addListener((o, a, b) -> {
            if (!applying && zone.get() != null && b != failedNow(zone.get())) {
                controller.inject(zone.get(), b ? FaultAction.FAIL : FaultAction.RECOVER);
            }
        });
        databaseFailed.addListener((o, a, b) -> {
            if (!applying && database.get() != null && b != databaseDown(database.get())) {
                controller.inject(database.get(), b ? FaultAction.FAIL : FaultAction.RECOVER);
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> {
            refreshScenarios();
            if (snapshot.get() != null) {
                apply(snapshot.get());
            }
        });
    }

    /** Lists the document's saved simulations, or one default scenario when it has none (without loading one). */
    public void refreshScenarios() {
        SavedSimulation keep = selected.get();
        List<SavedSimulation> list = new ArrayList<>(editor.document().simulations());
        if (list.isEmpty()) {
            list.add(new SavedSimulation(i18n.get("simmode.scenario.default"), i18n.get("simmode.scenario.default.description"), List.of()));
        }
        applying = true;
        try {
            scenarios.setAll(list);
            if (keep == null || !list.contains(keep)) {
                selected.set(list.get(0));
            }
        } finally {
            applying = false;
        }
    }

    /** (Re)loads the selected scenario over the editor's document, paused at time 0. */
    public void load() {
        SavedSimulation s = selected.get();
        if (s == null) {
            return;
        }
        zones.setAll(new FaultTargets(editor.document()).zones());
        databases.setAll(new FaultTargets(editor.document()).databases());
        if (zone.get() == null || !zones.contains(zone.get())) {
            zone.set(zones.isEmpty() ? null : zones.get(0));
        }
        if (database.get() == null || !databases.contains(database.get())) {
            database.set(databases.isEmpty() ? null : databases.get(0));
        }
        try {
            Scenario sc = ScenarioArguments.parse(s.arguments());
            readError = null;
            error.set("");
            traffic.reset(sc);
            controller.load(editor.document(), s.name(), sc);
        } catch (ScenarioException e) {
            readError = dev.vpclab.model.i18n.Message.of("simmode.scenario.invalid", s.name(), e.message());
            error.set(i18n.get(readError));
            controller.fail(editor.document(), s.name(), e.getMessage());
        }
    }

    /** Plays. */
    public void play() {
        controller.play();
    }

    /** Pauses. */
    public void pause() {
        controller.pause();
    }

    /** Advances one simulated minute. */
    public void step() {
        controller.step(STEP_SECONDS);
    }

    /** Starts the scenario again at time 0. */
    public void reset() {
        controller.reset();
    }

    /**
     * Stops, terminates or starts an instance now.
     *
     * @param instanceId the instance
     * @param action STOP, TERMINATE or RECOVER
     */
    public void instanceFault(String instanceId, FaultAction action) {
        controller.inject(instanceId, action);
    }

    /**
     * Shows a snapshot.
     *
     * @param s the newest snapshot
     */
    public void apply(SimulationSnapshot s) {
        applying = true;
        try {
            snapshot.set(s);
            state.set(s.state());
            running.set(s.state() == RunState.RUNNING);
            loaded.set(s.loaded());
            clock.set(SimTime.clock(s.time()));
            stateText.set(i18n.get("simmode.state." + s.state().name().toLowerCase(java.util.Locale.ROOT)));
            if (s.state() == RunState.FAILED && readError != null) {
                error.set(i18n.get(readError));
            } else if (s.error() != null) {
                error.set(s.state() == RunState.FAILED ? i18n.get("simmode.scenario.cannotRun", s.error()) : i18n.get("simmode.error", s.error()));
            } else if (s.state() != RunState.FAILED) {
                error.set("");
            }
            traffic.apply(s);
            List<InstanceRow> alive = new ArrayList<>();
            for (InstanceRow r : s.instances()) {
                if (r.alive()) {
                    alive.add(r);
                }
            }
            if (!alive.equals(stoppable)) {
                stoppable.setAll(alive);
            }
            List<String> faults = new ArrayList<>();
            FaultTargets targets = new FaultTargets(s.original());
            for (String z : s.failedZones()) {
                faults.add(i18n.get("simmode.fault.zone.failed", z));
            }
            for (DbInstance d : s.document().all(DbInstance.class)) {
                if (d.state() == LifecycleState.FAILED) {
                    faults.add(i18n.get(targets.describe(new FaultMark(0, d.id(), FaultAction.FAIL, false))));
                }
            }
            if (!faults.equals(activeFaults)) {
                activeFaults.setAll(faults);
            }
            List<ActivityRow> rows = EventLog.rows(s, i18n);
            if (!rows.equals(log)) {
                log.setAll(rows);
            }
            syncToggles();
        } finally {
            applying = false;
        }
    }

    private void syncToggles() {
        boolean was = applying;
        applying = true;
        zoneFailed.set(zone.get() != null && failedNow(zone.get()));
        databaseFailed.set(database.get() != null && databaseDown(database.get()));
        applying = was;
    }

    private boolean failedNow(String z) {
        return snapshot.get() != null && snapshot.get().failedZones().contains(z);
    }

    private boolean databaseDown(String id) {
        SimulationSnapshot s = snapshot.get();
        DbInstance d = s == null ? null : s.document().get(id, DbInstance.class);
        return d != null && d.state() == LifecycleState.FAILED;
    }

    /** @return the document's saved simulations (or the default one) */
    public ObservableList<SavedSimulation> scenarios() {
        return scenarios;
    }

    /** @return the chosen scenario; choosing one loads it */
    public ObjectProperty<SavedSimulation> selectedProperty() {
        return selected;
    }

    /** @return why the scenario cannot run or the last request was refused, or "" */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return where the run stands */
    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** @return the state in words ("Running") */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** @return the simulated time ("0:45:00") */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** @return true while playing */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return true when a scenario is loaded and can be played */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** @return the speed, simulated seconds per wall second */
    public ObjectProperty<Integer> speedProperty() {
        return speed;
    }

    /** @return the traffic profile and rate controls */
    public TrafficControls traffic() {
        return traffic;
    }

    /** @return the zones that can fail */
    public ObservableList<String> zones() {
        return zones;
    }

    /** @return the chosen zone for the Fail AZ toggle */
    public ObjectProperty<String> zoneProperty() {
        return zone;
    }

    /** @return whether the chosen zone is failed; setting it fails or recovers the zone now */
    public BooleanProperty zoneFailedProperty() {
        return zoneFailed;
    }

    /** @return the RDS databases */
    public ObservableList<String> databases() {
        return databases;
    }

    /** @return the chosen database for the Fail RDS primary toggle */
    public ObjectProperty<String> databaseProperty() {
        return database;
    }

    /** @return whether the chosen database's primary is down; setting it fails or recovers it now */
    public BooleanProperty databaseFailedProperty() {
        return databaseFailed;
    }

    /** @return the instances that can be stopped or terminated now */
    public ObservableList<InstanceRow> stoppable() {
        return stoppable;
    }

    /** @return the faults in effect now, as short phrases */
    public ObservableList<String> activeFaults() {
        return activeFaults;
    }

    /** @return faults, failovers, health changes and alarm transitions, newest first */
    public ObservableList<ActivityRow> log() {
        return log;
    }

    /** @return the newest snapshot shown */
    public ReadOnlyObjectProperty<SimulationSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }
}
