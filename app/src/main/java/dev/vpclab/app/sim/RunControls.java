package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;

/** Play, pause, step and reset, the speed, the run's state and the simulated clock, bound to the Simulation view-model. */
final class RunControls {

    private RunControls() {
    }

    /**
     * @param vm the simulation
     * @param i18n the language
     * @param prefix an id prefix, so that two copies of the controls can be told apart
     * @return speed, play, pause, step, state and clock in a row (the dashboard's bar)
     */
    static HBox row(SimulationViewModel vm, I18n i18n, String prefix) {
        HBox row = new HBox(6, SimWidgets.muted(i18n.bind("simmode.speed.label")), speed(vm, i18n, prefix), buttons(vm, i18n, prefix, false),
                gap(), state(vm, prefix), gap(), SimWidgets.muted(i18n.bind("simmode.run.time")), clock(vm, prefix, "sim-clock"));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static ComboBox<Integer> speed(SimulationViewModel vm, I18n i18n, String prefix) {
        ComboBox<Integer> speed = Choices.of(SimulationController.SPEEDS, vm.speedProperty(), s -> i18n.get("simmode.speed.value", s), i18n,
                prefix + "speed");
        speed.setTooltip(new Tooltip());
        speed.getTooltip().textProperty().bind(i18n.bind("simmode.speed.tooltip"));
        return speed;
    }

    static HBox buttons(SimulationViewModel vm, I18n i18n, String prefix, boolean withReset) {
        Button play = SimWidgets.iconButton(Feather.PLAY, prefix + "play", i18n.bind("simmode.run.play"), vm::play);
        play.getStyleClass().add("sim-play");
        Button pause = SimWidgets.iconButton(Feather.PAUSE, prefix + "pause", i18n.bind("simmode.run.pause"), vm::pause);
        Button step = SimWidgets.iconButton(Feather.SKIP_FORWARD, prefix + "step", i18n.bind("simmode.run.step"), vm::step);
        play.disableProperty().bind(vm.loadedProperty().not());
        pause.disableProperty().bind(vm.runningProperty().not());
        step.disableProperty().bind(vm.loadedProperty().not());
        Runnable on = () -> {
            play.getStyleClass().remove("sim-on");
            if (vm.runningProperty().get()) {
                play.getStyleClass().add("sim-on");
            }
        };
        vm.runningProperty().addListener((o, a, b) -> on.run());
        on.run();
        HBox box = new HBox(4, play, pause, step);
        if (withReset) {
            Button reset = SimWidgets.iconButton(Feather.ROTATE_CCW, prefix + "reset", i18n.bind("simmode.run.reset"), vm::reset);
            reset.disableProperty().bind(vm.loadedProperty().not());
            box.getChildren().add(reset);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Label state(SimulationViewModel vm, String prefix) {
        Label state = new Label();
        state.setId(prefix + "state");
        state.textProperty().bind(vm.stateTextProperty());
        state.getStyleClass().add("sim-state");
        Circle dot = SimWidgets.dot("sim-idle");
        state.setGraphic(dot);
        state.setMinWidth(Region.USE_PREF_SIZE);
        Runnable mark = () -> {
            SimWidgets.runState(state, vm.stateProperty().get());
            SimWidgets.runState(dot, vm.stateProperty().get());
        };
        vm.stateProperty().addListener((o, a, b) -> mark.run());
        mark.run();
        return state;
    }

    static Label clock(SimulationViewModel vm, String prefix, String styleClass) {
        Label clock = new Label();
        clock.setId(prefix + "clock");
        clock.textProperty().bind(vm.clockProperty());
        clock.getStyleClass().add(styleClass);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        return clock;
    }

    private static Label gap() {
        Label l = new Label();
        l.setMinWidth(4);
        return l;
    }
}
