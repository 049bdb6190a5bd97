package dev.vpclab.app.ui;

import atlantafx.base.controls.CaptionMenuItem;
import dev.vpclab.app.canvas.ConnectorKind;
import dev.vpclab.app.editor.Samples;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The menu bar: File, Edit, View, Trace, Simulate, Help, every text from the ui bundle and following the
 * language. The Trace and Simulate menus hold their modes' items, which switch to their mode first; Simulate
 * lists its commands disabled until a simulation workspace is registered.
 */
final class MainMenu {

    private final WindowActions actions;
    private final WindowStatus status;
    private final I18n i18n;
    private final Runnable shortcuts;
    private final Runnable about;
    private final java.util.List<MenuItem> traceItems;
    private Menu simulate;

    MainMenu(WindowActions actions, WindowStatus status, Runnable shortcuts, Runnable about, java.util.List<MenuItem> traceItems) {
        this.actions = actions;
        this.status = status;
        this.i18n = actions.editor().i18n();
        this.shortcuts = shortcuts;
        this.about = about;
        this.traceItems = traceItems;
    }

    MenuBar build() {
        Menu trace = menu("trace", "ui.menu.trace");
        trace.getItems().setAll(inMode(Mode.TRACE, traceItems));
        simulate = comingSoon("simulate", "ui.menu.simulate.caption", "ui.menu.simulate.play", "ui.menu.simulate.pause",
                "ui.menu.simulate.profile", "ui.menu.simulate.fault");
        MenuBar bar = new MenuBar(file(), edit(), view(), trace, simulate, help());
        bar.setId("menu-bar");
        return bar;
    }

    /** @param items the Simulate menu's items, from the simulation workspace */
    void setSimulationItems(java.util.List<MenuItem> items) {
        simulate.getItems().setAll(inMode(Mode.SIMULATE, items));
    }

    /** Makes each item switch the window to its mode before it acts. */
    private java.util.List<MenuItem> inMode(Mode mode, java.util.List<MenuItem> items) {
        for (MenuItem i : items) {
            javafx.event.EventHandler<javafx.event.ActionEvent> act = i.getOnAction();
            if (act != null) {
                i.setOnAction(e -> {
                    status.modeProperty().set(mode);
                    act.handle(e);
                });
            }
        }
        return items;
    }

    private Menu menu(String id, String key) {
        Menu m = new Menu();
        m.setId("menu-" + id);
        m.textProperty().bind(i18n.bind(key));
        return m;
    }

    private MenuItem item(String id, String key, Ikon icon, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        i.setId(id);
        i.textProperty().bind(i18n.bind(key));
        if (icon != null) {
            i.setGraphic(new FontIcon(icon));
        }
        i.setAccelerator(accelerator);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private Menu file() {
        Menu m = menu("file", "ui.menu.file");
        Menu samples = menu("samples", "ui.menu.file.samples");
        for (String s : Samples.NAMES) {
            samples.getItems().add(item("sample-" + s, "ui.sample." + s, null, null, () -> actions.session().openSample(s)));
        }
        Menu recent = menu("recent", "ui.menu.file.recent");
        recent.getItems().add(new MenuItem());
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        m.getItems().addAll(
                item("file-new", "ui.menu.file.new", Feather.FILE_PLUS, ctrl(KeyCode.N), actions.session()::newDocument),
                item("file-open", "ui.menu.file.open", Feather.FOLDER, ctrl(KeyCode.O), actions.session()::open),
                item("file-open-aws", "ui.menu.file.openAws", Feather.DOWNLOAD_CLOUD, null, actions.session()::openAwsFolder),
                samples, recent, new SeparatorMenuItem(),
                item("file-save", "ui.menu.file.save", Feather.SAVE, ctrl(KeyCode.S), actions.session()::save),
                item("file-save-as", "ui.menu.file.saveAs", null, ctrlShift(KeyCode.S), actions.session()::saveAs),
                new SeparatorMenuItem(),
                item("file-export-png", "ui.menu.file.exportPng", Feather.IMAGE, null, () -> actions.session().export(false)),
                item("file-export-svg", "ui.menu.file.exportSvg", null, null, () -> actions.session().export(true)),
                new SeparatorMenuItem(),
                item("file-quit", "ui.menu.file.quit", Feather.LOG_OUT, ctrl(KeyCode.Q), actions::quit));
        return m;
    }

    private void fillRecent(Menu recent) {
        actions.session().recent().reload();
        recent.getItems().clear();
        for (Path p : actions.session().recent().files()) {
            MenuItem i = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> actions.openRecent(p));
            recent.getItems().add(i);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("ui.menu.file.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().add(new SeparatorMenuItem());
            recent.getItems().add(item("recent-clear", "ui.menu.file.recentClear", null, null, actions.session().recent()::clear));
        }
    }

    private Menu edit() {
        Menu m = menu("edit", "ui.menu.edit");
        MenuItem undo = item("edit-undo", "ui.menu.edit.undo", Feather.CORNER_UP_LEFT, ctrl(KeyCode.Z), actions::undo);
        undo.textProperty().unbind();
        undo.textProperty().bind(status.undoText());
        undo.disableProperty().bind(actions.editor().canUndoProperty().not());
        MenuItem redo = item("edit-redo", "ui.menu.edit.redo", Feather.CORNER_UP_RIGHT, ctrl(KeyCode.Y), actions::redo);
        redo.textProperty().unbind();
        redo.textProperty().bind(status.redoText());
        redo.disableProperty().bind(actions.editor().canRedoProperty().not());
        m.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("edit-cut", "ui.menu.edit.cut", Feather.SCISSORS, ctrl(KeyCode.X), actions::cut),
                item("edit-copy", "ui.menu.edit.copy", Feather.COPY, ctrl(KeyCode.C), actions::copy),
                item("edit-paste", "ui.menu.edit.paste", Feather.CLIPBOARD, ctrl(KeyCode.V), actions::paste),
                item("edit-duplicate", "ui.menu.edit.duplicate", null, ctrl(KeyCode.D), actions::duplicate),
                item("edit-delete", "ui.menu.edit.delete", Feather.TRASH_2, new KeyCodeCombination(KeyCode.DELETE), actions::delete),
                new SeparatorMenuItem(),
                item("edit-select-all", "ui.menu.edit.selectAll", null, ctrl(KeyCode.A), actions::selectAll),
                new SeparatorMenuItem(),
                item("edit-find", "ui.menu.edit.find", Feather.SEARCH, ctrl(KeyCode.F), actions::find));
        return m;
    }

    private Menu view() {
        Menu m = menu("view", "ui.menu.view");
        CheckMenuItem grid = check("view-grid", "ui.menu.view.grid");
        grid.selectedProperty().bindBidirectional(actions.canvas().showGridProperty());
        CheckMenuItem minimap = check("view-minimap", "ui.menu.view.minimap");
        minimap.selectedProperty().bindBidirectional(actions.canvas().showMinimapProperty());
        Menu connectors = menu("connectors", "ui.menu.view.connectors");
        for (ConnectorKind k : ConnectorKind.values()) {
            CheckMenuItem c = check("connector-" + k.name().toLowerCase(Locale.ROOT),
                    "ui.connector." + k.name().toLowerCase(Locale.ROOT));
            c.selectedProperty().bindBidirectional(actions.canvas().connectorVisibleProperty(k));
            connectors.getItems().add(c);
        }
        Menu theme = menu("theme", "ui.menu.view.theme");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = radio("theme-light", "ui.menu.view.light", themes);
        RadioMenuItem dark = radio("theme-dark", "ui.menu.view.dark", themes);
        (actions.themes().darkProperty().get() ? dark : light).setSelected(true);
        light.setOnAction(e -> actions.setDark(false));
        dark.setOnAction(e -> actions.setDark(true));
        actions.themes().darkProperty().addListener((o, a, b) -> (b ? dark : light).setSelected(true));
        theme.getItems().addAll(light, dark);
        Menu language = menu("language", "ui.menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("language-en");
        en.setToggleGroup(languages);
        RadioMenuItem ko = new RadioMenuItem("\ud55c\uad6d\uc5b4");
        ko.setId("language-ko");
        ko.setToggleGroup(languages);
        (i18n.isKorean() ? ko : en).setSelected(true);
        en.setOnAction(e -> actions.setLanguage(Locale.ENGLISH));
        ko.setOnAction(e -> actions.setLanguage(Locale.KOREAN));
        i18n.localeProperty().addListener((o, a, b) -> (i18n.isKorean() ? ko : en).setSelected(true));
        language.getItems().addAll(en, ko);
        m.getItems().addAll(
                item("view-zoom-in", "ui.menu.view.zoomIn", Feather.ZOOM_IN, ctrl(KeyCode.EQUALS), actions::zoomIn),
                item("view-zoom-out", "ui.menu.view.zoomOut", Feather.ZOOM_OUT, ctrl(KeyCode.MINUS), actions::zoomOut),
                item("view-fit", "ui.menu.view.fit", Feather.MAXIMIZE, ctrl(KeyCode.DIGIT0), actions::fit),
                new SeparatorMenuItem(), grid, minimap, connectors, new SeparatorMenuItem(), theme, language);
        return m;
    }

    private CheckMenuItem check(String id, String key) {
        CheckMenuItem c = new CheckMenuItem();
        c.setId(id);
        c.textProperty().bind(i18n.bind(key));
        return c;
    }

    private RadioMenuItem radio(String id, String key, ToggleGroup group) {
        RadioMenuItem r = new RadioMenuItem();
        r.setId(id);
        r.textProperty().bind(i18n.bind(key));
        r.setToggleGroup(group);
        return r;
    }

    private Menu comingSoon(String id, String captionKey, String... keys) {
        Menu m = menu(id, "ui.menu." + id);
        CaptionMenuItem caption = new CaptionMenuItem();
        caption.titleProperty().bind(i18n.bind(captionKey));
        m.getItems().add(caption);
        for (String key : keys) {
            MenuItem i = new MenuItem();
            i.textProperty().bind(i18n.bind(key));
            i.setId(id + "-" + key.substring(key.lastIndexOf('.') + 1));
            i.setDisable(true);
            m.getItems().add(i);
        }
        return m;
    }

    private Menu help() {
        Menu m = menu("help", "ui.menu.help");
        m.getItems().addAll(
                item("help-shortcuts", "ui.menu.help.shortcuts", Feather.COMMAND, null, shortcuts),
                item("help-about", "ui.menu.help.about", Feather.INFO, null, about));
        return m;
    }
}
