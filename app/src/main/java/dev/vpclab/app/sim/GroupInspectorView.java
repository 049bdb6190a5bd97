package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.icons.Icons;
import java.text.NumberFormat;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The inspector in simulation mode: the selected Auto Scaling group's Desired / Min / Max / In service tiles, its
 * policy and alarms, a table of its instances (zone, lifecycle state, a CPU bar; "new" for those launched in the
 * run), and the traffic and fault controls.
 */
final class GroupInspectorView extends ScrollPane {

    private final GroupPanelModel model;
    private final I18n i18n;
    private final VBox group = new VBox(8);

    GroupInspectorView(GroupPanelModel model, SimulationViewModel sim, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        SimWidgets.styled(this);
        setId("simulation-inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("edge-to-edge");
        Label title = new Label();
        title.textProperty().bind(i18n.bind("simmode.inspector.title"));
        title.getStyleClass().add("sim-inspector-title");
        VBox scenario = new VBox(8, ScenarioControls.traffic(sim, i18n, "inspector-"), ScenarioControls.faults(sim, i18n, "inspector-"));
        scenario.getChildren().forEach(n -> n.getStyleClass().remove("sim-column"));
        VBox content = new VBox(10, title, group, scenario);
        content.getStyleClass().add("sim-inspector");
        setContent(content);
        model.groupProperty().addListener((o, a, b) -> rebuild());
        i18n.localeProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        GroupView g = model.groupProperty().get();
        group.getChildren().clear();
        if (g == null) {
            Label none = new Label(i18n.get("simmode.inspector.noGroup"));
            none.getStyleClass().add("sim-muted");
            none.setWrapText(true);
            group.getChildren().add(none);
            return;
        }
        Label name = new Label(g.name());
        name.getStyleClass().add("sim-inspector-name");
        Label kind = new Label(i18n.get("simmode.inspector.kind"));
        kind.getStyleClass().add("sim-inspector-kind");
        HBox header = new HBox(10, Icons.node("asg", 34), new VBox(0, name, kind));
        header.setAlignment(Pos.CENTER_LEFT);

        HBox tiles = new HBox(6, tile("simmode.inspector.desired", g.desired(), false), tile("simmode.inspector.min", g.min(), false),
                tile("simmode.inspector.max", g.max(), false), tile("simmode.inspector.inService", g.inService(), true));
        group.getChildren().addAll(header, tiles);
        if (!g.policy().isEmpty()) {
            group.getChildren().add(pair("simmode.inspector.policy", new Label(g.policy())));
        }
        if (!g.alarms().isEmpty()) {
            FlowPane chips = new FlowPane(4, 4);
            for (AlarmChip a : g.alarms()) {
                // a managed alarm's name repeats the group's: "TargetTracking-asg-0web-AlarmHigh-cpu-50" shows as "AlarmHigh-cpu-50"
                String shown = a.managed() ? a.name().replaceFirst("^TargetTracking-" + java.util.regex.Pattern.quote(g.id()) + "-", "") : a.name();
                Label chip = SimWidgets.chip(shown + " \u00b7 " + a.state().name(), SimWidgets.tone(a.state()));
                chip.setTooltip(new javafx.scene.control.Tooltip(a.name() + "\n" + a.condition() + "\n" + a.reason()));
                chips.getChildren().add(chip);
            }
            group.getChildren().add(pair("simmode.inspector.alarms", chips));
        }
        group.getChildren().addAll(SimWidgets.sectionTitle(i18n.bind("simmode.inspector.instances")), table(g));
    }

    private Node pair(String key, Node value) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("sim-muted");
        l.setMinWidth(64);
        if (value instanceof Label v) {
            v.setWrapText(true);
            v.getStyleClass().add("sim-table-cell");
        }
        HBox row = new HBox(8, l, value);
        HBox.setHgrow(value, Priority.ALWAYS);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private VBox tile(String key, int value, boolean accent) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("sim-tile-box-label");
        Label v = new Label(Integer.toString(value));
        v.getStyleClass().add("sim-tile-box-value");
        if (accent) {
            v.getStyleClass().add("sim-tone-ok");
        }
        VBox box = new VBox(0, l, v);
        box.getStyleClass().add("sim-tile-box");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        return box;
    }

    private GridPane table(GroupView g) {
        GridPane t = new GridPane();
        t.setId("simulation-instances");
        t.setHgap(10);
        t.setVgap(5);
        String[] heads = {"simmode.inspector.col.instance", "simmode.inspector.col.zone", "simmode.inspector.col.state",
            "simmode.inspector.col.cpu"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(i18n.get(heads[c]));
            h.getStyleClass().add("sim-table-head");
            t.add(h, c, 0);
        }
        ColumnConstraints idColumn = new ColumnConstraints();
        idColumn.setHgrow(Priority.ALWAYS);
        idColumn.setMinWidth(60);
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints stateColumn = new ColumnConstraints();
        stateColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints cpu = new ColumnConstraints();
        cpu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        t.getColumnConstraints().addAll(idColumn, fixed, stateColumn, cpu);
        NumberFormat whole = NumberFormat.getIntegerInstance(i18n.locale());
        int r = 1;
        for (GroupView.Row row : g.instances()) {
            boolean gone = row.tone() == GroupView.Tone.GONE;
            Label id = cell(row.id(), gone);
            id.getStyleClass().add("sim-mono");
            id.setMinWidth(30);
            id.setTooltip(new javafx.scene.control.Tooltip(row.id()));
            HBox idBox = new HBox(4, id);
            idBox.setMinWidth(0);
            idBox.setAlignment(Pos.CENTER_LEFT);
            if (row.launched()) {
                Label fresh = new Label(i18n.get("simmode.inspector.new"));
                fresh.getStyleClass().add("sim-new");
                fresh.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                idBox.getChildren().add(fresh);
            }
            Label state = cell(row.state(), gone);
            state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            state.setGraphic(SimWidgets.dot("sim-tone-" + row.tone().name().toLowerCase(java.util.Locale.ROOT)));
            t.add(idBox, 0, r);
            t.add(cell(row.zone(), gone), 1, r);
            t.add(state, 2, r);
            t.add(cpu(row.cpuPercent(), whole), 3, r);
            r++;
        }
        return t;
    }

    private static Label cell(String text, boolean gone) {
        Label l = new Label(text);
        l.getStyleClass().add("sim-table-cell");
        if (gone) {
            l.getStyleClass().add("sim-gone");
        }
        return l;
    }

    private static Node cpu(double cpu, NumberFormat whole) {
        if (Double.isNaN(cpu)) {
            Label dash = cell("\u2014", true);
            return dash;
        }
        double w = 40;
        Rectangle track = new Rectangle(w, 6);
        track.setArcWidth(6);
        track.setArcHeight(6);
        track.getStyleClass().add("sim-bar-track");
        Rectangle bar = new Rectangle(Math.max(2, w * Math.min(100, cpu) / 100), 6);
        bar.setArcWidth(6);
        bar.setArcHeight(6);
        dev.vpclab.app.render.Colour c = CanvasDecorations.load(cpu);
        bar.setFill(Color.rgb(c.red(), c.green(), c.blue()));
        StackPane bars = new StackPane(track, bar);
        StackPane.setAlignment(bar, Pos.CENTER_LEFT);
        bars.setPadding(new Insets(0, 2, 0, 0));
        Label pct = cell(whole.format(Math.round(cpu)) + " %", false);
        pct.setMinWidth(38);
        pct.setAlignment(Pos.CENTER_RIGHT);
        HBox box = new HBox(4, bars, pct);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }
}
