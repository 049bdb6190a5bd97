package dev.vpclab.app.inspector;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The route-table editor: the routes with target, origin and state, and a form to add, change or delete one. */
final class RouteTableEditorView implements KindEditor {

    private final RouteTableEditorModel model;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final TableView<RouteTableEditorModel.Row> table = new TableView<>();
    private final ComboBox<RouteTargets.Target> target = new ComboBox<>();
    private final Button submit;
    private final Button cancel;
    private final Button remove;
    private boolean refreshing;
    private RuleMark mark;
    private final MarkSlot markSlot = new MarkSlot(root);

    RouteTableEditorView(RouteTableEditorModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("kind-editor");
        root.setId("route-editor");
        Label title = new Label();
        title.textProperty().bind(i18n.bind("ui.route.title"));
        title.getStyleClass().add("section-title");

        table.setId("route-table");
        table.getStyleClass().addAll("rule-table", Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(26);
        table.getColumns().setAll(List.of(
                col("ui.route.destination", 96, r -> r.route().destination()),
                col("ui.route.target", 110, RouteTableEditorModel.Row::target),
                col("ui.route.origin", 58, r -> i18n.get("ui.route.origin." + r.route().origin().name().toLowerCase(java.util.Locale.ROOT))),
                stateColumn()));
        table.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RouteTableEditorModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                boolean marked = !empty && r != null && marks(r);
                pseudoClassStateChanged(TraceMarks.DENY, marked && mark.denied());
                pseudoClassStateChanged(TraceMarks.ALLOW, marked && !mark.denied());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!refreshing && r != null) {
                model.edit(r.route());
            }
        });

        TextField destination = FormControls.text(model.destinationProperty(), "route-destination", "0.0.0.0/0");
        target.setId("route-target");
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.getStyleClass().add(Styles.SMALL);
        target.setMaxWidth(Double.MAX_VALUE);
        target.promptTextProperty().bind(i18n.bind("ui.route.choose"));
        FormControls.mark(model.errors(), RuleDraft.DESTINATION, destination);
        FormControls.mark(model.errors(), RuleDraft.TARGET, target);
        VBox d = FormControls.captioned(i18n, "ui.route.destination", destination);
        VBox t = FormControls.captioned(i18n, "ui.route.target", target);
        HBox.setHgrow(d, Priority.ALWAYS);
        HBox.setHgrow(t, Priority.ALWAYS);
        d.setPrefWidth(100);
        t.setPrefWidth(150);
        HBox row = new HBox(6, d, t);

        submit = FormControls.button(i18n, "ui.route.add", Feather.PLUS, "route-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> model.submit());
        cancel = FormControls.button(i18n, "ui.dialog.cancel", null, "route-cancel");
        cancel.setOnAction(e -> model.newRoute());
        remove = FormControls.button(i18n, "ui.rule.remove", Feather.TRASH_2, "route-remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> {
            RouteTableEditorModel.Row r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                model.remove(r.route());
            }
        });
        model.editingProperty().addListener((o, a, b) -> updateButtons());
        HBox buttons = new HBox(6, submit, cancel, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label formTitle = new Label();
        formTitle.getStyleClass().add("form-title");
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> model.editingProperty().get() == null
                ? i18n.get("ui.route.new") : i18n.get("ui.route.edit", model.editingProperty().get()),
                model.editingProperty(), i18n.localeProperty()));
        VBox form = new VBox(6, formTitle, row, FormControls.errorLine(model, "route-error"), buttons);
        form.getStyleClass().add("rule-form");
        root.getChildren().setAll(title, table, form);
        i18n.localeProperty().addListener((o, a, b) -> refresh());
        updateButtons();
        refresh();
    }

    private void updateButtons() {
        boolean editing = model.editingProperty().get() != null;
        submit.textProperty().unbind();
        submit.textProperty().bind(i18n.bind(editing ? "ui.rule.save" : "ui.route.add"));
        cancel.setVisible(editing);
        cancel.setManaged(editing);
        remove.setVisible(editing);
        remove.setManaged(editing);
    }

    private TableColumn<RouteTableEditorModel.Row, String> col(String key, double width,
                                                              Function<RouteTableEditorModel.Row, String> text) {
        TableColumn<RouteTableEditorModel.Row, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        return c;
    }

    private TableColumn<RouteTableEditorModel.Row, String> stateColumn() {
        TableColumn<RouteTableEditorModel.Row, String> c = col("ui.route.state", 64,
                r -> i18n.get(r.blackhole() ? "ui.route.blackhole" : "ui.route.active"));
        c.setCellFactory(v -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().removeAll("action-allow", "action-deny");
                RouteTableEditorModel.Row r = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (r != null) {
                    getStyleClass().add(r.blackhole() ? "action-deny" : "action-allow");
                }
            }
        });
        return c;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        refreshing = true;
        List<RouteTableEditorModel.Row> rows = model.rows();
        table.setItems(FXCollections.observableArrayList(rows));
        table.setPrefHeight(NaclEditorView.HEADER + Math.max(1, rows.size()) * table.getFixedCellSize() + 2);
        table.setMinHeight(table.getPrefHeight());
        RouteTargets.Target chosen = model.targetProperty().get();
        target.getItems().setAll(model.targets());
        model.targetProperty().set(chosen);
        submit.setDisable(model.table() == null);
        refreshing = false;
        if (mark != null && model.editingProperty().get() == null) {
            selectMarked();
        }
    }

    private boolean marks(RouteTableEditorModel.Row r) {
        return mark != null && mark.rule() != null && mark.rule().equals(r.route().destination());
    }

    private void selectMarked() {
        MarkSlot.select(table, this::marks);
    }

    @Override
    public boolean mark(RuleMark m, Node extra) {
        mark = m;
        markSlot.show(table, m == null ? null : extra);
        table.refresh();
        if (m != null) {
            selectMarked();
        }
        return m != null;
    }

    @Override
    public void focus(String field) {
        table.requestFocus();
    }
}
