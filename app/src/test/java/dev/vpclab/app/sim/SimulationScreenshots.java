package dev.vpclab.app.sim;

import dev.vpclab.app.ui.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: writes screenshots of simulation mode (in the harness window) for a person to look at. Runs only with
 * {@code -Dvpclab.simshots=DIR}.
 */
@EnabledIfSystemProperty(named = "vpclab.simshots", matches = ".+")
class SimulationScreenshots {

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();

    private SimulationHarness open(Locale locale, boolean dark) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        SimulationHarness[] h = new SimulationHarness[1];
        robot.interact(() -> h[0] = new SimulationHarness(stage, "ha-web", locale, 1600, 1000, dark));
        robot.interact(() -> h[0].workspace.enter());
        return h[0];
    }

    private void advanceTo(SimulationHarness h, long seconds) throws Exception {
        h.workspace.controller().step(seconds - h.workspace.controller().latest().time());
        h.workspace.controller().awaitIdle();
        robot.interact(() -> h.workspace.pump().drain());
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(SimulationHarness h, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        Path dir = Path.of(System.getProperty("vpclab.simshots"));
        Files.createDirectories(dir);
        robot.interact(() -> {
            try {
                Screenshots.write(h.root.getScene().snapshot(null), dir.resolve(name + ".png"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The real main window, whose fixture registers the simulation workspace as the app does. */
    private void mainWindow(Locale locale) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        dev.vpclab.app.ui.WindowFixture[] fx = new dev.vpclab.app.ui.WindowFixture[1];
        SimulationWorkspace[] ws = new SimulationWorkspace[1];
        robot.interact(() -> {
            try {
                fx[0] = new dev.vpclab.app.ui.WindowFixture(stage, "ha-web", locale, false, 1600, 1000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            ws[0] = (SimulationWorkspace) fx[0].window.simulationWorkspace();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fx[0].window.status().modeProperty().set(dev.vpclab.app.ui.Mode.SIMULATE));
        WaitForAsyncUtils.waitForFxEvents();
        ws[0].controller().step(35 * 60);
        ws[0].controller().awaitIdle();
        robot.interact(() -> {
            fx[0].window.canvas().zoomToFit();
            ws[0].pump().drain();
        });
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Path.of(System.getProperty("vpclab.simshots"));
        robot.interact(() -> {
            try {
                Screenshots.write(fx[0].window.root().getScene().snapshot(null), dir.resolve("main-window-simulation-" + locale.getLanguage() + ".png"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            ws[0].dispose();
            fx[0].dispose();
        });
    }

    @Test
    void tour() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
            SimulationHarness h = open(locale, false);
            String lang = locale.getLanguage();
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> h.canvas.zoomToFit());
            advanceTo(h, 16 * 60);
            shot(h, "simulation-spike-" + lang);
            advanceTo(h, 35 * 60);
            shot(h, "simulation-az-failure-" + lang);
            robot.interact(() -> h.tabs.getSelectionModel().select(h.simulation));
            shot(h, "simulation-tab-" + lang);
            if (locale == Locale.ENGLISH) {
                robot.interact(() -> {
                    h.tabs.getSelectionModel().select(h.metrics);
                    h.workspace.simulation().play();
                });
                Thread.sleep(1700);
                shot(h, "simulation-running-" + lang);
                robot.interact(() -> h.workspace.simulation().pause());
            }
            robot.interact(() -> h.workspace.dispose());
        }
        mainWindow(Locale.ENGLISH);
        mainWindow(Locale.KOREAN);
        SimulationHarness dark = open(Locale.ENGLISH, true);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> dark.canvas.zoomToFit());
        advanceTo(dark, 35 * 60);
        shot(dark, "simulation-dark-en");
        robot.interact(() -> dark.workspace.dispose());
    }
}
