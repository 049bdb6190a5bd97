package dev.vpclab.app.trace;

import dev.vpclab.app.render.Colour;
import dev.vpclab.app.render.Theme;
import dev.vpclab.app.ui.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * The box in the canvas's corner that says what is drawn: "Trace · TCP 443", from where to where, and the three
 * line styles (request, reply, where it was dropped) in the canvas's own colours.
 */
final class TraceLegend {

    private final TraceViewModel model;
    private final I18n i18n;
    private final BooleanProperty dark;
    private final VBox root = new VBox(5);

    TraceLegend(TraceViewModel model, BooleanProperty dark) {
        this.model = model;
        this.i18n = model.editor().i18n();
        this.dark = dark;
        root.setId("trace-legend");
        root.getStyleClass().add("trace-legend");
        root.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setMouseTransparent(true);
        model.resultProperty().addListener((o, a, b) -> rebuild());
        i18n.localeProperty().addListener((o, a, b) -> rebuild());
        dark.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        TraceResult r = model.resultProperty().get();
        root.setVisible(r != null && r.ok());
        if (r == null || !r.ok()) {
            root.getChildren().clear();
            return;
        }
        Theme t = Theme.of(dark.get());
        Label title = new Label(i18n.get("tracemode.legend.title", model.summary()));
        title.getStyleClass().add("legend-title");
        Label route = new Label(r.query().from() + " \u2192 " + r.query().to());
        route.getStyleClass().add("legend-route");
        root.getChildren().setAll(title, route, entry(line(fx(t.pathForward()), false), i18n.get("tracemode.legend.forward")),
                entry(line(fx(t.pathReturn()), true), i18n.get("tracemode.legend.return")));
        TracePath path = model.pathProperty().get();
        if (path.droppedAt() != null) {
            HopRow blocking = model.rows().stream().filter(HopRow::blocking).findFirst().orElse(null);
            root.getChildren().add(entry(cross(fx(t.pathDropped())), blocking == null ? i18n.get("tracemode.legend.dropped")
                    : i18n.get("tracemode.legend.droppedAt", blocking.number())));
        }
    }

    private static Node entry(Node swatch, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-entry");
        HBox box = new HBox(8, swatch, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node line(Color c, boolean dashed) {
        Line l = new Line(0, 0, 26, 0);
        l.setStroke(c);
        l.setStrokeWidth(dashed ? 2.5 : 3.5);
        if (dashed) {
            l.getStrokeDashArray().setAll(6.0, 4.0);
        }
        return l;
    }

    private static Node cross(Color c) {
        Line bar = new Line(0, 0, 10, 0);
        bar.setStroke(c);
        bar.setStrokeWidth(3);
        Circle dot = new Circle(6, c);
        Text x = new Text("\u00d7");
        x.setFill(Color.WHITE);
        x.setStyle("-fx-font-weight: bold; -fx-font-size: 11px;");
        StackPane mark = new StackPane(dot, x);
        HBox box = new HBox(0, bar, mark);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPrefWidth(26);
        return box;
    }

    private static Color fx(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    Node node() {
        return root;
    }
}
