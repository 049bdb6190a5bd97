package dev.vpclab.app.canvas;

import dev.vpclab.app.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/** The zoom badge in the canvas's bottom-left corner: the zoom in percent, and a menu of zoom steps and Fit. */
final class ZoomBadge extends MenuButton {

    ZoomBadge(DiagramView view, I18n i18n) {
        getStyleClass().add("diagram-zoom-badge");
        setFocusTraversable(false);
        textProperty().bind(Bindings.createStringBinding(() -> i18n.get("canvas.zoom.badge",
                Math.round(view.zoomProperty().get() * 100)), view.zoomProperty(), i18n.localeProperty()));
        MenuItem fit = new MenuItem();
        fit.textProperty().bind(i18n.bind("canvas.menu.fit"));
        fit.setOnAction(e -> view.zoomToFit());
        getItems().addAll(fit, new SeparatorMenuItem());
        for (int percent : new int[] {25, 50, 75, 100, 150, 200}) {
            MenuItem m = new MenuItem(percent + " %");
            m.setOnAction(e -> view.zoomProperty().set(percent / 100.0));
            getItems().add(m);
        }
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind("canvas.zoom.tooltip"));
        setTooltip(tip);
        setStyle("-fx-font-size: 12px; -fx-background-radius: 6; -fx-padding: 2 4 2 6;");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }
}
