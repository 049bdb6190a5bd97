package dev.vpclab.app.problems;

import dev.vpclab.model.validation.Severity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Problems tab: a table of validation problems; a click selects the culprit, a double-click opens it. */
public final class ProblemsView extends TableView<ProblemRow> {

    /** @param model the view-model */
    public ProblemsView(ProblemsViewModel model) {
        super(model.rows());
        setId("problems-table");
        getStyleClass().addAll("problems-table", "dense");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);

        TableColumn<ProblemRow, Severity> severity = new TableColumn<>();
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell(model));
        severity.setMinWidth(34);
        severity.setMaxWidth(34);
        severity.setSortable(false);

        TableColumn<ProblemRow, String> resource = column(model, "ui.problems.col.resource", 160);
        resource.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().resourceName()));
        TableColumn<ProblemRow, String> field = column(model, "ui.problems.col.field", 140);
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        field.getStyleClass().add("mono-column");
        TableColumn<ProblemRow, String> message = column(model, "ui.problems.col.message", 700);
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        message.setCellFactory(c -> new MessageCell());
        getColumns().setAll(java.util.List.of(severity, resource, field, message));

        Label empty = new Label();
        empty.textProperty().bind(model.i18n().bind("ui.problems.none"));
        empty.getStyleClass().add("placeholder-text");
        setPlaceholder(empty);

        getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.select(row);
            }
        });
        setRowFactory(t -> {
            TableRow<ProblemRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    if (e.getClickCount() == 2) {
                        model.open(row.getItem());
                    } else {
                        model.select(row.getItem());
                    }
                }
            });
            return row;
        });
    }

    private static TableColumn<ProblemRow, String> column(ProblemsViewModel model, String key, double width) {
        TableColumn<ProblemRow, String> c = new TableColumn<>();
        c.textProperty().bind(model.i18n().bind(key));
        c.setPrefWidth(width);
        return c;
    }

    /** An error or warning icon. */
    private static final class SeverityCell extends TableCell<ProblemRow, Severity> {
        private final ProblemsViewModel model;

        SeverityCell(ProblemsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Severity s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = new FontIcon(s == Severity.ERROR ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE);
            icon.getStyleClass().add(s == Severity.ERROR ? "severity-error" : "severity-warning");
            setGraphic(icon);
            setTooltip(new Tooltip(model.i18n().get(s == Severity.ERROR ? "ui.problems.error" : "ui.problems.warning")));
        }
    }

    /** The whole sentence, wrapped to the column's width. */
    private static final class MessageCell extends TableCell<ProblemRow, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        MessageCell() {
            text.getStyleClass().add("problem-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            text.setText(empty || s == null ? "" : s);
            setGraphic(empty ? null : text);
        }
    }
}
