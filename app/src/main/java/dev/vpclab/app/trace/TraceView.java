package dev.vpclab.app.trace;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Trace tab: the request row with the verdict badge, the stepping row (|&lt; &lt; n/N &gt; &gt;|, Play, speed, and the
 * HTTP fields for a load balancer), then the event list beside the current hop's card.
 */
public final class TraceView {

    private final TraceViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    /** Below this width the request row saves room. */
    private static final double NARROW = 1180;

    /**
     * @param model the Trace tab's model
     * @param showRule opens a hop's rule in the inspector
     */
    public TraceView(TraceViewModel model, Consumer<HopRow> showRule) {
        this.model = model;
        this.i18n = model.editor().i18n();
        TraceForm form = new TraceForm(model);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, form.request(), spacer, verdict());
        top.setAlignment(Pos.CENTER_LEFT);
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        Node divider = divider();
        divider.visibleProperty().bind(model.httpApplicableProperty());
        divider.managedProperty().bind(divider.visibleProperty());
        HBox steps = new HBox(8, stepButtons(), play(), speed(), divider, form.http(), spacer2);
        steps.setAlignment(Pos.CENTER_LEFT);
        steps.getStyleClass().add("trace-steps");
        EventTable table = new EventTable(model);
        HopCard card = new HopCard(model, showRule);
        HBox.setHgrow(table.node(), Priority.ALWAYS);
        HBox body = new HBox(10, table.node(), card.node());
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().setAll(top, steps, body);
        root.getStyleClass().add("trace-tab");
        root.widthProperty().addListener((o, a, w) -> form.setNarrow(w.doubleValue() < NARROW));
        root.setId("trace-tab");
    }

    private Node verdict() {
        Label badge = new Label();
        badge.setId("trace-verdict");
        FontIcon icon = new FontIcon(Feather.CHECK_CIRCLE);
        badge.setGraphic(icon);
        badge.textProperty().bind(TraceForm.verdictText(model, i18n));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Runnable style = () -> {
            Verdict v = model.verdict();
            badge.setVisible(v != Verdict.NONE);
            badge.getStyleClass().setAll("label", "verdict-badge", v == Verdict.REACHABLE ? "verdict-reachable" : "verdict-blocked");
            icon.setIconCode(v == Verdict.REACHABLE ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE);
        };
        model.resultProperty().addListener((o, a, b) -> style.run());
        style.run();
        return badge;
    }

    private Node stepButtons() {
        Label position = new Label();
        position.setId("trace-position");
        position.getStyleClass().add("trace-position");
        position.textProperty().bind(Bindings.createStringBinding(() -> model.stepper().sizeProperty().get() == 0 ? "\u2013 / \u2013"
                : (model.stepper().currentProperty().get() + 1) + " / " + model.stepper().sizeProperty().get(),
                model.stepper().currentProperty(), model.stepper().sizeProperty()));
        position.setMinWidth(56);
        position.setAlignment(Pos.CENTER);
        HBox box = new HBox(2,
                button("trace-first", Feather.SKIP_BACK, "tracemode.step.first", model.stepper()::first),
                button("trace-back", Feather.CHEVRON_LEFT, "tracemode.step.back", model.stepper()::back),
                position,
                button("trace-forward", Feather.CHEVRON_RIGHT, "tracemode.step.forward", model.stepper()::forward),
                button("trace-last", Feather.SKIP_FORWARD, "tracemode.step.last", model.stepper()::last));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("step-buttons");
        box.disableProperty().bind(model.stepper().sizeProperty().isEqualTo(0));
        return box;
    }

    private Button button(String id, Ikon icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.SMALL, "step-button");
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(tooltip));
        b.setTooltip(t);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node play() {
        ToggleButton b = new ToggleButton(null, new FontIcon(Feather.PLAY));
        b.setId("trace-play");
        b.getStyleClass().addAll(Styles.SMALL, "trace-play");
        b.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(model.stepper().playingProperty().get()
                ? "tracemode.pause" : "tracemode.play"), model.stepper().playingProperty(), i18n.localeProperty()));
        model.stepper().playingProperty().addListener((o, a, p) -> {
            b.setSelected(p);
            ((FontIcon) b.getGraphic()).setIconCode(p ? Feather.PAUSE : Feather.PLAY);
        });
        b.setOnAction(e -> {
            model.stepper().togglePlay();
            b.setSelected(model.stepper().playingProperty().get());
        });
        b.disableProperty().bind(model.stepper().sizeProperty().isEqualTo(0));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Node speed() {
        Label caption = new Label();
        caption.textProperty().bind(i18n.bind("tracemode.speed"));
        caption.getStyleClass().add("trace-caption");
        Slider slider = new Slider(Math.log(TraceStepper.MIN_SPEED) / Math.log(2), Math.log(TraceStepper.MAX_SPEED) / Math.log(2), 0);
        slider.setId("trace-speed");
        slider.setPrefWidth(96);
        slider.setMajorTickUnit(1);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.valueProperty().addListener((o, a, v) -> model.stepper().speedProperty().set(Math.pow(2, v.doubleValue())));
        Label value = new Label();
        value.getStyleClass().add("trace-speed-value");
        value.textProperty().bind(Bindings.createStringBinding(() -> {
            double s = model.stepper().speedProperty().get();
            return (s == Math.rint(s) ? Integer.toString((int) s) : String.format(Locale.ROOT, "%s", s)) + "\u00d7";
        }, model.stepper().speedProperty()));
        value.setMinWidth(34);
        HBox box = new HBox(8, caption, slider, value);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node divider() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("trace-divider");
        return s;
    }

    /** @return the tab's content */
    public Node node() {
        return root;
    }
}
