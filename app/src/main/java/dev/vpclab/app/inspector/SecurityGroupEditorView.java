package dev.vpclab.app.inspector;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.SecurityGroupRule;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The security-group editor: Inbound and Outbound tabs of allow rules, and a form to add, change or delete one;
 * the source or destination is a CIDR block typed, or a security group of the VPC chosen from the list.
 */
final class SecurityGroupEditorView implements KindEditor {

    private final SecurityGroupEditorModel model;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final Tab inTab = new Tab();
    private final Tab outTab = new Tab();
    private final TableView<Integer> inbound;
    private final TableView<Integer> outbound;
    private final ComboBox<String> peer = new ComboBox<>();
    private final Button submit;
    private final Button cancel;
    private final Button remove;
    private boolean refreshing;
    private RuleMark mark;
    private final MarkSlot markSlot = new MarkSlot(root);

    SecurityGroupEditorView(SecurityGroupEditorModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("kind-editor");
        root.setId("sg-editor");
        inbound = table(TrafficDirection.INBOUND);
        outbound = table(TrafficDirection.OUTBOUND);
        inTab.setContent(inbound);
        outTab.setContent(outbound);
        tabs.getTabs().setAll(inTab, outTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().addAll("rule-tabs", Styles.DENSE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) ->
                model.directionProperty().set(b.intValue() == 1 ? TrafficDirection.OUTBOUND : TrafficDirection.INBOUND));

        ComboBox<String> protocol = FormControls.protocolChooser(i18n, model.protocolProperty(), "sg-protocol");
        TextField ports = FormControls.text(model.portsProperty(), "sg-ports", "443");
        ports.disableProperty().bind(model.protocolProperty().isNotEqualTo("tcp").and(model.protocolProperty().isNotEqualTo("udp")));
        peer.setId("sg-peer");
        peer.setEditable(true);
        peer.getStyleClass().add(Styles.SMALL);
        peer.setMaxWidth(Double.MAX_VALUE);
        peer.getEditor().textProperty().bindBidirectional(model.peerProperty());
        peer.setPromptText("0.0.0.0/0 \u00b7 sg-\u2026");
        TextField description = FormControls.text(model.descriptionProperty(), "sg-description", "");
        FormControls.mark(model.errors(), RuleDraft.PORTS, ports);
        FormControls.mark(model.errors(), RuleDraft.PEER, peer);

        HBox row1 = new HBox(6, grow(FormControls.captioned(i18n, "ui.rule.protocol", protocol)),
                grow(FormControls.captioned(i18n, "ui.rule.ports", ports)));
        Label peerCaption = new Label();
        peerCaption.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                model.directionProperty().get() == TrafficDirection.INBOUND ? "ui.rule.source" : "ui.rule.destination"),
                model.directionProperty(), i18n.localeProperty()));
        peerCaption.getStyleClass().add("form-caption");
        VBox peerCell = new VBox(2, peerCaption, peer);
        VBox descriptionCell = FormControls.captioned(i18n, "ui.rule.description", description);

        submit = FormControls.button(i18n, "ui.rule.add", Feather.PLUS, "sg-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> model.submit());
        cancel = FormControls.button(i18n, "ui.dialog.cancel", null, "sg-cancel");
        cancel.setOnAction(e -> model.newRule());
        remove = FormControls.button(i18n, "ui.rule.remove", Feather.TRASH_2, "sg-remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> model.remove(model.directionProperty().get(), model.editingIndexProperty().get()));
        model.editingIndexProperty().addListener((o, a, b) -> updateButtons());
        HBox buttons = new HBox(6, submit, cancel, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label formTitle = new Label();
        formTitle.getStyleClass().add("form-title");
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> model.editingIndexProperty().get() < 0
                ? i18n.get("ui.sg.newRule", model.directionProperty().get() == TrafficDirection.INBOUND ? 0 : 1)
                : i18n.get("ui.sg.editRule"), model.editingIndexProperty(), model.directionProperty(), i18n.localeProperty()));
        VBox form = new VBox(6, formTitle, row1, peerCell, descriptionCell, FormControls.errorLine(model, "sg-error"), buttons);
        form.getStyleClass().add("rule-form");
        root.getChildren().setAll(tabs, form);
        i18n.localeProperty().addListener((o, a, b) -> refresh());
        updateButtons();
        refresh();
    }

    private static Node grow(VBox cell) {
        HBox.setHgrow(cell, Priority.ALWAYS);
        cell.setPrefWidth(80);
        return cell;
    }

    private void updateButtons() {
        boolean editing = model.editingIndexProperty().get() >= 0;
        submit.textProperty().unbind();
        submit.textProperty().bind(i18n.bind(editing ? "ui.rule.save" : "ui.rule.add"));
        cancel.setVisible(editing);
        cancel.setManaged(editing);
        remove.setVisible(editing);
        remove.setManaged(editing);
    }

    private TableView<Integer> table(TrafficDirection d) {
        TableView<Integer> t = new TableView<>();
        t.setId(d == TrafficDirection.INBOUND ? "sg-inbound" : "sg-outbound");
        t.getStyleClass().addAll("rule-table", Styles.DENSE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.setFixedCellSize(26);
        Function<Integer, SecurityGroupRule> rule = i -> model.rules(d).get(i);
        t.getColumns().setAll(List.of(
                col("ui.rule.type", 84, i -> RuleText.type(i18n, rule.apply(i).protocol(), rule.apply(i).portRange())),
                col("ui.rule.ports", 62, i -> RuleText.ports(i18n, rule.apply(i).protocol(), rule.apply(i).portRange())),
                col(d == TrafficDirection.INBOUND ? "ui.rule.source" : "ui.rule.destination", 110,
                        i -> model.peerText(rule.apply(i).peer())),
                col("ui.rule.description", 76, i -> rule.apply(i).description())));
        t.setRowFactory(v -> {
            javafx.scene.control.TableRow<Integer> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(Integer i, boolean empty) {
                    super.updateItem(i, empty);
                    boolean marked = !empty && i != null && marks(i, d);
                    pseudoClassStateChanged(TraceMarks.DENY, marked && mark.denied());
                    pseudoClassStateChanged(TraceMarks.ALLOW, marked && !mark.denied());
                }
            };
            row.itemProperty().addListener((o, a, i) -> row.setTooltip(i == null || i >= model.rules(d).size() ? null
                    : new javafx.scene.control.Tooltip(RuleText.protocol(i18n, rule.apply(i).protocol()) + " "
                            + RuleText.ports(i18n, rule.apply(i).protocol(), rule.apply(i).portRange()) + " \u00b7 "
                            + model.peerText(rule.apply(i).peer()) + (rule.apply(i).description().isBlank() ? ""
                            : " \u00b7 " + rule.apply(i).description()))));
            return row;
        });
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind(d == TrafficDirection.INBOUND ? "ui.sg.noInbound" : "ui.sg.noOutbound"));
        empty.getStyleClass().add("placeholder-text");
        t.setPlaceholder(empty);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (!refreshing && i != null) {
                model.edit(d, i);
            }
        });
        return t;
    }

    private TableColumn<Integer, String> col(String key, double width, Function<Integer, String> text) {
        TableColumn<Integer, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        return c;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        refreshing = true;
        fill(inbound, model.rules(TrafficDirection.INBOUND).size());
        fill(outbound, model.rules(TrafficDirection.OUTBOUND).size());
        inTab.setText(i18n.get("ui.rule.inbound", model.rules(TrafficDirection.INBOUND).size()));
        outTab.setText(i18n.get("ui.rule.outbound", model.rules(TrafficDirection.OUTBOUND).size()));
        List<String> choices = model.peerGroups().stream().map(SecurityGroupEditorModel::choice).toList();
        if (!peer.getItems().equals(choices)) {
            String typed = model.peerProperty().get();
            peer.getItems().setAll(choices);
            model.peerProperty().set(typed);
        }
        refreshing = false;
        if (mark != null && model.editingIndexProperty().get() < 0) {
            selectMarked();
        }
    }

    private boolean marks(int index, TrafficDirection d) {
        return mark != null && mark.rule() != null && d == mark.direction() && mark.rule().equals(Integer.toString(index));
    }

    private void selectMarked() {
        if (mark.direction() == null) {
            return;
        }
        tabs.getSelectionModel().select(mark.direction() == TrafficDirection.OUTBOUND ? outTab : inTab);
        TableView<Integer> t = mark.direction() == TrafficDirection.OUTBOUND ? outbound : inbound;
        MarkSlot.select(t, i -> marks(i, mark.direction()));
    }

    @Override
    public boolean mark(RuleMark m, Node extra) {
        mark = m;
        markSlot.show(tabs, m == null ? null : extra);
        inbound.refresh();
        outbound.refresh();
        if (m != null) {
            selectMarked();
        }
        return m != null;
    }

    private static void fill(TableView<Integer> t, int n) {
        t.setItems(FXCollections.observableArrayList(java.util.stream.IntStream.range(0, n).boxed().toList()));
        double height = NaclEditorView.HEADER + Math.max(1, n) * t.getFixedCellSize() + 2;
        t.setPrefHeight(Math.min(height, NaclEditorView.HEADER + 10 * t.getFixedCellSize() + 2));
        t.setMinHeight(t.getPrefHeight());
    }

    @Override
    public void focus(String field) {
        if (field.startsWith("egress")) {
            tabs.getSelectionModel().select(1);
        } else if (field.startsWith("ingress")) {
            tabs.getSelectionModel().select(0);
        }
    }
}
