package dev.vpclab.app.canvas;

import dev.vpclab.app.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The canvas's context menu: on an element Delete, Duplicate, Copy, Bring to view, Properties…; on empty space Paste, Select all, Fit. */
final class ContextMenus {

    private final DiagramView view;
    private final I18n i18n;
    private final ContextMenu menu = new ContextMenu();

    ContextMenus(DiagramView view, I18n i18n) {
        this.view = view;
        this.i18n = i18n;
        menu.getStyleClass().add("diagram-context-menu");
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem(i18n.get(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    void show(String key, double screenX, double screenY, double wx, double wy) {
        menu.getItems().clear();
        if (key != null) {
            menu.getItems().addAll(item("canvas.menu.delete", view::deleteSelection), item("canvas.menu.duplicate", view::duplicateSelection),
                    item("canvas.menu.copy", view::copySelection));
            if (!CanvasClipboard.get().isEmpty()) {
                menu.getItems().add(item("canvas.menu.paste", view::paste));
            }
            menu.getItems().addAll(new SeparatorMenuItem(), item("canvas.menu.reveal", () -> view.bringToView(key)),
                    item("canvas.menu.properties", () -> view.showProperties(key)));
            java.util.List<MenuItem> extra = view.extraContextItems(key);
            if (!extra.isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
                menu.getItems().addAll(extra);
            }
        } else {
            MenuItem paste = item("canvas.menu.paste", view::paste);
            paste.setDisable(CanvasClipboard.get().isEmpty());
            menu.getItems().addAll(paste, item("canvas.menu.selectAll", view::selectAll), new SeparatorMenuItem(),
                    item("canvas.menu.fit", view::zoomToFit));
        }
        Node anchor = view;
        menu.show(anchor, screenX, screenY);
    }

    void hide() {
        menu.hide();
    }

    /** @return the menu (for tests) */
    ContextMenu menu() {
        return menu;
    }
}
