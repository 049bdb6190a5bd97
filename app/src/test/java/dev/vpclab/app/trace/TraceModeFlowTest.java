package dev.vpclab.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.ui.Mode;
import dev.vpclab.app.ui.WindowFixture;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trace mode's real gestures, headless: on broken-network.vpclab run the saved trace "Visit the shop", step to the
 * hop that blocks it (acl-0web outbound "*"), see the ACL editor with that row selected, apply the fix, see the
 * request reachable, and undo it.
 */
@ExtendWith(ApplicationExtension.class)
class TraceModeFlowTest {

    private WindowFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new WindowFixture(stage, "broken-network", Locale.ENGLISH, false, 1280, 800);
    }

    @AfterEach
    void tearDown() {
        fx.dispose();
    }

    private static <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    private static String verdict(FxRobot robot) {
        return node(robot, "#trace-verdict", Label.class).getText();
    }

    @Test
    void runStepToTheBlockApplyTheFixAndUndoIt(FxRobot robot) {
        robot.clickOn("#mode-trace");
        assertThat(fx.window.status().modeProperty().get()).isEqualTo(Mode.TRACE);
        TabPane tabs = node(robot, "#bottom-tabs", TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-trace");

        robot.clickOn("#trace-saved");
        robot.clickOn("Visit the shop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verdict(robot)).isEqualTo("Not reachable \u00b7 blocked on return");
        assertThat(node(robot, "#trace-position", Label.class).getText()).isEqualTo("1 / 8");
        assertThat(node(robot, "#status-trace", Label.class).getText()).isEqualTo("Trace: blocked on return");
        assertThat(fx.window.canvas().overlay().state().path()).hasSize(3);

        TraceViewModel model = fx.window.trace().model();
        while (!model.currentRow().blocking()) {
            robot.clickOn("#trace-forward");
        }
        assertThat(node(robot, "#trace-position", Label.class).getText()).isEqualTo("8 / 8");
        assertThat(node(robot, "#trace-hop-title", Label.class).getText()).isEqualTo("Hop 8 \u00b7 return \u00b7 NACL acl-0web (outbound)");
        assertThat(fx.window.canvas().overlay().state().droppedAt()).isNotNull();

        assertThat(fx.editor.selection()).containsExactly("acl-0web");
        assertThat(node(robot, "#inspector-kind", Label.class).getText()).startsWith("Network ACL");
        TableView<?> outbound = node(robot, "#nacl-outbound", TableView.class);
        assertThat(outbound.isVisible()).as("the Outbound tab is open").isTrue();
        NetworkAclEntry selected = (NetworkAclEntry) outbound.getSelectionModel().getSelectedItem();
        assertThat(selected.ruleNumber()).as("the final * row").isGreaterThan(NetworkAclEntry.MAX_RULE_NUMBER);
        assertThat(node(robot, "#inspector-mark-note", Label.class).getText()).isEqualTo("Deciding rule for trace hop 8 (return).");
        assertThat(node(robot, "#trace-fix-sentence", Label.class).getText())
                .isEqualTo("Add outbound rule 120 to acl-0web: allow TCP 1024\u201365535 to 0.0.0.0/0.");

        int rules = fx.editor.document().get("acl-0web", NetworkAcl.class).entries().size();
        WaitForAsyncUtils.waitForFxEvents();
        Node apply = robot.lookup("#trace-apply-fix").query();
        javafx.geometry.Bounds viewport = fx.window.root().lookup(".inspector-scroll").localToScreen(
                fx.window.root().lookup(".inspector-scroll").getLayoutBounds());
        assertThat(viewport.contains(apply.localToScreen(apply.getLayoutBounds())))
                .as("the inspector scrolled so that the Apply button is in view").isTrue();
        robot.clickOn("#trace-apply-fix");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verdict(robot)).isEqualTo("Reachable");
        assertThat(node(robot, "#status-trace", Label.class).getText()).isEqualTo("Trace: reachable");
        assertThat(fx.editor.document().get("acl-0web", NetworkAcl.class).entries()).hasSize(rules + 1);
        assertThat(fx.window.canvas().overlay().state().droppedAt()).isNull();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.editor.document().get("acl-0web", NetworkAcl.class).entries()).hasSize(rules);
        // the re-run after an edit is debounced (TraceMode.RERUN_AFTER); a busy machine may run it late
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict(robot).startsWith("Not reachable"));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what was shown instead
        }
        assertThat(verdict(robot)).as("undo brings the block back").isEqualTo("Not reachable \u00b7 blocked on return");
    }

    @Test
    void leavingTraceModeClearsTheCanvasAndComingBackDrawsItAgain(FxRobot robot) {
        robot.clickOn("#mode-trace");
        robot.interact(() -> fx.window.trace().model().runSaved(fx.editor.document().traces().get(0)));
        assertThat(fx.window.canvas().overlay().state().hasPaths()).isTrue();
        assertThat(robot.lookup("#trace-legend").query().isVisible()).isTrue();
        robot.clickOn("#mode-design");
        assertThat(fx.window.canvas().overlay().state().hasPaths()).isFalse();
        assertThat(robot.lookup("#trace-legend").tryQuery()).isEmpty();
        assertThat(node(robot, "#bottom-tabs", TabPane.class).getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-problems");
        robot.clickOn("#mode-trace");
        assertThat(fx.window.canvas().overlay().state().hasPaths()).isTrue();
        assertThat(robot.lookup("#mode-simulate").query().isDisabled()).as("the simulation workspace is registered").isFalse();
    }

    @Test
    void pickingTakesTheNextTwoElementsClickedOnTheCanvas(FxRobot robot) {
        robot.clickOn("#mode-trace");
        robot.clickOn("#trace-from-pick");
        assertThat(node(robot, "#status-trace", Label.class).getText()).isEqualTo("Trace: click the source on the canvas");
        String web = fx.editor.document().all(dev.vpclab.model.resource.Instance.class).stream()
                .filter(i -> i.name().equals("web")).findFirst().orElseThrow().id();
        String subnet = fx.editor.document().all(dev.vpclab.model.resource.Subnet.class).get(0).id();
        // a click on the canvas selects what it hits; picking reads the selection
        robot.interact(() -> fx.editor.selectOnly(subnet));
        assertThat(fx.window.trace().model().form().fromProperty().get()).as("a subnet is no end of a trace").isEmpty();
        robot.interact(() -> fx.editor.selectOnly("client-0user"));
        assertThat(node(robot, "#status-trace", Label.class).getText()).isEqualTo("Trace: click the destination on the canvas");
        robot.interact(() -> fx.editor.selectOnly(web));
        assertThat(fx.window.trace().model().form().fromProperty().get()).isEqualTo("client-0user");
        assertThat(fx.window.trace().model().form().toProperty().get()).isEqualTo("web");
        assertThat(verdict(robot)).isEqualTo("Not reachable \u00b7 blocked on return");
    }

    @Test
    void theTraceMenuRunsInTraceMode(FxRobot robot) {
        robot.interact(() -> {
            fx.window.trace().model().form().fromProperty().set("internet");
            fx.window.trace().model().form().toProperty().set("web");
            fx.window.trace().model().form().portProperty().set("80");
        });
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.window.status().modeProperty().get()).isEqualTo(Mode.TRACE);
        assertThat(verdict(robot)).isEqualTo("Not reachable \u00b7 blocked on return");
    }
}
