package dev.vpclab.app.inspector;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders the inspector's forms share: captioned fields, buttons, the inline error line. */
final class FormControls {

    private FormControls() {
    }

    static TextField text(StringProperty value, String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPromptText(prompt);
        f.getStyleClass().add(Styles.SMALL);
        return f;
    }

    /** A chooser of "tcp", "udp", "icmp", "all" that reads TCP, UDP, ICMP and All. */
    static javafx.scene.control.ComboBox<String> protocolChooser(I18n i18n, StringProperty value, String id) {
        javafx.scene.control.ComboBox<String> c = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList("tcp", "udp", "icmp", "all"));
        c.setId(id);
        c.valueProperty().bindBidirectional(value);
        c.getStyleClass().add(Styles.SMALL);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String p) {
                return p == null ? "" : "all".equals(p) ? i18n.get("ui.rule.allProtocols") : p.toUpperCase(java.util.Locale.ROOT);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return c;
    }

    static VBox captioned(I18n i18n, String key, Node field) {
        Label caption = new Label();
        caption.textProperty().bind(i18n.bind(key));
        caption.getStyleClass().add("form-caption");
        VBox box = new VBox(2, caption, field);
        box.getStyleClass().add("form-cell");
        return box;
    }

    static Button button(I18n i18n, String key, Feather icon, String id) {
        Button b = new Button();
        b.textProperty().bind(i18n.bind(key));
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        return b;
    }

    /** Shows a field red while the draft has an error for it. */
    static void mark(ObservableMap<String, String> errors, String field, Node node) {
        Runnable update = () -> node.pseudoClassStateChanged(Styles.STATE_DANGER, errors.containsKey(field));
        errors.addListener((MapChangeListener<String, String>) c -> update.run());
        update.run();
    }

    /** The line under a form that says what is wrong, hidden when nothing is. */
    static Label errorLine(RuleDraft draft, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("inline-error");
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        Runnable update = () -> {
            String text = draft.allErrors();
            l.setText(text);
            l.setVisible(!text.isEmpty());
            l.setManaged(!text.isEmpty());
        };
        draft.errors().addListener((MapChangeListener<String, String>) c -> update.run());
        draft.refusalProperty().addListener((o, a, b) -> update.run());
        update.run();
        return l;
    }
}
