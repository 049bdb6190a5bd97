package dev.vpclab.app.sim;

import atlantafx.base.controls.ToggleSwitch;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.sim.FaultAction;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The traffic and fault controls, built for the Simulation tab and again for the simulation inspector; both copies
 * edit the same view-model, so they always agree.
 */
final class ScenarioControls {

    private ScenarioControls() {
    }

    /**
     * @param vm the simulation
     * @param i18n the language
     * @param prefix an id prefix
     * @return the profile buttons (Constant, Ramp, Spike, Daily) and the base rate with Apply, under a title
     */
    static VBox traffic(SimulationViewModel vm, I18n i18n, String prefix) {
        TrafficControls t = vm.traffic();
        HBox segment = new HBox();
        segment.getStyleClass().add("sim-segment");
        ToggleGroup group = new ToggleGroup();
        boolean[] syncing = {false};
        for (TrafficControls.Profile p : TrafficControls.Profile.values()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(i18n.bind("simmode.profile." + p.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId(prefix + "profile-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(p);
            b.setOnAction(e -> {
                if (!syncing[0]) {
                    t.choose(p);
                }
                b.setSelected(true);
            });
            b.disableProperty().bind(vm.loadedProperty().not());
            int last = TrafficControls.Profile.values().length - 1;
            b.getStyleClass().add(p.ordinal() == 0 ? "left-pill" : p.ordinal() == last ? "right-pill" : "center-pill");
            segment.getChildren().add(b);
        }
        Runnable select = () -> {
            syncing[0] = true;
            group.getToggles().forEach(tg -> tg.setSelected(tg.getUserData() == t.profileProperty().get()));
            syncing[0] = false;
        };
        t.profileProperty().addListener((o, a, b) -> select.run());
        select.run();
        TextField rate = new TextField();
        rate.setId(prefix + "rate");
        rate.getStyleClass().add("sim-rate-field");
        rate.textProperty().bindBidirectional(t.rateTextProperty());
        rate.setPrefColumnCount(5);
        rate.setOnAction(e -> t.apply());
        Button apply = new Button();
        apply.setId(prefix + "rate-apply");
        apply.textProperty().bind(i18n.bind("simmode.rate.apply"));
        apply.setOnAction(e -> t.apply());
        apply.disableProperty().bind(vm.loadedProperty().not());
        HBox rateRow = new HBox(6, SimWidgets.muted(i18n.bind("simmode.rate.label")), rate, SimWidgets.muted(i18n.bind("simmode.rate.unit")),
                apply);
        rateRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, SimWidgets.sectionTitle(i18n.bind("simmode.section.traffic")), segment, rateRow);
        box.getStyleClass().add("sim-column");
        return box;
    }

    /**
     * @param vm the simulation
     * @param i18n the language
     * @param prefix an id prefix
     * @return Fail AZ (with the zone), Fail RDS primary (with the database) and Stop instance…, under a title
     */
    static VBox faults(SimulationViewModel vm, I18n i18n, String prefix) {
        ToggleSwitch zone = new ToggleSwitch();
        zone.setId(prefix + "fail-zone");
        zone.textProperty().bind(i18n.bind("simmode.fault.failZone"));
        zone.selectedProperty().bindBidirectional(vm.zoneFailedProperty());
        zone.disableProperty().bind(vm.loadedProperty().not());
        ComboBox<String> zones = new ComboBox<>(vm.zones());
        zones.setId(prefix + "zone");
        zones.valueProperty().bindBidirectional(vm.zoneProperty());
        HBox zoneRow = row(zone, zones);

        ToggleSwitch db = new ToggleSwitch();
        db.setId(prefix + "fail-db");
        db.textProperty().bind(i18n.bind("simmode.fault.failDb"));
        db.selectedProperty().bindBidirectional(vm.databaseFailedProperty());
        db.disableProperty().bind(vm.loadedProperty().not().or(javafx.beans.binding.Bindings.isEmpty(vm.databases())));
        ComboBox<String> dbs = new ComboBox<>(vm.databases());
        dbs.setId(prefix + "db");
        dbs.valueProperty().bindBidirectional(vm.databaseProperty());
        HBox dbRow = row(db, dbs);

        MenuButton stop = new MenuButton();
        stop.setId(prefix + "stop-instance");
        stop.textProperty().bind(i18n.bind("simmode.fault.stopInstance"));
        stop.disableProperty().bind(vm.loadedProperty().not());
        stop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable items = () -> stop.getItems().setAll(instanceItems(vm, i18n, vm.stoppable()));
        vm.stoppable().addListener((ListChangeListener<InstanceRow>) c -> items.run());
        i18n.localeProperty().addListener((o, a, b) -> items.run());
        items.run();

        Label chips = new Label();
        chips.getStyleClass().add("sim-since");
        chips.setWrapText(true);
        Runnable active = () -> chips.setText(String.join(" \u00b7 ", vm.activeFaults()));
        vm.activeFaults().addListener((ListChangeListener<String>) c -> active.run());
        active.run();
        VBox box = new VBox(6, SimWidgets.sectionTitle(i18n.bind("simmode.section.faults")), zoneRow, dbRow, stop, chips);
        box.getStyleClass().add("sim-column");
        return box;
    }

    private static HBox row(ToggleSwitch toggle, ComboBox<String> choice) {
        toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, toggle, choice);
        row.getStyleClass().add("sim-fault-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * @param vm the simulation
     * @param i18n the language
     * @param instances instances that exist now
     * @return one item per instance: stop it, or start it again when it is stopped
     */
    static List<MenuItem> instanceItems(SimulationViewModel vm, I18n i18n, List<InstanceRow> instances) {
        java.util.ArrayList<MenuItem> out = new java.util.ArrayList<>();
        for (InstanceRow r : instances) {
            boolean stopped = r.state() == dev.vpclab.model.resource.Instance.State.STOPPED;
            String label = r.name() == null || r.name().isBlank() ? r.id() : r.id() + " (" + r.name() + ")";
            MenuItem item = new MenuItem(i18n.get(stopped ? "simmode.fault.startOne" : "simmode.fault.stopOne", label));
            item.setOnAction(e -> vm.instanceFault(r.id(), stopped ? FaultAction.RECOVER : FaultAction.STOP));
            out.add(item);
        }
        if (out.isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("simmode.fault.noInstances"));
            none.setDisable(true);
            out.add(none);
        }
        return out;
    }
}
