package dev.vpclab.app.ui;

import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.find.FindPopup;
import dev.vpclab.app.find.FindViewModel;
import dev.vpclab.app.inspector.InspectorView;
import dev.vpclab.app.inspector.InspectorViewModel;
import dev.vpclab.app.palette.PaletteView;
import dev.vpclab.app.palette.PaletteViewModel;
import dev.vpclab.app.problems.ProblemsViewModel;
import dev.vpclab.app.session.Autosaver;
import dev.vpclab.app.session.DocumentSession;
import dev.vpclab.app.session.FxDialogService;
import dev.vpclab.app.session.RecentFiles;
import dev.vpclab.app.session.RecoveryStore;
import dev.vpclab.icons.Icons;
import dev.vpclab.app.trace.TraceMode;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: menu bar and toolbar, the palette on the left, the canvas in the middle, the inspector on the
 * right, the bottom tabs (Problems, Trace, Metrics &amp; Alarms, Simulation) and the status bar. It wires the
 * panels' view-models to the one {@link EditorModel} and the file commands to a {@link DocumentSession}, and
 * switches between the modes: Design, Trace ({@link TraceMode}) and Simulate (the {@link SimulationHooks}
 * registered with {@link #setSimulationWorkspace}).
 */
public final class MainWindow {

    /** Trace mode's styles: the Trace tab, the canvas legend, the inspector's marks and fix card. */
    private static final String TRACE_CSS = MainWindow.class.getResource("/dev/vpclab/app/css/trace.css").toExternalForm();

    /** Default widths and heights of the side panels, in pixels. */
    static final double PALETTE_WIDTH = 220;
    static final double INSPECTOR_WIDTH = 372;
    static final double BOTTOM_HEIGHT = 230;

    private final BorderPane root = new BorderPane();
    private final EditorModel editor;
    private final Stage stage;
    private final DiagramView canvas;
    private final WindowActions actions;
    private final WindowStatus status;
    private final BottomPanel bottom;
    private final InspectorView inspector;
    private final FindPopup find;
    private final StackPane canvasPane;
    private final StackPane paletteHolder = new StackPane();
    private final PaletteView palette;
    private final Themes themes;
    private final SplitPane outer = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final SplitPane top = new SplitPane();
    private final TraceMode trace;
    private final MainMenu menu;
    private final StatusBar statusBar;
    private final StackPane legendHolder = new StackPane();
    private final ModeSwitcher modes;

    /**
     * A window with the default services: file dialogs over the stage, recent files in the user's preferences,
     * recovery copies in {@code ~/.vpclab/recovery}.
     *
     * @param editor the open document
     * @param stage the window
     */
    public MainWindow(EditorModel editor, Stage stage) {
        this(editor, new DocumentSession(editor, new FxDialogService(editor.i18n(), stage),
                new RecentFiles(RecentFiles.defaultNode()), new Autosaver(new RecoveryStore(RecoveryStore.defaultFolder()))),
                new Themes(false), stage);
    }

    /**
     * @param editor the open document
     * @param session the file commands for it
     * @param themes light and dark
     * @param stage the window
     */
    public MainWindow(EditorModel editor, DocumentSession session, Themes themes, Stage stage) {
        this.editor = editor;
        this.stage = stage;
        this.themes = themes;
        I18n i18n = editor.i18n();
        canvas = new DiagramView(editor);
        session.setExporter(new CanvasExport(canvas, i18n));
        actions = new WindowActions(editor, session, canvas, themes);
        status = new WindowStatus(editor, session.nameProperty());
        ProblemsViewModel problems = new ProblemsViewModel(editor);
        bottom = new BottomPanel(problems, i18n);
        inspector = new InspectorView(new InspectorViewModel(editor));
        palette = new PaletteView(new PaletteViewModel(editor));
        find = new FindPopup(new FindViewModel(editor));
        find.popup().getContent().get(0).getStyleClass().add("root-popup");
        ((Parent) find.popup().getContent().get(0)).getStylesheets().add(Themes.appCss());
        problems.addOpenListener(row -> {
            bottom.showProblems();
            inspector.focus(row.field());
        });

        trace = new TraceMode(editor, canvas, inspector);
        bottom.setTraceContent(trace.tabContent());
        legendHolder.setPickOnBounds(false);
        legendHolder.setMouseTransparent(true);
        legendHolder.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        legendHolder.setId("canvas-legend");
        canvasPane = new StackPane(canvas, legendHolder);
        StackPane.setAlignment(legendHolder, Pos.TOP_RIGHT);
        StackPane.setMargin(legendHolder, new javafx.geometry.Insets(14, 30, 0, 0));
        canvasPane.getStyleClass().add("canvas-pane");
        canvasPane.setId("canvas-pane");
        canvas.darkProperty().bind(themes.darkProperty());
        canvas.setOnShowProperties(key -> {
            editor.selectOnly(key);
            inspector.focus("");
        });

        statusBar = new StatusBar(editor, status, problems, canvas.zoomProperty());
        if (editor.notifier() instanceof ForwardingNotifier f) {
            f.forwardTo(statusBar::show);
        }
        statusBar.addModeStatus("status-trace", trace.statusText(), trace.blocked());

        menu = new MainMenu(actions, status, this::showShortcuts, this::showAbout, trace.menuItems());
        modes = new ModeSwitcher(status, bottom, top, middle, inspector, canvas, trace, legendHolder);
        MainToolbar toolbar = new MainToolbar(actions, status, problems, bottom::showProblems, modes.simulationAvailable());
        Label title = new Label();
        title.textProperty().bind(status.title());
        title.getStyleClass().add("window-title");
        title.setMouseTransparent(true);
        HBox menuRow = new HBox(6, Icons.appIcon(18), menu.build());
        menuRow.setAlignment(Pos.CENTER_LEFT);
        menuRow.setPickOnBounds(false);
        StackPane menuBar = new StackPane(menuRow, title);
        menuBar.getStyleClass().add("menu-row");
        StackPane.setAlignment(title, Pos.CENTER);
        root.setTop(new VBox(menuBar, toolbar.build()));

        setUpPalette();
        top.getItems().setAll(canvasPane, inspector);
        top.getStyleClass().add("plain-split");
        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().setAll(top, bottom.node());
        middle.getStyleClass().add("plain-split");
        outer.getItems().setAll(paletteHolder, middle);
        outer.getStyleClass().add("plain-split");
        SplitPane.setResizableWithParent(paletteHolder, false);
        SplitPane.setResizableWithParent(inspector, false);
        SplitPane.setResizableWithParent(bottom.node(), false);
        inspector.setMinWidth(260);
        ((javafx.scene.layout.Region) bottom.node()).setMinHeight(120);
        placeDividersOnFirstLayout();
        root.setCenter(outer);
        root.setBottom(statusBar.node());
        root.getStyleClass().add("main-window");
        themes.darkProperty().addListener((o, a, b) -> darkClass());
        darkClass();


        stage.titleProperty().bind(status.title());
        stage.getIcons().setAll(Icons.appIconImages());
        stage.setOnCloseRequest(e -> {
            if (!session.close()) {
                e.consume();
            } else {
                session.autosaver().shutdown();
                modes.dispose();
            }
        });
    }

    /**
     * Registers simulation mode: its tabs fill Metrics &amp; Alarms and Simulation, its items the Simulate menu, and
     * the Simulate switch is enabled. Call once, after the window is built.
     *
     * @param hooks the simulation's workspace
     */
    public void setSimulationWorkspace(SimulationHooks hooks) {
        modes.register(hooks, menu, statusBar);
        canvas().setExtraContextItems(key -> status().modeProperty().get() == Mode.SIMULATE ? hooks.contextItems(key) : java.util.List.of());
    }

    /** @return the registered simulation workspace, or null */
    public SimulationHooks simulationWorkspace() {
        return modes.simulation();
    }

    /** @return trace mode (its Trace tab, canvas drawing and inspector marks) */
    public TraceMode trace() {
        return trace;
    }

    private void darkClass() {
        root.getStyleClass().remove("theme-dark");
        if (themes.darkProperty().get()) {
            root.getStyleClass().add("theme-dark");
        }
    }

    private void setUpPalette() {
        Button expand = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        expand.getStyleClass().addAll("flat", "button-icon", "panel-tool");
        expand.setId("palette-expand");
        Tooltip t = new Tooltip();
        t.textProperty().bind(editor.i18n().bind("ui.palette.expand"));
        expand.setTooltip(t);
        VBox rail = new VBox(expand);
        rail.getStyleClass().add("palette-rail");
        rail.setAlignment(Pos.TOP_CENTER);
        palette.collapseButton().setOnAction(e -> {
            paletteHolder.getChildren().setAll(rail);
            paletteHolder.setMinWidth(36);
            paletteHolder.setMaxWidth(36);
            outer.setDividerPositions(36 / Math.max(1, outer.getWidth()));
        });
        expand.setOnAction(e -> {
            paletteHolder.getChildren().setAll(palette);
            paletteHolder.setMinWidth(170);
            paletteHolder.setMaxWidth(420);
            outer.setDividerPositions(PALETTE_WIDTH / Math.max(1, outer.getWidth()));
        });
        paletteHolder.getChildren().setAll(palette);
        paletteHolder.setMinWidth(170);
        paletteHolder.setMaxWidth(420);
        paletteHolder.setId("palette-holder");
    }

    private void placeDividersOnFirstLayout() {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                if (outer.getWidth() <= 0 || outer.getHeight() <= 0) {
                    return;
                }
                outer.widthProperty().removeListener(this);
                outer.heightProperty().removeListener(this);
                placeDividers();
            }
        };
        outer.widthProperty().addListener(once);
        outer.heightProperty().addListener(once);
    }

    private void placeDividers() {
        double w = outer.getWidth();
        double h = outer.getHeight();
        outer.setDividerPositions(PALETTE_WIDTH / w);
        double inner = Math.max(1, w - PALETTE_WIDTH);
        top.setDividerPositions(Math.max(0.4, 1 - INSPECTOR_WIDTH / inner));
        middle.setDividerPositions(Math.max(0.4, 1 - BOTTOM_HEIGHT / h));
    }

    /**
     * Builds the scene: the app's stylesheet and the shortcuts that have no menu item of their own
     * (Ctrl+Shift+Z for redo, the keypad's plus and minus for zoom).
     *
     * @param width the window's width
     * @param height the window's height
     * @return the scene
     */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(Themes.appCss(), TRACE_CSS);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                actions::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), actions::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), actions::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), actions::zoomOut);
        actions.attach(scene, () -> find.show(canvasPane), n -> within(n, inspector) || within(n, bottom.node()) || within(n, palette));
        return scene;
    }

    private static boolean within(javafx.scene.Node n, javafx.scene.Node panel) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == panel) {
                return true;
            }
        }
        return false;
    }

    private void showShortcuts() {
        new HelpDialogs(editor.i18n(), stage).shortcuts();
    }

    private void showAbout() {
        new HelpDialogs(editor.i18n(), stage).about();
    }

    /** @return the root node */
    public Parent root() {
        return root;
    }

    /** @return the canvas */
    public DiagramView canvas() {
        return canvas;
    }

    /** @return what the menus and toolbar do */
    public WindowActions actions() {
        return actions;
    }

    /** @return the window texts (title, status bar) */
    public WindowStatus status() {
        return status;
    }

    /** @return the inspector */
    public InspectorView inspector() {
        return inspector;
    }

    /** @return the Find popup */
    public FindPopup find() {
        return find;
    }
}
