package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Metrics &amp; Alarms tab: a bar with the time window, period and statistic, the run controls and the active
 * profile and faults; the charts in a grid with the alarm widget beside them; the Auto Scaling activity strip.
 */
final class MetricsDashboardView extends VBox {

    private final Map<ChartId, MetricChartView> charts = new EnumMap<>(ChartId.class);
    private final AlarmsView alarms;

    MetricsDashboardView(DashboardViewModel dashboard, SimulationViewModel sim, I18n i18n) {
        SimWidgets.styled(this);
        getStyleClass().add("sim-dashboard");
        setId("metrics-dashboard");
        setMinSize(0, 0);

        ComboBox<DashboardViewModel.WindowChoice> window = Choices.of(List.of(DashboardViewModel.WindowChoice.values()),
                dashboard.windowProperty(), w -> i18n.get("simmode.window." + key(w.name())), i18n, "dashboard-window");
        window.setTooltip(new javafx.scene.control.Tooltip());
        window.getTooltip().textProperty().bind(i18n.bind("simmode.window.tooltip"));
        ComboBox<Integer> period = Choices.of(List.of(60, 300), dashboard.periodProperty(),
                p -> i18n.get("simmode.unit.minutes", p / 60), i18n, "dashboard-period");
        ComboBox<DashboardViewModel.StatisticChoice> statistic = Choices.of(List.of(DashboardViewModel.StatisticChoice.values()),
                dashboard.statisticProperty(), s -> s.statistic() == null ? i18n.get("simmode.statistic.recommended") : s.statistic().text(),
                i18n, "dashboard-statistic");
        Label clockIcon = new Label(null, new FontIcon(Feather.CLOCK));
        HBox bar = new HBox(clockIcon, window, SimWidgets.muted(i18n.bind("simmode.period.label")), period,
                SimWidgets.muted(i18n.bind("simmode.statistic.label")), statistic, divider(), RunControls.row(sim, i18n, "dashboard-"),
                SimWidgets.spacer(), chips(sim));
        bar.getStyleClass().add("sim-bar");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("sim-grid");
        for (int c = 0; c < 4; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(c == 3 ? 22 : 26);
            cc.setMinWidth(0);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setPercentHeight(50);
            rc.setMinHeight(0);
            grid.getRowConstraints().add(rc);
        }
        ChartId[] order = {ChartId.REQUESTS, ChartId.RESPONSE_TIME, ChartId.HOSTS, ChartId.ELB_5XX, ChartId.CPU, ChartId.DB_CONNECTIONS};
        for (int i = 0; i < order.length; i++) {
            MetricChartView v = new MetricChartView(dashboard.chart(order[i]), order[i] == ChartId.HOSTS);
            v.setMinSize(0, 0);
            charts.put(order[i], v);
            grid.add(v, i % 3, i / 3);
        }
        alarms = new AlarmsView(dashboard, i18n);
        alarms.setMinSize(0, 0);
        grid.add(alarms, 3, 0, 1, 2);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(bar, grid, new ActivityStrip(dashboard, i18n));
    }

    private static Separator divider() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("sim-divider");
        return s;
    }

    /** The profile running now and the faults in effect, as chips at the bar's right end. */
    private static HBox chips(SimulationViewModel sim) {
        HBox box = new HBox(6);
        box.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        box.setMinWidth(0);
        Label profile = SimWidgets.chip("", "none");
        profile.setId("profile-chip");
        profile.textProperty().bind(sim.traffic().profileTextProperty());
        Runnable rebuild = () -> {
            box.getChildren().setAll(profile);
            for (String f : sim.activeFaults()) {
                box.getChildren().add(SimWidgets.chip(f, "alarm"));
            }
        };
        sim.activeFaults().addListener((ListChangeListener<String>) c -> rebuild.run());
        rebuild.run();
        return box;
    }

    static String key(String enumName) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : enumName.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /**
     * @param id a chart
     * @return its view (for tests)
     */
    MetricChartView chart(ChartId id) {
        return charts.get(id);
    }

    /** @return the alarm widget (for tests) */
    AlarmsView alarms() {
        return alarms;
    }
}
