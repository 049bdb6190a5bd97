package dev.vpclab.app.inspector;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.model.resource.LoadBalancer;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A load balancer's listeners, rules and target groups, read-only for now. */
final class LoadBalancerSummaryView implements KindEditor {

    private final EditorModel editor;
    private final String id;
    private final VBox root = new VBox(4);

    LoadBalancerSummaryView(EditorModel editor, String id) {
        this.editor = editor;
        this.id = id;
        root.getStyleClass().add("kind-editor");
        root.setId("lb-summary");
        editor.i18n().localeProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        root.getChildren().clear();
        LoadBalancer lb = editor.document().get(id, LoadBalancer.class);
        if (lb == null) {
            return;
        }
        LoadBalancerSummary.Lines lines = LoadBalancerSummary.of(editor.document(), lb, editor.i18n());
        section("ui.lb.listeners", lines.listeners());
        section("ui.lb.rules", lines.rules());
        section("ui.lb.targetGroups", lines.targetGroups());
    }

    private void section(String key, List<String> lines) {
        Label title = new Label(editor.i18n().get(key));
        title.getStyleClass().add("section-title");
        root.getChildren().add(title);
        if (lines.isEmpty()) {
            Label none = new Label("\u2014");
            none.getStyleClass().add("summary-line");
            root.getChildren().add(none);
        }
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("summary-line");
            root.getChildren().add(l);
        }
    }
}
