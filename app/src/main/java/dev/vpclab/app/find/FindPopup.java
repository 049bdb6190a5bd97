package dev.vpclab.app.find;

import atlantafx.base.controls.CustomTextField;
import dev.vpclab.icons.Icons;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Find popup (Ctrl+F): a field and the matches under it. Typing narrows the list; Up/Down pick, Enter
 * selects the match on the canvas and closes; Escape closes.
 */
public final class FindPopup {

    private final FindViewModel model;
    private final Popup popup = new Popup();
    private final CustomTextField field = new CustomTextField();
    private final ListView<FindMatch> list;

    /** @param model the view-model */
    public FindPopup(FindViewModel model) {
        this.model = model;
        field.setId("find-field");
        field.setLeft(new FontIcon(Feather.SEARCH));
        field.promptTextProperty().bind(model.i18n().bind("ui.find.prompt"));
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setPrefWidth(420);

        list = new ListView<>(model.matches());
        list.setId("find-results");
        list.setCellFactory(l -> new MatchCell());
        list.setPrefHeight(260);
        list.setFixedCellSize(40);
        Label none = new Label();
        none.textProperty().bind(model.i18n().bind("ui.find.none"));
        list.setPlaceholder(none);
        list.visibleProperty().bind(model.queryProperty().isNotEmpty());
        list.managedProperty().bind(list.visibleProperty());

        VBox box = new VBox(6, field, list);
        box.getStyleClass().add("find-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.matches().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                FindMatch chosen = list.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    model.reveal(chosen);
                } else {
                    model.revealFirst();
                }
                hide();
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.reveal(list.getSelectionModel().getSelectedItem());
                hide();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                model.reveal(list.getSelectionModel().getSelectedItem());
                hide();
            }
        });
    }

    /**
     * Opens the popup centred over the top of a node (the canvas) and focuses the field, text selected.
     *
     * @param anchor the node to show it over
     */
    public void show(Node anchor) {
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b == null) {
            return;
        }
        popup.show(anchor, b.getMinX() + Math.max(8, (b.getWidth() - 440) / 2), b.getMinY() + 12);
        field.requestFocus();
        field.selectAll();
    }

    /** Closes it. */
    public void hide() {
        popup.hide();
    }

    /** @return true while it is open */
    public boolean isShowing() {
        return popup.isShowing();
    }

    /** @return the popup (tests and styling) */
    public Popup popup() {
        return popup;
    }

    /** One match: icon, name, kind and what matched. */
    private final class MatchCell extends ListCell<FindMatch> {
        @Override
        protected void updateItem(FindMatch m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(m.label());
            name.getStyleClass().add("find-name");
            Label detail = new Label(model.describe(m));
            detail.getStyleClass().add("find-detail");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(10, Icons.node(m.icon(), 22), name, spacer, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}
