package dev.vpclab.app.ui;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.problems.ProblemsViewModel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar: file and undo buttons and the zoom group on the left, the Design | Trace | Simulate switch in the
 * middle, the problems summary and the language switch on the right.
 */
final class MainToolbar {

    private final WindowActions actions;
    private final WindowStatus status;
    private final ProblemsViewModel problems;
    private final Runnable showProblems;
    private final javafx.beans.value.ObservableBooleanValue simulationAvailable;
    private final I18n i18n;

    MainToolbar(WindowActions actions, WindowStatus status, ProblemsViewModel problems, Runnable showProblems,
                javafx.beans.value.ObservableBooleanValue simulationAvailable) {
        this.actions = actions;
        this.status = status;
        this.problems = problems;
        this.showProblems = showProblems;
        this.simulationAvailable = simulationAvailable;
        this.i18n = actions.editor().i18n();
    }

    Node build() {
        Button zoomText = iconButton("tool-zoom-reset", null, "ui.tool.zoomReset", () -> actions.canvas().zoomProperty().set(1.0));
        zoomText.textProperty().bind(status.zoomText(actions.canvas().zoomProperty()));
        zoomText.getStyleClass().add("zoom-text");
        Button fit = iconButton("tool-fit", Feather.MAXIMIZE, "ui.tool.fit", actions::fit);
        fit.textProperty().bind(i18n.bind("ui.tool.fitShort"));
        Button undo = iconButton("tool-undo", Feather.CORNER_UP_LEFT, null, actions::undo);
        undo.disableProperty().bind(actions.editor().canUndoProperty().not());
        undo.setTooltip(boundTooltip(status.undoText()));
        Button redo = iconButton("tool-redo", Feather.CORNER_UP_RIGHT, null, actions::redo);
        redo.disableProperty().bind(actions.editor().canRedoProperty().not());
        redo.setTooltip(boundTooltip(status.redoText()));
        HBox left = new HBox(2,
                iconButton("tool-new", Feather.FILE_PLUS, "ui.tool.new", actions.session()::newDocument),
                iconButton("tool-open", Feather.FOLDER, "ui.tool.open", actions.session()::open),
                iconButton("tool-save", Feather.SAVE, "ui.tool.save", actions.session()::save),
                divider(), undo, redo, divider(),
                iconButton("tool-zoom-out", Feather.ZOOM_OUT, "ui.tool.zoomOut", actions::zoomOut), zoomText,
                iconButton("tool-zoom-in", Feather.ZOOM_IN, "ui.tool.zoomIn", actions::zoomIn), divider(), fit);
        left.setAlignment(Pos.CENTER_LEFT);

        HBox right = new HBox(10, problemsSummary(), languageSwitch());
        right.setAlignment(Pos.CENTER_RIGHT);

        HBox.setHgrow(left, Priority.NEVER);
        left.setMinWidth(Region.USE_PREF_SIZE);
        right.setMinWidth(Region.USE_PREF_SIZE);
        // Equal side widths keep the mode switch in the middle of the window.
        StackPane leftBox = new StackPane(left);
        StackPane rightBox = new StackPane(right);
        StackPane.setAlignment(left, Pos.CENTER_LEFT);
        StackPane.setAlignment(right, Pos.CENTER_RIGHT);
        HBox.setHgrow(leftBox, Priority.ALWAYS);
        HBox.setHgrow(rightBox, Priority.ALWAYS);
        leftBox.prefWidthProperty().bind(Bindings.max(left.widthProperty(), right.widthProperty()));
        rightBox.prefWidthProperty().bind(leftBox.prefWidthProperty());
        HBox bar = new HBox(12, leftBox, modeSwitch(), rightBox);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("main-toolbar");
        bar.setId("main-toolbar");
        return bar;
    }

    private Tooltip boundTooltip(javafx.beans.value.ObservableStringValue text) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text);
        return t;
    }

    private Button iconButton(String id, Ikon icon, String tooltipKey, Runnable action) {
        Button b = new Button();
        b.setId(id);
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.getStyleClass().addAll(Styles.FLAT, "tool-button");
        if (tooltipKey != null) {
            Tooltip t = new Tooltip();
            t.textProperty().bind(i18n.bind(tooltipKey));
            b.setTooltip(t);
        }
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static Node divider() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("tool-divider");
        return s;
    }

    private Node modeSwitch() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton design = mode(Mode.DESIGN, Feather.EDIT_2, group);
        ToggleButton trace = mode(Mode.TRACE, Feather.NAVIGATION, group);
        ToggleButton simulate = mode(Mode.SIMULATE, Feather.ACTIVITY, group);
        simulate.disableProperty().bind(javafx.beans.binding.Bindings.not(simulationAvailable));
        Runnable sync = () -> (status.modeProperty().get() == Mode.TRACE ? trace
                : status.modeProperty().get() == Mode.SIMULATE ? simulate : design).setSelected(true);
        status.modeProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
        HBox box = new HBox(design, trace, comingSoon(simulate, "ui.mode.simulateSoon"));
        box.getStyleClass().add("mode-switch");
        box.setId("mode-switch");
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private ToggleButton mode(Mode m, Ikon icon, ToggleGroup group) {
        ToggleButton b = new ToggleButton(null, new FontIcon(icon));
        b.textProperty().bind(i18n.bind("ui.mode." + m.name().toLowerCase(Locale.ROOT)));
        b.setId("mode-" + m.name().toLowerCase(Locale.ROOT));
        b.getStyleClass().add("mode-button");
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setOnAction(e -> status.modeProperty().set(m));
        return b;
    }

    /** A disabled control shows no tooltip, so the tooltip goes on a wrapper, while the control is disabled. */
    private Node comingSoon(ToggleButton b, String key) {
        StackPane wrap = new StackPane(b);
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        Runnable install = () -> {
            if (b.isDisabled()) {
                Tooltip.install(wrap, t);
            } else {
                Tooltip.uninstall(wrap, t);
            }
        };
        b.disabledProperty().addListener((o, a, c) -> install.run());
        install.run();
        return wrap;
    }

    private Node problemsSummary() {
        Button b = new Button();
        b.setId("problems-summary");
        b.textProperty().bind(problems.summary());
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        b.setGraphic(icon);
        b.getStyleClass().addAll(Styles.FLAT, "problems-summary");
        Runnable style = () -> {
            icon.getStyleClass().removeAll("severity-error", "severity-warning", "severity-ok");
            icon.getStyleClass().add(problems.errorsProperty().get() > 0 ? "severity-error"
                    : problems.warningsProperty().get() > 0 ? "severity-warning" : "severity-ok");
            icon.setIconCode(problems.errorsProperty().get() + problems.warningsProperty().get() == 0 ? Feather.CHECK_CIRCLE
                    : problems.errorsProperty().get() > 0 ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE);
        };
        problems.errorsProperty().addListener((o, a, c) -> style.run());
        problems.warningsProperty().addListener((o, a, c) -> style.run());
        style.run();
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind("ui.tool.problems"));
        b.setTooltip(t);
        b.setOnAction(e -> showProblems.run());
        b.setFocusTraversable(false);
        return b;
    }

    private Node languageSwitch() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton en = new ToggleButton("EN");
        en.setId("lang-en");
        ToggleButton ko = new ToggleButton("\ud55c\uad6d\uc5b4");
        ko.setId("lang-ko");
        en.getStyleClass().add("lang-button");
        ko.getStyleClass().add("lang-button");
        en.setToggleGroup(group);
        ko.setToggleGroup(group);
        en.setFocusTraversable(false);
        ko.setFocusTraversable(false);
        Runnable sync = () -> (i18n.isKorean() ? ko : en).setSelected(true);
        sync.run();
        i18n.localeProperty().addListener((o, a, b) -> sync.run());
        en.setOnAction(e -> actions.setLanguage(Locale.ENGLISH));
        ko.setOnAction(e -> actions.setLanguage(Locale.KOREAN));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                sync.run();
            }
        });
        FontIcon globe = new FontIcon(Feather.GLOBE);
        globe.getStyleClass().add("globe");
        HBox pills = new HBox(en, ko);
        pills.getStyleClass().add("lang-switch");
        HBox box = new HBox(8, globe, pills);
        box.setAlignment(Pos.CENTER);
        box.setId("language-switch");
        return box;
    }
}
