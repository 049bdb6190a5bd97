package dev.vpclab.app.trace;

import dev.vpclab.app.ui.Mode;
import dev.vpclab.app.ui.Screenshots;
import dev.vpclab.app.ui.WindowFixture;
import dev.vpclab.model.document.SavedTrace;
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
 * Not a test: writes screenshots of trace mode for a person to look at (ha-web reachable through the ALB,
 * broken-network blocked on return with its fix), in English and Korean. Runs only with {@code -Dvpclab.tour=DIR}:
 * {@code mvn -o test -pl app -Dtest=TraceScreenshots -Dvpclab.tour=/tmp/trace-tour}.
 */
@EnabledIfSystemProperty(named = "vpclab.tour", matches = ".+")
class TraceScreenshots {

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();

    private WindowFixture open(String sample, Locale locale) throws Exception {
        return open(sample, locale, false);
    }

    private WindowFixture open(String sample, Locale locale, boolean dark) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WindowFixture[] fx = new WindowFixture[1];
        robot.interact(() -> {
            try {
                fx[0] = new WindowFixture(stage, sample, locale, dark, 1600, 1000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return fx[0];
    }

    private void shot(WindowFixture fx, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Path.of(System.getProperty("vpclab.tour"));
        Files.createDirectories(dir);
        robot.interact(() -> {
            try {
                Screenshots.write(fx.window.root().getScene().snapshot(null), dir.resolve(name + ".png"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void trace(WindowFixture fx, String saved, int step) {
        robot.interact(() -> {
            fx.window.status().modeProperty().set(Mode.TRACE);
            TraceViewModel m = fx.window.trace().model();
            SavedTrace t = m.savedTraces().stream().filter(s -> s.name().equals(saved)).findFirst().orElseThrow();
            m.runSaved(t);
            m.stepper().go(step < 0 ? m.rows().size() + step : step);
        });
    }

    @Test
    void tour() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
            String lang = locale.getLanguage();
            WindowFixture fx = open("broken-network", locale);
            trace(fx, "Visit the shop", -1);
            shot(fx, "trace-broken-network-" + lang);
            fx.dispose();
            WindowFixture ha = open("ha-web", locale);
            trace(ha, "HTTPS to the API", 11);
            shot(ha, "trace-ha-web-" + lang);
            ha.dispose();
        }
        WindowFixture playing = open("ha-web", Locale.ENGLISH);
        trace(playing, "HTTPS to the API", 0);
        robot.interact(() -> playing.window.trace().model().stepper().play());
        WaitForAsyncUtils.sleep(2200, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.interact(() -> playing.window.trace().model().stepper().pause());
        shot(playing, "trace-ha-web-played-en");
        playing.dispose();
        WindowFixture more = open("broken-network", Locale.ENGLISH);
        trace(more, "Worker downloads updates", -1);
        shot(more, "trace-broken-network-no-route-en");
        trace(more, "App server downloads updates", -1);
        shot(more, "trace-broken-network-igw-en");
        more.dispose();
        WindowFixture dark = open("broken-network", Locale.ENGLISH, true);
        trace(dark, "Visit the shop", -1);
        shot(dark, "trace-broken-network-dark-en");
        dark.dispose();
    }
}
