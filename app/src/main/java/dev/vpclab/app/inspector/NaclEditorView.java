package dev.vpclab.app.inspector;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The network ACL editor: Inbound and Outbound tabs with the rules sorted by number and the final "*" deny row
 * (read-only), and a form under them to add, change or delete a rule, with inline errors.
 */
final class NaclEditorView implements KindEditor {

    /** Height of a table's column header row. */
    static final double HEADER = 29;

    /** Stands for the implicit final rule in the tables; never stored. */
    private static final int STAR = NetworkAclEntry.MAX_RULE_NUMBER + 1;

    private final NaclEditorModel model;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final TableView<NetworkAclEntry> inbound;
    private final TableView<NetworkAclEntry> outbound;
    private final Tab inTab = new Tab();
    private final Tab outTab = new Tab();
    private final Button submit;
    private final Button remove;
    private final Button cancel;
    private boolean refreshing;
    private RuleMark mark;
    private final MarkSlot markSlot = new MarkSlot(root);

    NaclEditorView(NaclEditorModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("kind-editor");
        root.setId("nacl-editor");
        inbound = table(TrafficDirection.INBOUND);
        outbound = table(TrafficDirection.OUTBOUND);
        inTab.setContent(inbound);
        outTab.setContent(outbound);
        inTab.setId("nacl-tab-inbound");
        outTab.setId("nacl-tab-outbound");
        tabs.getTabs().setAll(inTab, outTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().addAll("rule-tabs", Styles.DENSE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) ->
                model.directionProperty().set(b.intValue() == 1 ? TrafficDirection.OUTBOUND : TrafficDirection.INBOUND));

        TextField number = FormControls.text(model.ruleNumberProperty(), "nacl-rule-number", "100");
        ComboBox<String> protocol = FormControls.protocolChooser(i18n, model.protocolProperty(), "nacl-protocol");
        TextField ports = FormControls.text(model.portsProperty(), "nacl-ports", "443");
        ports.disableProperty().bind(model.protocolProperty().isNotEqualTo("tcp").and(model.protocolProperty().isNotEqualTo("udp")));
        TextField cidr = FormControls.text(model.cidrProperty(), "nacl-cidr", "0.0.0.0/0");
        ComboBox<RuleAction> action = new ComboBox<>(FXCollections.observableArrayList(RuleAction.ALLOW, RuleAction.DENY));
        action.setId("nacl-action");
        action.valueProperty().bindBidirectional(model.actionProperty());
        action.getStyleClass().add(Styles.SMALL);
        action.setMaxWidth(Double.MAX_VALUE);
        action.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(RuleAction a) {
                return a == null ? "" : i18n.get(a == RuleAction.ALLOW ? "ui.rule.allow" : "ui.rule.deny");
            }

            @Override
            public RuleAction fromString(String s) {
                return null;
            }
        });
        FormControls.mark(model.errors(), RuleDraft.RULE_NUMBER, number);
        FormControls.mark(model.errors(), RuleDraft.PORTS, ports);
        FormControls.mark(model.errors(), RuleDraft.CIDR, cidr);

        HBox row1 = new HBox(6, grow(FormControls.captioned(i18n, "ui.nacl.ruleNumber", number), 0.8),
                grow(FormControls.captioned(i18n, "ui.rule.protocol", protocol), 1),
                grow(FormControls.captioned(i18n, "ui.rule.ports", ports), 1.2));
        Label cidrCaption = new Label();
        cidrCaption.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get(
                model.directionProperty().get() == TrafficDirection.INBOUND ? "ui.rule.source" : "ui.rule.destination"),
                model.directionProperty(), i18n.localeProperty()));
        cidrCaption.getStyleClass().add("form-caption");
        VBox cidrCell = new VBox(2, cidrCaption, cidr);
        HBox row2 = new HBox(6, grow(cidrCell, 1.8), grow(FormControls.captioned(i18n, "ui.rule.action", action), 1.2));

        submit = FormControls.button(i18n, "ui.rule.add", Feather.PLUS, "nacl-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> model.submit());
        cancel = FormControls.button(i18n, "ui.dialog.cancel", null, "nacl-cancel");
        cancel.setOnAction(e -> model.newRule());
        remove = FormControls.button(i18n, "ui.rule.remove", Feather.TRASH_2, "nacl-remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> {
            if (model.editingProperty().get() != null) {
                model.remove(model.editingProperty().get());
            }
        });
        model.editingProperty().addListener((o, a, b) -> updateButtons());
        HBox buttons = new HBox(6, submit, cancel, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label formTitle = new Label();
        formTitle.getStyleClass().add("form-title");
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.editingProperty().get() == null
                ? i18n.get("ui.nacl.newRule", dir(model.directionProperty().get()))
                : i18n.get("ui.nacl.editRule", String.valueOf(model.editingProperty().get().ruleNumber())),
                model.editingProperty(), model.directionProperty(), i18n.localeProperty()));
        VBox form = new VBox(6, formTitle, row1, row2, FormControls.errorLine(model, "nacl-error"), buttons);
        form.getStyleClass().add("rule-form");
        root.getChildren().setAll(tabs, form);
        i18n.localeProperty().addListener((o, a, b) -> refresh());
        updateButtons();
        refresh();
    }

    private int dir(TrafficDirection d) {
        return d == TrafficDirection.INBOUND ? 0 : 1;
    }

    private static Node grow(VBox cell, double weight) {
        HBox.setHgrow(cell, Priority.ALWAYS);
        cell.setPrefWidth(60 * weight);
        cell.setMinWidth(40);
        return cell;
    }

    private void updateButtons() {
        boolean editing = model.editingProperty().get() != null;
        submit.textProperty().unbind();
        submit.textProperty().bind(i18n.bind(editing ? "ui.rule.save" : "ui.rule.add"));
        cancel.setVisible(editing);
        cancel.setManaged(editing);
        remove.setVisible(editing);
        remove.setManaged(editing);
    }

    private TableView<NetworkAclEntry> table(TrafficDirection d) {
        TableView<NetworkAclEntry> t = new TableView<>();
        t.setId(d == TrafficDirection.INBOUND ? "nacl-inbound" : "nacl-outbound");
        t.getStyleClass().addAll("rule-table", Styles.DENSE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.setFixedCellSize(26);
        t.getColumns().setAll(List.of(
                col("ui.nacl.ruleColumn", 44, e -> e.ruleNumber() == STAR ? "*" : Integer.toString(e.ruleNumber())),
                col("ui.rule.type", 80, e -> RuleText.type(i18n, e.protocol(), e.portRange())),
                col("ui.rule.ports", 74, e -> RuleText.ports(i18n, e.protocol(), e.portRange())),
                col(d == TrafficDirection.INBOUND ? "ui.rule.source" : "ui.rule.destination", 84, e -> e.cidr().toString()),
                actionColumn()));
        t.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(NetworkAclEntry e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("final-rule"), !empty && e != null && e.ruleNumber() == STAR);
                boolean marked = !empty && e != null && marks(e, d);
                pseudoClassStateChanged(TraceMarks.DENY, marked && mark.denied());
                pseudoClassStateChanged(TraceMarks.ALLOW, marked && !mark.denied());
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!refreshing && e != null && e.ruleNumber() != STAR) {
                model.edit(e);
            }
        });
        t.setOnKeyPressed(k -> {
            NetworkAclEntry e = t.getSelectionModel().getSelectedItem();
            if ((k.getCode() == javafx.scene.input.KeyCode.DELETE || k.getCode() == javafx.scene.input.KeyCode.BACK_SPACE)
                    && e != null && e.ruleNumber() != STAR) {
                model.remove(e);
                k.consume();
            }
        });
        return t;
    }

    private TableColumn<NetworkAclEntry, String> col(String key, double width, Function<NetworkAclEntry, String> text) {
        TableColumn<NetworkAclEntry, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        return c;
    }

    private TableColumn<NetworkAclEntry, String> actionColumn() {
        TableColumn<NetworkAclEntry, String> c = col("ui.rule.action", 46,
                e -> i18n.get(e.action() == RuleAction.ALLOW ? "ui.rule.allow" : "ui.rule.deny"));
        c.setCellFactory(v -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().removeAll("action-allow", "action-deny");
                NetworkAclEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (e != null) {
                    getStyleClass().add(e.action() == RuleAction.ALLOW ? "action-allow" : "action-deny");
                }
            }
        });
        return c;
    }

    private List<NetworkAclEntry> rows(TrafficDirection d) {
        List<NetworkAclEntry> rows = new ArrayList<>(model.entries(d));
        rows.add(new NetworkAclEntry(STAR, d, Protocol.ALL, null, null, Cidr.ALL, RuleAction.DENY));
        return rows;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        refreshing = true;
        inbound.setItems(FXCollections.observableArrayList(rows(TrafficDirection.INBOUND)));
        outbound.setItems(FXCollections.observableArrayList(rows(TrafficDirection.OUTBOUND)));
        fit(inbound);
        fit(outbound);
        inTab.setText(i18n.get("ui.rule.inbound", model.entries(TrafficDirection.INBOUND).size()));
        outTab.setText(i18n.get("ui.rule.outbound", model.entries(TrafficDirection.OUTBOUND).size()));
        NetworkAclEntry editing = model.editingProperty().get();
        TableView<NetworkAclEntry> t = editing != null && editing.direction() == TrafficDirection.OUTBOUND ? outbound : inbound;
        if (editing != null) {
            t.getSelectionModel().select(editing);
        }
        refreshing = false;
        if (mark != null && editing == null) {
            selectMarked();
        }
    }

    private boolean marks(NetworkAclEntry e, TrafficDirection d) {
        return mark != null && mark.rule() != null && d == mark.direction()
                && mark.rule().equals(e.ruleNumber() == STAR ? "*" : Integer.toString(e.ruleNumber()));
    }

    private void selectMarked() {
        TableView<NetworkAclEntry> t = mark.direction() == TrafficDirection.OUTBOUND ? outbound : inbound;
        tabs.getSelectionModel().select(mark.direction() == TrafficDirection.OUTBOUND ? outTab : inTab);
        MarkSlot.select(t, e -> marks(e, mark.direction()));
    }

    @Override
    public boolean mark(RuleMark m, Node extra) {
        mark = m;
        markSlot.show(tabs, m == null ? null : extra);
        inbound.refresh();
        outbound.refresh();
        if (m != null && m.direction() != null) {
            selectMarked();
        }
        return m != null;
    }

    private static void fit(TableView<NetworkAclEntry> t) {
        double height = HEADER + t.getItems().size() * t.getFixedCellSize() + 2;
        t.setPrefHeight(Math.min(height, HEADER + 10 * t.getFixedCellSize() + 2));
        t.setMinHeight(t.getPrefHeight());
    }

    @Override
    public void focus(String field) {
        tabs.requestFocus();
    }

    /** @return the tabs (tests switch direction) */
    TabPane tabs() {
        return tabs;
    }
}
