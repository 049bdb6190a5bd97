package dev.vpclab.app.ui;

import dev.vpclab.app.problems.ProblemsView;
import dev.vpclab.app.problems.ProblemsViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tabs under the canvas: Problems (with its count), Trace, Metrics &amp; Alarms and Simulation. The last three
 * show a placeholder until their mode gives them content ({@link #setTraceContent}, {@link #setMetricsContent},
 * {@link #setSimulationContent}).
 */
final class BottomPanel {

    private final TabPane tabs = new TabPane();
    private final Tab problemsTab = new Tab();
    private final Tab traceTab;
    private final Tab metricsTab;
    private final Tab simulationTab;
    private final I18n i18n;

    BottomPanel(ProblemsViewModel problems, I18n i18n) {
        this.i18n = i18n;
        problemsTab.setId("tab-problems");
        problemsTab.textProperty().bind(problems.tabTitle());
        Label count = new Label();
        count.getStyleClass().add("tab-count");
        count.textProperty().bind(problems.errorsProperty().add(problems.warningsProperty()).asString());
        Runnable style = () -> {
            count.getStyleClass().removeAll("tab-count-error");
            if (problems.errorsProperty().get() > 0) {
                count.getStyleClass().add("tab-count-error");
            }
            boolean any = problems.errorsProperty().get() + problems.warningsProperty().get() > 0;
            problemsTab.setGraphic(any ? count : null);
        };
        problems.errorsProperty().addListener((o, a, b) -> style.run());
        problems.warningsProperty().addListener((o, a, b) -> style.run());
        style.run();
        problemsTab.setContent(new ProblemsView(problems));
        problemsTab.getStyleClass().add("tab-with-count");
        traceTab = placeholder("tab-trace", "ui.tab.trace", "ui.tab.trace.placeholder", Feather.NAVIGATION);
        metricsTab = placeholder("tab-metrics", "ui.tab.metrics", "ui.tab.metrics.placeholder", Feather.BAR_CHART_2);
        simulationTab = placeholder("tab-simulation", "ui.tab.simulation", "ui.tab.simulation.placeholder", Feather.ACTIVITY);
        tabs.getTabs().addAll(problemsTab, traceTab, metricsTab, simulationTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("bottom-tabs");
        tabs.setId("bottom-tabs");
    }

    private Tab placeholder(String id, String key, String textKey, Ikon icon) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(i18n.bind(key));
        FontIcon big = new FontIcon(icon);
        big.getStyleClass().add("placeholder-icon");
        Label text = new Label();
        text.textProperty().bind(i18n.bind(textKey));
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        VBox box = new VBox(10, big, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("tab-placeholder");
        t.setContent(box);
        return t;
    }

    Node node() {
        return tabs;
    }

    /** Brings the Problems tab to the front. */
    void showProblems() {
        tabs.getSelectionModel().select(problemsTab);
    }

    /** Brings the Trace tab to the front. */
    void showTrace() {
        tabs.getSelectionModel().select(traceTab);
    }

    /** Brings the Metrics &amp; Alarms tab to the front. */
    void showMetrics() {
        tabs.getSelectionModel().select(metricsTab);
    }

    /** @param content what the Trace tab shows (trace mode's form, event list and hop card) */
    void setTraceContent(Node content) {
        traceTab.setContent(content);
    }

    /** @param content what the Metrics &amp; Alarms tab shows (the simulation's dashboard) */
    void setMetricsContent(Node content) {
        metricsTab.setContent(content);
    }

    /** @param content what the Simulation tab shows (the simulation's controls and activity) */
    void setSimulationContent(Node content) {
        simulationTab.setContent(content);
    }

    TabPane tabs() {
        return tabs;
    }
}
