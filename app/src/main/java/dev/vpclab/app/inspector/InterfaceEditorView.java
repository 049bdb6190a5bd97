package dev.vpclab.app.inspector;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.resource.SecurityGroup;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Network settings of an instance or interface (addresses, public IP, Elastic IPs, source/destination check) and
 * the security groups of anything that carries them, as a checklist of the VPC's groups.
 */
final class InterfaceEditorView implements KindEditor {

    private final InterfaceEditorModel model;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    private final GridPane network = new GridPane();
    private final TextField addresses = new TextField();
    private final TextField publicIp = new TextField();
    private final Label elastic = new Label();
    private final CheckBox sourceDest = new CheckBox();
    private final VBox groups = new VBox(4);
    private final Label groupsTitle = new Label();
    private final Label networkTitle = new Label();
    private final Label error = new Label();
    private boolean refreshing;

    InterfaceEditorView(InterfaceEditorModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("kind-editor");
        root.setId("interface-editor");
        networkTitle.textProperty().bind(i18n.bind("ui.eni.title"));
        networkTitle.getStyleClass().add("section-title");
        groupsTitle.textProperty().bind(i18n.bind("ui.eni.securityGroups"));
        groupsTitle.getStyleClass().add("section-title");
        addresses.setId("eni-addresses");
        publicIp.setId("eni-public-ip");
        sourceDest.setId("eni-source-dest");
        for (TextField f : java.util.List.of(addresses, publicIp)) {
            GridPane.setHgrow(f, Priority.ALWAYS);
        }
        commitOnEnterOrBlur(addresses, () -> model.setAddresses(addresses.getText()), model::addresses);
        commitOnEnterOrBlur(publicIp, () -> model.setPublicIp(publicIp.getText()), model::publicIp);
        sourceDest.selectedProperty().addListener((o, a, b) -> {
            if (!refreshing) {
                model.setSourceDestCheck(b);
            }
        });
        network.getStyleClass().add("property-grid");
        network.setHgap(10);
        network.setVgap(6);
        network.addRow(0, caption("ui.eni.privateIps"), addresses);
        network.addRow(1, caption("ui.prop.publicIp"), publicIp);
        network.addRow(2, caption("ui.eni.elasticIps"), elastic);
        network.addRow(3, caption("ui.prop.sourceDestCheck"), sourceDest);
        groups.setId("eni-groups");
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.textProperty().bind(model.refusalProperty());
        error.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        i18n.localeProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void commitOnEnterOrBlur(TextField f, java.util.function.BooleanSupplier commit, java.util.function.Supplier<String> current) {
        Runnable run = () -> {
            if (!refreshing && !Objects.equals(f.getText(), current.get()) && !commit.getAsBoolean()) {
                f.setText(current.get());
            }
        };
        f.setOnAction(e -> run.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                run.run();
            }
        });
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                f.setText(current.get());
            }
        });
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
        root.getChildren().clear();
        if (model.eni() != null) {
            addresses.setText(model.addresses());
            publicIp.setText(model.publicIp());
            elastic.setText(model.elasticIps().isEmpty() ? "\u2014" : String.join(", ", model.elasticIps()));
            sourceDest.setSelected(model.sourceDestCheck());
            root.getChildren().addAll(networkTitle, network);
        }
        if (model.hasGroups()) {
            groups.getChildren().clear();
            for (SecurityGroup g : model.vpcGroups()) {
                CheckBox box = new CheckBox(SecurityGroupEditorModel.choice(g));
                box.setId("eni-group-" + g.id());
                box.setSelected(model.groupIds().contains(g.id()));
                box.selectedProperty().addListener((o, a, b) -> {
                    if (!refreshing) {
                        model.setGroup(g.id(), b);
                    }
                });
                groups.getChildren().add(box);
            }
            root.getChildren().addAll(groupsTitle, groups);
        }
        root.getChildren().add(error);
        refreshing = false;
    }
}
