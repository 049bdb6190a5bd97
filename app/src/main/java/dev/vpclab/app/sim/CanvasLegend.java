package dev.vpclab.app.sim;

import dev.vpclab.app.render.Colour;
import dev.vpclab.app.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The box over the canvas that says what the instances' colours mean, with the simulated time and speed. */
final class CanvasLegend extends VBox {

    CanvasLegend(SimulationViewModel vm, I18n i18n) {
        SimWidgets.styled(this);
        getStyleClass().add("sim-canvas-legend");
        setId("simulation-legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label();
        title.textProperty().bind(i18n.bind("simmode.legend.title"));
        title.getStyleClass().add("sim-tile-title");
        Label time = new Label();
        time.getStyleClass().add("sim-alarm-condition");
        time.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("simmode.legend.time", vm.clockProperty().get(),
                vm.speedProperty().get() == null ? 60 : vm.speedProperty().get()), vm.clockProperty(), vm.speedProperty(), i18n.localeProperty()));
        getChildren().addAll(title, time, row(CanvasDecorations.GREEN, "simmode.legend.low", i18n),
                row(CanvasDecorations.ORANGE, "simmode.legend.mid", i18n), row(CanvasDecorations.RED, "simmode.legend.high", i18n),
                row(CanvasDecorations.GREY, "simmode.legend.failed", i18n));
    }

    private static HBox row(Colour c, String key, I18n i18n) {
        Rectangle r = new Rectangle(12, 12, Color.rgb(c.red(), c.green(), c.blue()));
        r.setArcWidth(4);
        r.setArcHeight(4);
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add("sim-table-cell");
        HBox row = new HBox(8, r, l);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
