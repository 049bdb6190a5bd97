package dev.vpclab.app.trace;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.icons.Icons;
import dev.vpclab.model.document.SavedTrace;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The request row of the Trace tab: the saved traces, From and To (editable pickers with a "pick on the canvas"
 * button each), protocol, port and Run; and, when the destination is an Application Load Balancer, the HTTP
 * method, host and path its listener rules read.
 */
final class TraceForm {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private final TraceViewModel model;
    private final I18n i18n;
    private MenuButton saved;

    TraceForm(TraceViewModel model) {
        this.model = model;
        this.i18n = model.editor().i18n();
    }

    /** @return the request row */
    Node request() {
        Button run = new Button(null, new FontIcon(Feather.PLAY));
        run.setId("trace-run");
        run.textProperty().bind(i18n.bind("tracemode.run"));
        run.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL, "trace-run");
        run.setDefaultButton(false);
        run.setOnAction(e -> model.run());
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<String> protocol = new ComboBox<>();
        protocol.getItems().setAll("tcp", "udp", "icmp");
        protocol.setId("trace-protocol");
        protocol.valueProperty().bindBidirectional(model.form().protocolProperty());
        protocol.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : s.toUpperCase(java.util.Locale.ROOT);
            }

            @Override
            public String fromString(String s) {
                return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
            }
        });
        protocol.setPrefWidth(84);
        protocol.setMinWidth(78);
        protocol.getStyleClass().add(Styles.SMALL);
        TextField port = new TextField();
        port.setId("trace-port");
        port.textProperty().bindBidirectional(model.form().portProperty());
        port.promptTextProperty().bind(i18n.bind("tracemode.port.prompt"));
        port.setPrefColumnCount(5);
        port.setMinWidth(64);
        port.getStyleClass().add(Styles.SMALL);
        port.disableProperty().bind(model.form().protocolProperty().isEqualTo("icmp"));
        port.setOnAction(e -> model.run());
        saved = saved();
        HBox row = new HBox(8, saved, caption("tracemode.from"), endpoint("trace-from", model.form().fromProperty(), TraceViewModel.Pick.FROM),
                caption("tracemode.to"), endpoint("trace-to", model.form().toProperty(), TraceViewModel.Pick.TO),
                caption("tracemode.protocol"), protocol, caption("tracemode.port"), port, run);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("trace-form");
        return row;
    }

    /** @return the HTTP fields, shown only for an Application Load Balancer */
    Node http() {
        ComboBox<String> method = new ComboBox<>();
        method.getItems().setAll(METHODS);
        method.setEditable(true);
        method.setId("trace-http-method");
        method.getEditor().textProperty().bindBidirectional(model.form().httpMethodProperty());
        method.setValue(model.form().httpMethodProperty().get());
        method.setPrefWidth(96);
        method.getStyleClass().add(Styles.SMALL);
        TextField host = new TextField();
        host.setId("trace-http-host");
        host.textProperty().bindBidirectional(model.form().httpHostProperty());
        host.setPromptText("www.example.com");
        host.setPrefColumnCount(12);
        host.getStyleClass().add(Styles.SMALL);
        TextField path = new TextField();
        path.setId("trace-http-path");
        path.textProperty().bindBidirectional(model.form().httpPathProperty());
        path.setPromptText("/");
        path.setPrefColumnCount(12);
        path.getStyleClass().add(Styles.SMALL);
        host.setOnAction(e -> model.run());
        path.setOnAction(e -> model.run());
        Label tag = new Label("HTTP");
        tag.getStyleClass().add("http-tag");
        HBox box = new HBox(8, tag, method, caption("tracemode.http.host"), host, caption("tracemode.http.path"), path);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("trace-http");
        box.visibleProperty().bind(model.httpApplicableProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label caption(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add("trace-caption");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** @param narrow true when the tab is too narrow for the saved traces' caption: the button keeps its icon */
    void setNarrow(boolean narrow) {
        saved.setContentDisplay(narrow ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT);
    }

    private MenuButton saved() {
        MenuButton b = new MenuButton(null, new FontIcon(Feather.BOOKMARK));
        b.setId("trace-saved");
        b.textProperty().bind(i18n.bind("tracemode.saved"));
        b.getStyleClass().addAll(Styles.SMALL, "trace-saved");
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind("tracemode.saved"));
        b.setTooltip(tip);
        Runnable fill = () -> {
            b.getItems().clear();
            int i = 0;
            for (SavedTrace t : model.savedTraces()) {
                MenuItem item = new MenuItem(t.name());
                item.setId("trace-saved-" + i++);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> model.runSaved(t));
                b.getItems().add(item);
            }
            if (b.getItems().isEmpty()) {
                MenuItem none = new MenuItem();
                none.textProperty().bind(i18n.bind("tracemode.saved.none"));
                none.setDisable(true);
                b.getItems().add(none);
            }
        };
        model.savedTraces().addListener((ListChangeListener<SavedTrace>) c -> fill.run());
        fill.run();
        return b;
    }

    private Node endpoint(String id, javafx.beans.property.StringProperty value, TraceViewModel.Pick which) {
        ComboBox<EndpointChoice> box = new ComboBox<>(model.choices());
        box.setId(id);
        box.setEditable(true);
        box.setPrefWidth(156);
        box.setMinWidth(116);
        box.getStyleClass().add(Styles.SMALL);
        box.setVisibleRowCount(14);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(EndpointChoice c) {
                return c == null ? "" : c.spec();
            }

            @Override
            public EndpointChoice fromString(String s) {
                for (EndpointChoice c : model.choices()) {
                    if (c.spec().equals(s)) {
                        return c;
                    }
                }
                return s == null || s.isBlank() ? null : new EndpointChoice(s, s, "", "instance");
            }
        });
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EndpointChoice c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Label name = new Label(c.name());
                    Label detail = new Label(c.detail());
                    detail.getStyleClass().add("choice-detail");
                    HBox g = new HBox(8, Icons.node(c.icon(), 16), name, detail);
                    g.setAlignment(Pos.CENTER_LEFT);
                    setText(null);
                    setGraphic(g);
                }
            }
        });
        box.getEditor().textProperty().bindBidirectional(value);
        box.getEditor().setOnAction(e -> model.run());
        ToggleButton pick = new ToggleButton(null, new FontIcon(Feather.CROSSHAIR));
        pick.setId(id + "-pick");
        pick.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL, "trace-pick");
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(which == TraceViewModel.Pick.FROM ? "tracemode.pick.from" : "tracemode.pick.to"));
        pick.setTooltip(t);
        pick.setFocusTraversable(false);
        Runnable sync = () -> pick.setSelected(model.pickingProperty().get() == which);
        model.pickingProperty().addListener((o, a, b) -> sync.run());
        pick.setOnAction(e -> model.pickingProperty().set(pick.isSelected() ? which : TraceViewModel.Pick.NONE));
        sync.run();
        HBox g = new HBox(2, box, pick);
        g.setAlignment(Pos.CENTER_LEFT);
        return g;
    }

    /** @return a binding of the verdict badge's text */
    static javafx.beans.binding.StringBinding verdictText(TraceViewModel model, I18n i18n) {
        return Bindings.createStringBinding(() -> {
            Verdict v = model.verdict();
            if (v == Verdict.NONE) {
                return "";
            }
            Integer http = model.trace().httpStatus();
            String text = i18n.get(v.key());
            return http != null ? text + " \u00b7 HTTP " + http : text;
        }, model.resultProperty(), i18n.localeProperty());
    }
}
