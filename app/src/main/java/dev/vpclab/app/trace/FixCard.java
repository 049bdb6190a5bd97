package dev.vpclab.app.trace;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.fix.DocumentChange;
import dev.vpclab.trace.fix.SuggestedFix;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "Suggested fix" card the inspector shows under the rule that blocked a trace: the fix in a sentence, each
 * concrete edit in the columns of its editor, "Apply fix" (one undoable command, then the trace runs again) and
 * "Re-run trace".
 */
final class FixCard {

    private final TraceViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(8);

    FixCard(TraceViewModel model) {
        this.model = model;
        this.i18n = model.editor().i18n();
        root.setId("trace-fix-card");
        root.getStyleClass().add("trace-fix-card");
        model.resultProperty().addListener((o, a, b) -> rebuild());
        i18n.localeProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        Trace t = model.trace();
        SuggestedFix fix = t == null ? null : t.suggestedFix();
        root.getChildren().clear();
        if (fix == null) {
            return;
        }
        FontIcon bulb = new FontIcon(Feather.ZAP);
        bulb.getStyleClass().add("fix-icon");
        Label title = new Label(i18n.get("tracemode.fix.title"), bulb);
        title.getStyleClass().add("fix-title");
        Label sentence = new Label(i18n.get(fix.message()));
        sentence.setWrapText(true);
        sentence.setId("trace-fix-sentence");
        sentence.getStyleClass().add("fix-sentence");
        root.getChildren().addAll(title, sentence);
        for (DocumentChange c : fix.changes()) {
            root.getChildren().add(line(FixText.line(model.resultProperty().get().document(), c, i18n)));
        }
        if (fix.changes().isEmpty()) {
            Label manual = new Label(i18n.get("tracemode.fix.manual"));
            manual.setWrapText(true);
            manual.getStyleClass().add("placeholder-text");
            root.getChildren().add(manual);
        }
        Button apply = new Button(i18n.get("tracemode.fix.apply"));
        apply.setId("trace-apply-fix");
        apply.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
        apply.disableProperty().bind(model.canApplyFixProperty().not());
        apply.setOnAction(e -> model.applyFix());
        Button rerun = new Button(i18n.get("tracemode.fix.rerun"));
        rerun.setId("trace-rerun");
        rerun.getStyleClass().add(Styles.SMALL);
        rerun.setOnAction(e -> model.rerun());
        HBox buttons = new HBox(8, apply, rerun);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(buttons);
    }

    private VBox line(FixText.Line line) {
        FlowPane cells = new FlowPane(10, 4);
        for (int i = 0; i < line.cells().size(); i++) {
            Label cell = new Label(line.cells().get(i));
            cell.getStyleClass().add("fix-cell");
            if (i == 0) {
                cell.getStyleClass().add("fix-cell-first");
            }
            if (i == line.cells().size() - 1 && line.allow()) {
                cell.getStyleClass().add("fix-cell-allow");
            }
            cells.getChildren().add(cell);
        }
        cells.getStyleClass().add("fix-rule");
        Label where = new Label(line.where());
        where.getStyleClass().add("fix-where");
        VBox box = new VBox(3, where, cells);
        box.getStyleClass().add("fix-line");
        return box;
    }

    VBox node() {
        return root;
    }
}
