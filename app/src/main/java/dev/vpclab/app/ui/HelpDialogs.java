package dev.vpclab.app.ui;

import dev.vpclab.app.cli.Version;
import dev.vpclab.icons.Icons;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts and Help ▸ About, in the UI language. */
final class HelpDialogs {

    /** Shortcut keys and the ui bundle key of what they do, in menu order. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+N", "ui.menu.file.new"}, new String[] {"Ctrl+O", "ui.menu.file.open"},
            new String[] {"Ctrl+S", "ui.menu.file.save"}, new String[] {"Ctrl+Shift+S", "ui.menu.file.saveAs"},
            new String[] {"Ctrl+Z", "ui.menu.edit.undo"}, new String[] {"Ctrl+Y / Ctrl+Shift+Z", "ui.menu.edit.redo"},
            new String[] {"Ctrl+X", "ui.menu.edit.cut"}, new String[] {"Ctrl+C", "ui.menu.edit.copy"},
            new String[] {"Ctrl+V", "ui.menu.edit.paste"}, new String[] {"Ctrl+D", "ui.menu.edit.duplicate"},
            new String[] {"Delete", "ui.menu.edit.delete"}, new String[] {"Ctrl+A", "ui.menu.edit.selectAll"},
            new String[] {"Ctrl+F", "ui.menu.edit.find"}, new String[] {"Ctrl+=", "ui.menu.view.zoomIn"},
            new String[] {"Ctrl+\u2212", "ui.menu.view.zoomOut"}, new String[] {"Ctrl+0", "ui.menu.view.fit"},
            new String[] {"Ctrl+Q", "ui.menu.file.quit"});

    private final I18n i18n;
    private final Window owner;

    HelpDialogs(I18n i18n, Window owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    void shortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (String[] s : SHORTCUTS) {
            Label key = new Label(s[0]);
            key.getStyleClass().add("shortcut-key");
            Label what = new Label(i18n.get(s[1]));
            grid.addRow(row++, key, what);
        }
        Alert a = dialog(i18n.get("ui.help.shortcuts.title"));
        a.getDialogPane().setContent(grid);
        a.showAndWait();
    }

    void about() {
        Label name = new Label("VPC Lab");
        name.getStyleClass().add("about-name");
        Label version = new Label(i18n.get("ui.help.about.version", Version.current()));
        Label text = new Label(i18n.get("ui.help.about.text"));
        text.setWrapText(true);
        text.setMaxWidth(380);
        VBox words = new VBox(6, name, version, text);
        HBox box = new HBox(18, Icons.appIcon(64), words);
        box.setAlignment(Pos.TOP_LEFT);
        Alert a = dialog(i18n.get("ui.menu.help.about"));
        a.getDialogPane().setContent(box);
        a.showAndWait();
    }

    private Alert dialog(String title) {
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().getStylesheets().add(Themes.appCss());
        return a;
    }
}
