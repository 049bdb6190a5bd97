package dev.vpclab.app.ui;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Notifier;
import dev.vpclab.app.problems.ProblemsViewModel;
import dev.vpclab.model.i18n.Message;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar: file name and saved state, resource count, errors and warnings on the left; the last message
 * (a refused edit) in the middle for a few seconds; mode, language and zoom on the right.
 */
final class StatusBar {

    private final HBox root = new HBox(16);
    private HBox left;
    private final Label message = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(8));
    private final EditorModel editor;
    private Message shown;

    StatusBar(EditorModel editor, WindowStatus status, ProblemsViewModel problems, ObservableDoubleValue zoom) {
        this.editor = editor;
        FontIcon savedIcon = new FontIcon(Feather.CHECK);
        Label file = new Label(null, savedIcon);
        file.setId("status-file");
        file.textProperty().bind(status.fileStatus());
        Runnable saved = () -> {
            boolean dirty = editor.dirtyProperty().get();
            savedIcon.setIconCode(dirty ? Feather.CIRCLE : Feather.CHECK);
            savedIcon.getStyleClass().setAll("ikonli-font-icon", dirty ? "status-dirty" : "status-saved");
        };
        editor.dirtyProperty().addListener((o, a, b) -> saved.run());
        saved.run();
        Label count = new Label();
        count.setId("status-resources");
        count.textProperty().bind(status.resourceCount());
        FontIcon warn = new FontIcon(Feather.ALERT_TRIANGLE);
        Label issues = new Label(null, warn);
        issues.setId("status-problems");
        issues.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> editor.i18n().get("ui.status.problems", problems.errorsProperty().get(), problems.warningsProperty().get()),
                problems.errorsProperty(), problems.warningsProperty(), editor.i18n().localeProperty()));
        Runnable severity = () -> warn.getStyleClass().setAll("ikonli-font-icon", problems.errorsProperty().get() > 0 ? "severity-error"
                : problems.warningsProperty().get() > 0 ? "severity-warning" : "severity-ok");
        problems.errorsProperty().addListener((o, a, b) -> severity.run());
        problems.warningsProperty().addListener((o, a, b) -> severity.run());
        severity.run();
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        fade.setOnFinished(e -> {
            shown = null;
            message.setText("");
        });
        editor.i18n().localeProperty().addListener((o, a, b) -> message.setText(shown == null ? "" : editor.i18n().get(shown)));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        message.setMinWidth(0);
        Label mode = new Label();
        mode.setId("status-mode");
        mode.textProperty().bind(status.modeText());
        Label lang = new Label();
        lang.setId("status-language");
        lang.textProperty().bind(status.languageText());
        Label zoomText = new Label();
        zoomText.setId("status-zoom");
        zoomText.textProperty().bind(status.zoomText(zoom));
        left = new HBox(16, file, count, issues);
        left.setAlignment(Pos.CENTER_LEFT);
        left.setMinWidth(Region.USE_PREF_SIZE);
        HBox right = new HBox(16, mode, lang, zoomText);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(left, message, spacer, right);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        root.setId("status-bar");
    }

    Node node() {
        return root;
    }

    /**
     * Adds a mode's state after the problems ("● Trace: blocked on return"), shown while its text is not empty.
     *
     * @param id the label's id
     * @param text what to say
     * @param bad when true the dot is red, else green
     */
    void addModeStatus(String id, javafx.beans.value.ObservableValue<String> text, javafx.beans.value.ObservableValue<Boolean> bad) {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(4);
        dot.getStyleClass().add("status-dot");
        Label l = new Label(null, dot);
        l.setId(id);
        l.textProperty().bind(text);
        l.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> text.getValue() != null
                && !text.getValue().isEmpty(), text));
        l.managedProperty().bind(l.visibleProperty());
        Runnable colour = () -> {
            dot.getStyleClass().removeAll("severity-error", "severity-ok");
            dot.getStyleClass().add(bad != null && Boolean.TRUE.equals(bad.getValue()) ? "severity-error" : "severity-ok");
        };
        if (bad != null) {
            bad.addListener((o, a, b) -> colour.run());
            // a listener alone does not keep a binding alive
            l.getProperties().put("bad", bad);
        }
        colour.run();
        l.setMinWidth(Region.USE_PREF_SIZE);
        left.getChildren().add(l);
    }

    /**
     * Shows a message for a few seconds.
     *
     * @param level how loud
     * @param m what
     */
    void show(Notifier.Level level, Message m) {
        shown = m;
        message.setText(editor.i18n().get(m));
        message.getStyleClass().removeAll("status-info", "status-warning", "status-error");
        message.getStyleClass().add(level == Notifier.Level.ERROR ? "status-error"
                : level == Notifier.Level.WARNING ? "status-warning" : "status-info");
        fade.playFromStart();
    }
}
