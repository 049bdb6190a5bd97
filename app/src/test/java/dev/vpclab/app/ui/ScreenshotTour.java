package dev.vpclab.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: writes screenshots of the main window in several states for a person to look at. Runs only with
 * {@code -Dvpclab.tour=DIR} (for example {@code mvn -o test -pl app -Dtest=ScreenshotTour -Dvpclab.tour=/tmp/tour}).
 */
@EnabledIfSystemProperty(named = "vpclab.tour", matches = ".+")
class ScreenshotTour {

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final FxRobot robot = new FxRobot();

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
        return fx[0];
    }

    private void shot(WindowFixture fx, String name) throws Exception {
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

    private void select(WindowFixture fx, String id, String field) {
        robot.interact(() -> {
            fx.editor.selectOnly(id);
            if (field != null) {
                fx.window.inspector().focus(field);
            }
        });
    }

    @Test
    void tour() throws Exception {
        WindowFixture fx = open("ha-web", Locale.ENGLISH, false);
        shot(fx, "01-ha-web-light-en");
        select(fx, "acl-0app", null);
        shot(fx, "02-nacl");
        select(fx, "acl-0app", "entries");
        robot.interact(() -> fx.editor.execute(new dev.vpclab.model.command.EditNaclEntry("acl-0app",
                dev.vpclab.model.net.TrafficDirection.OUTBOUND, 100, dev.vpclab.model.resource.NetworkAclEntry.of(100,
                        dev.vpclab.model.net.TrafficDirection.OUTBOUND, dev.vpclab.model.net.Protocol.TCP,
                        dev.vpclab.model.net.PortRange.of(8080), dev.vpclab.model.net.Cidr.parse("10.0.0.0/16"),
                        dev.vpclab.model.net.RuleAction.ALLOW))));
        robot.interact(() -> fx.window.inspector().focus("entries"));
        shot(fx, "03-nacl-form-warning");
        select(fx, "sg-0app", "ingress");
        shot(fx, "04-security-group");
        select(fx, "rtb-0app1a", "routes");
        shot(fx, "05-route-table");
        select(fx, "i-0b7", null);
        shot(fx, "06-instance");
        select(fx, "subnet-0pub1a", null);
        shot(fx, "07-subnet");
        select(fx, "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/0a1b2c3d4e5f6a7b", null);
        shot(fx, "08-load-balancer");
        robot.interact(() -> fx.editor.i18n().localeProperty().set(Locale.KOREAN));
        select(fx, "acl-0app", null);
        shot(fx, "09-nacl-korean");
        robot.interact(() -> fx.window.actions().themes().darkProperty().set(true));
        shot(fx, "10-nacl-korean-dark");
        robot.interact(() -> {
            fx.editor.i18n().localeProperty().set(Locale.ENGLISH);
            fx.dialogs.saveChoices.add(dev.vpclab.app.session.DialogService.SaveChoice.DISCARD);
            fx.session.openSample("broken-network");
        });
        shot(fx, "11-broken-dark");
        robot.interact(() -> fx.window.actions().themes().darkProperty().set(false));
        robot.interact(() -> fx.editor.selectOnly("sg-0db"));
        shot(fx, "12-broken-light-sg");
        robot.interact(() -> fx.window.actions().find());
        robot.write("shop");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Screenshots.write(fx.window.find().popup().getScene().snapshot(null),
                        Path.of(System.getProperty("vpclab.tour")).resolve("13-find-popup.png"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        robot.interact(() -> fx.window.find().hide());
        Platform.runLater(fx::dispose);
    }
}
