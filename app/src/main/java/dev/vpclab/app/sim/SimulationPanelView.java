package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.SavedSimulation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Simulation tab: the scenario (a saved simulation, its description, or why it cannot run), the run controls
 * with the simulated clock, the traffic profile and rate, fault injection, the event log, and the fault timeline.
 */
final class SimulationPanelView extends VBox {

    SimulationPanelView(SimulationViewModel vm, I18n i18n) {
        SimWidgets.styled(this);
        getStyleClass().add("sim-panel");
        setId("simulation-panel");
        setMinSize(0, 0);

        HBox columns = new HBox(scenario(vm, i18n), run(vm, i18n), ScenarioControls.traffic(vm, i18n, "sim-"),
                ScenarioControls.faults(vm, i18n, "sim-"), log(vm, i18n));
        columns.getStyleClass().add("sim-columns");
        VBox.setVgrow(columns, Priority.ALWAYS);
        columns.setMinHeight(0);
        getChildren().addAll(columns, new FaultTimelineView(vm, i18n));
    }

    private static VBox column(I18n i18n, String titleKey) {
        VBox box = new VBox(SimWidgets.sectionTitle(i18n.bind(titleKey)));
        box.getStyleClass().add("sim-column");
        box.setMinWidth(0);
        return box;
    }

    private static VBox scenario(SimulationViewModel vm, I18n i18n) {
        VBox box = column(i18n, "simmode.section.scenario");
        ComboBox<SavedSimulation> choice = new ComboBox<>(vm.scenarios());
        choice.setId("sim-scenario");
        choice.valueProperty().bindBidirectional(vm.selectedProperty());
        choice.setButtonCell(nameCell());
        choice.setCellFactory(l -> nameCell());
        choice.setMaxWidth(Double.MAX_VALUE);
        Label description = new Label();
        description.getStyleClass().add("sim-muted");
        description.setWrapText(true);
        description.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.selectedProperty().get() == null ? "" : vm.selectedProperty().get().description(), vm.selectedProperty()));
        Label error = new Label();
        error.setId("sim-error");
        error.getStyleClass().add("sim-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        description.visibleProperty().bind(error.visibleProperty().not());
        description.managedProperty().bind(description.visibleProperty());
        box.getChildren().addAll(choice, description, error);
        box.setPrefWidth(300);
        box.setMinWidth(220);
        HBox.setHgrow(box, Priority.SOMETIMES);
        return box;
    }

    private static ListCell<SavedSimulation> nameCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SavedSimulation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    private static VBox run(SimulationViewModel vm, I18n i18n) {
        VBox box = column(i18n, "simmode.section.run");
        HBox clock = new HBox(10, RunControls.clock(vm, "sim-", "sim-clock-big"), RunControls.state(vm, "sim-"));
        clock.setAlignment(Pos.CENTER_LEFT);
        HBox speed = new HBox(6, SimWidgets.muted(i18n.bind("simmode.speed.label")), RunControls.speed(vm, i18n, "sim-"));
        speed.setAlignment(Pos.CENTER_LEFT);
        Label rate = new Label();
        rate.getStyleClass().add("sim-muted");
        rate.textProperty().bind(vm.traffic().rateNowProperty());
        box.getChildren().addAll(clock, RunControls.buttons(vm, i18n, "sim-", true), speed, rate);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static VBox log(SimulationViewModel vm, I18n i18n) {
        VBox box = column(i18n, "simmode.section.events");
        ListView<ActivityRow> list = new ListView<>(vm.log());
        list.setId("sim-events");
        list.getStyleClass().add("sim-events");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ActivityRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.clock() + "  " + item.text());
            }
        });
        Label none = new Label();
        none.textProperty().bind(i18n.bind("simmode.events.none"));
        none.getStyleClass().add("sim-muted");
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(0);
        list.setPrefHeight(60);
        box.getChildren().add(list);
        box.setPrefWidth(360);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
