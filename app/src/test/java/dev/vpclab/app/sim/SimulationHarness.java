package dev.vpclab.app.sim;

import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.ui.ForwardingNotifier;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.app.ui.Themes;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A window for looking at simulation mode without the main window: the real canvas with the legend floated over
 * it, the simulation inspector beside it, and the Metrics &amp; Alarms and Simulation tabs under them, laid out as
 * the main window lays out its panels.
 */
final class SimulationHarness {

    final EditorModel editor;
    final DiagramView canvas;
    final SimulationWorkspace workspace;
    final TabPane tabs = new TabPane();
    final Tab metrics = new Tab();
    final Tab simulation = new Tab();
    final BorderPane root = new BorderPane();

    /**
     * @param stage where to show it
     * @param sample a bundled sample
     * @param locale the language
     * @param width the window's width
     * @param height the window's height
     */
    SimulationHarness(Stage stage, String sample, Locale locale, double width, double height) {
        this(stage, sample, locale, width, height, false);
    }

    /**
     * @param stage where to show it
     * @param sample a bundled sample
     * @param locale the language
     * @param width the window's width
     * @param height the window's height
     * @param dark the dark theme
     */
    SimulationHarness(Stage stage, String sample, Locale locale, double width, double height, boolean dark) {
        I18n i18n = new I18n(locale);
        new Themes(dark);
        editor = new EditorModel(Samples.load(sample), i18n, new ForwardingNotifier(i18n));
        canvas = new DiagramView(editor);
        workspace = new SimulationWorkspace(editor, canvas);
        Node legend = workspace.canvasLegend();
        StackPane canvasPane = new StackPane(canvas, legend);
        StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        StackPane.setMargin(legend, new Insets(14, 30, 0, 0));
        SplitPane top = new SplitPane(canvasPane, workspace.inspectorPanel());
        top.getStyleClass().add("plain-split");
        SplitPane.setResizableWithParent(workspace.inspectorPanel(), false);
        metrics.setId("tab-metrics");
        metrics.textProperty().bind(i18n.bind("ui.tab.metrics"));
        metrics.setContent(workspace.metricsTab());
        simulation.setId("tab-simulation");
        simulation.textProperty().bind(i18n.bind("ui.tab.simulation"));
        simulation.setContent(workspace.simulationTab());
        tabs.getTabs().addAll(metrics, simulation);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("bottom-tabs");
        SplitPane middle = new SplitPane(top, tabs);
        middle.setOrientation(Orientation.VERTICAL);
        middle.getStyleClass().add("plain-split");
        root.setCenter(middle);
        root.getStyleClass().add("main-window");
        if (dark) {
            root.getStyleClass().add("theme-dark");
            canvas.darkProperty().set(true);
        }
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Themes.appCss());
        stage.setScene(scene);
        stage.show();
        top.setDividerPositions(1 - 372 / width);
        middle.setDividerPositions(1 - 320 / height);
    }
}
