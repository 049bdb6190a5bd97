package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.sim.alarm.AlarmState;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The alarm widget: how many alarms are in ALARM, then one row per alarm with its state, name and condition. */
final class AlarmsView extends VBox {

    private final DashboardViewModel vm;
    private final I18n i18n;
    private final VBox rows = new VBox(1);
    private final Label count = new Label();

    AlarmsView(DashboardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("sim-tile");
        setId("alarms");
        Label title = new Label();
        title.textProperty().bind(i18n.bind("simmode.alarms.title"));
        title.getStyleClass().add("sim-tile-title");
        count.getStyleClass().add("sim-alarm-count");
        HBox header = new HBox(8, title, count);
        header.setAlignment(Pos.BASELINE_LEFT);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        rows.setStyle("-fx-padding: 4 0 0 0;");
        getChildren().addAll(header, scroll);
        vm.alarms().addListener((ListChangeListener<AlarmChip>) c -> rebuild());
        i18n.localeProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        int alarming = vm.alarmsInAlarm();
        count.setText(alarming == 0 ? "" : i18n.get("simmode.alarms.inAlarm", alarming));
        if (vm.alarms().isEmpty()) {
            Label none = new Label(i18n.get("simmode.alarms.none"));
            none.getStyleClass().add("sim-alarm-condition");
            none.setWrapText(true);
            rows.getChildren().add(none);
            return;
        }
        for (AlarmChip a : vm.alarms()) {
            Label tag = SimWidgets.stateTag(a.state());
            Label name = new Label(a.name());
            name.getStyleClass().add("sim-alarm-name");
            name.setMinWidth(40);
            name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            HBox top = new HBox(8, tag, name);
            top.setAlignment(Pos.CENTER_LEFT);
            Label condition = new Label(a.condition());
            condition.getStyleClass().add("sim-alarm-condition");
            condition.setMinWidth(0);
            VBox row = new VBox(1, top, condition);
            row.getStyleClass().add("sim-alarm-row");
            row.setId("alarm-" + a.name());
            row.setUserData(a);
            Tooltip t = new Tooltip(a.name() + " \u00b7 " + a.state().name() + "\n" + a.condition() + "\n" + a.reason());
            t.setWrapText(true);
            t.setMaxWidth(420);
            Tooltip.install(row, t);
            rows.getChildren().add(row);
        }
    }

    /**
     * @param name an alarm's name
     * @return its state as shown, or null when it is not shown
     */
    AlarmState shownState(String name) {
        for (AlarmChip a : vm.alarms()) {
            if (a.name().equals(name)) {
                return a.state();
            }
        }
        return null;
    }
}
