package dev.vpclab.app.inspector;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A subnet's route table and network ACL choosers and its public/private badge. */
final class SubnetEditorView implements KindEditor {

    private final SubnetEditorModel model;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    private final Label badge = new Label();
    private final ComboBox<SubnetEditorModel.Choice> routeTable = new ComboBox<>();
    private final ComboBox<SubnetEditorModel.Choice> networkAcl = new ComboBox<>();
    private final Label error = new Label();
    private boolean refreshing;

    SubnetEditorView(SubnetEditorModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("kind-editor");
        root.setId("subnet-editor");
        Label title = new Label();
        title.textProperty().bind(i18n.bind("ui.subnet.associations"));
        title.getStyleClass().add("section-title");
        badge.setId("subnet-badge");
        routeTable.setId("subnet-route-table");
        networkAcl.setId("subnet-network-acl");
        for (ComboBox<SubnetEditorModel.Choice> c : java.util.List.of(routeTable, networkAcl)) {
            c.getStyleClass().add(Styles.SMALL);
            c.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(c, Priority.ALWAYS);
        }
        routeTable.valueProperty().addListener((o, a, b) -> {
            if (!refreshing && b != null) {
                model.associateRouteTable(b);
            }
        });
        networkAcl.valueProperty().addListener((o, a, b) -> {
            if (!refreshing && b != null) {
                model.associateNetworkAcl(b);
            }
        });
        GridPane grid = new GridPane();
        grid.getStyleClass().add("property-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, caption("ui.subnet.type"), badge);
        grid.addRow(1, caption("ui.prop.routeTableId"), routeTable);
        grid.addRow(2, caption("ui.prop.networkAclId"), networkAcl);
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.textProperty().bind(model.refusalProperty());
        error.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root.getChildren().setAll(title, grid, error);
        i18n.localeProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private Label caption(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add("property-name");
        l.setMinWidth(96);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        refreshing = true;
        boolean pub = model.isPublic();
        badge.setText(i18n.get(pub ? "ui.subnet.public" : "ui.subnet.private"));
        badge.getStyleClass().setAll("label", "badge", pub ? "badge-public" : "badge-private");
        routeTable.getItems().setAll(model.routeTables());
        routeTable.setValue(model.currentRouteTable());
        networkAcl.getItems().setAll(model.networkAcls());
        networkAcl.setValue(model.currentNetworkAcl());
        refreshing = false;
    }

    @Override
    public void focus(String field) {
        if (field.startsWith("networkAcl")) {
            networkAcl.requestFocus();
        } else {
            routeTable.requestFocus();
        }
    }
}
