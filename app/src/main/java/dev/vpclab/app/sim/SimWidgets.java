package dev.vpclab.app.sim;

import dev.vpclab.sim.alarm.AlarmState;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small nodes simulation mode repeats: chips, state tags, dots, icon buttons, section titles, spacers. */
final class SimWidgets {

    private static final String CSS = Objects.requireNonNull(SimWidgets.class.getResource("simulation.css"),
            "simulation.css is missing from the build").toExternalForm();

    private SimWidgets() {
    }

    /**
     * @param root a root node of simulation mode
     * @return it, with the simulation stylesheet and root class
     */
    static <T extends javafx.scene.Parent> T styled(T root) {
        root.getStylesheets().add(CSS);
        root.getStyleClass().add("sim-root");
        return root;
    }

    static Label chip(String text, String tone) {
        Label l = new Label(text);
        l.getStyleClass().addAll("sim-chip", "sim-tone-" + tone);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * @param state an alarm state
     * @return its tone class suffix
     */
    static String tone(AlarmState state) {
        return state == AlarmState.ALARM ? "alarm" : state == AlarmState.OK ? "ok" : "none";
    }

    static Label stateTag(AlarmState state) {
        Label l = new Label(state.name());
        l.getStyleClass().addAll("sim-state-tag", "sim-tone-" + tone(state));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Circle dot(String styleClass) {
        Circle c = new Circle(4);
        c.getStyleClass().addAll("sim-dot", styleClass);
        return c;
    }

    static Circle colourDot(String colour) {
        Circle c = new Circle(4);
        c.setStyle("-fx-fill: " + colour + ";");
        return c;
    }

    static Button iconButton(Ikon icon, String id, javafx.beans.binding.StringBinding tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("sim-icon-button");
        b.setId(id);
        Tooltip t = new Tooltip();
        t.textProperty().bind(tooltip);
        b.setTooltip(t);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label sectionTitle(javafx.beans.binding.StringBinding text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("sim-section-title");
        return l;
    }

    static Label muted(javafx.beans.binding.StringBinding text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("sim-bar-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Node spacer() {
        Pane p = new Pane();
        javafx.scene.layout.HBox.setHgrow(p, Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(p, Priority.ALWAYS);
        p.setMinSize(0, 0);
        return p;
    }

    /**
     * Marks a node with the run's state ("sim-running", "sim-paused", …), replacing the one it had.
     *
     * @param node the node
     * @param state the state
     */
    static void runState(Node node, RunState state) {
        for (RunState r : RunState.values()) {
            node.getStyleClass().remove(runClass(r));
        }
        node.getStyleClass().add(runClass(state));
    }

    private static String runClass(RunState r) {
        return "sim-" + r.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Marks a node with a tone ("sim-tone-ok", …), replacing the one it had.
     *
     * @param node the node
     * @param tone the tone's suffix
     */
    static void tone(Node node, String tone) {
        node.getStyleClass().removeIf(c -> c.startsWith("sim-tone-"));
        node.getStyleClass().add("sim-tone-" + tone);
    }
}
