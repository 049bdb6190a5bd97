package dev.vpclab.app.sim;

import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.sim.FaultAction;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The Simulate menu (run, speed, traffic, faults) and the canvas context-menu items of simulation mode. */
final class SimulationMenus {

    private final SimulationViewModel vm;
    private final I18n i18n;

    SimulationMenus(SimulationViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(i18n.bind(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** @return the Simulate menu's items */
    List<MenuItem> menuItems() {
        MenuItem play = item("simmode.run.play", vm::play);
        play.setId("menu-sim-play");
        play.disableProperty().bind(vm.loadedProperty().not().or(vm.runningProperty()));
        MenuItem pause = item("simmode.run.pause", vm::pause);
        pause.setId("menu-sim-pause");
        pause.disableProperty().bind(vm.runningProperty().not());
        MenuItem step = item("simmode.run.step", vm::step);
        step.setAccelerator(new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN));
        step.disableProperty().bind(vm.loadedProperty().not());
        MenuItem reset = item("simmode.run.reset", vm::reset);
        reset.disableProperty().bind(vm.loadedProperty().not());

        Menu speed = new Menu();
        speed.textProperty().bind(i18n.bind("simmode.speed.label"));
        ToggleGroup speeds = new ToggleGroup();
        for (int s : SimulationController.SPEEDS) {
            RadioMenuItem r = new RadioMenuItem(i18n.get("simmode.speed.value", s));
            r.setToggleGroup(speeds);
            r.setSelected(vm.speedProperty().get() != null && vm.speedProperty().get() == s);
            r.setOnAction(e -> vm.speedProperty().set(s));
            vm.speedProperty().addListener((o, a, b) -> r.setSelected(b != null && b == s));
            speed.getItems().add(r);
        }

        Menu traffic = new Menu();
        traffic.textProperty().bind(i18n.bind("simmode.section.traffic"));
        for (TrafficControls.Profile p : TrafficControls.Profile.values()) {
            MenuItem m = item("simmode.profile." + p.name().toLowerCase(java.util.Locale.ROOT), () -> vm.traffic().choose(p));
            m.disableProperty().bind(vm.loadedProperty().not());
            traffic.getItems().add(m);
        }

        Menu faults = new Menu();
        faults.textProperty().bind(i18n.bind("simmode.section.faults"));
        faults.disableProperty().bind(vm.loadedProperty().not());
        faults.setOnShowing(e -> faults.getItems().setAll(faultItems()));
        faults.getItems().setAll(faultItems());
        return List.of(play, pause, step, reset, new SeparatorMenuItem(), speed, traffic, faults);
    }

    private List<MenuItem> faultItems() {
        List<MenuItem> out = new ArrayList<>();
        SimulationSnapshot s = vm.snapshotProperty().get();
        for (String zone : vm.zones()) {
            boolean failed = s != null && s.failedZones().contains(zone);
            out.add(fault(failed ? "simmode.menu.recoverZone" : "simmode.menu.failZone", zone, failed ? FaultAction.RECOVER : FaultAction.FAIL));
        }
        for (String db : vm.databases()) {
            DbInstance d = s == null ? null : s.document().get(db, DbInstance.class);
            boolean down = d != null && d.state() == LifecycleState.FAILED;
            out.add(fault(down ? "simmode.menu.recoverDb" : "simmode.menu.failDb", db, down ? FaultAction.RECOVER : FaultAction.FAIL));
        }
        Menu instances = new Menu(i18n.get("simmode.fault.stopInstance"));
        instances.getItems().setAll(ScenarioControls.instanceItems(vm, i18n, vm.stoppable()));
        out.add(new SeparatorMenuItem());
        out.add(instances);
        return out;
    }

    private MenuItem fault(String key, String resource, FaultAction action) {
        MenuItem m = new MenuItem(i18n.get(key, resource));
        m.setOnAction(e -> vm.instanceFault(resource, action));
        return m;
    }

    /**
     * @param s the newest snapshot
     * @param key an element key of the canvas
     * @return the fault items for that element, or none
     */
    List<MenuItem> contextItems(SimulationSnapshot s, String key) {
        List<MenuItem> out = new ArrayList<>();
        if (s == null || !s.loaded() || key == null) {
            return out;
        }
        Document doc = s.original();
        Instance instance = s.document().get(key, Instance.class);
        if (instance != null) {
            if (instance.state() == Instance.State.STOPPED) {
                out.add(fault("simmode.menu.startInstance", key, FaultAction.RECOVER));
            } else if (instance.state() == Instance.State.RUNNING || instance.state() == Instance.State.PENDING) {
                out.add(fault("simmode.menu.stopInstance", key, FaultAction.STOP));
                out.add(fault("simmode.menu.terminateInstance", key, FaultAction.TERMINATE));
            }
            return out;
        }
        DbInstance db = doc.get(key, DbInstance.class);
        if (db == null) {
            db = ElementKeys.standbyOf(doc, key);
        }
        if (db != null) {
            DbInstance now = s.document().get(db.id(), DbInstance.class);
            boolean down = now != null && now.state() == LifecycleState.FAILED;
            out.add(fault(down ? "simmode.menu.recoverDb" : "simmode.menu.failDb", db.id(), down ? FaultAction.RECOVER : FaultAction.FAIL));
            return out;
        }
        String zone = ElementKeys.columnZone(doc, key);
        Subnet subnet = doc.get(key, Subnet.class);
        if (zone == null && subnet != null) {
            zone = subnet.availabilityZoneId();
        }
        if (zone != null) {
            boolean failed = s.failedZones().contains(zone);
            out.add(fault(failed ? "simmode.menu.recoverZone" : "simmode.menu.failZone", zone, failed ? FaultAction.RECOVER : FaultAction.FAIL));
        }
        return out;
    }
}
