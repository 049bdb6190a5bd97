package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.render.NodeDecoration;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.sim.alarm.AlarmState;
import io.fair_acc.dataset.DataSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Simulation mode headless, with the real canvas and the real controls: open ha-web.vpclab, start its saved
 * simulation, advance a few simulated minutes, and see datapoints arrive in the RequestCount chart and an alarm leave
 * INSUFFICIENT_DATA; inject faults from the Simulation tab and from the canvas's context items.
 */
@ExtendWith(ApplicationExtension.class)
class SimulationModeFlowTest {

    private SimulationHarness h;
    private Document opened;

    @Start
    void start(Stage stage) {
        h = new SimulationHarness(stage, "ha-web", Locale.ENGLISH, 1200, 760);
        opened = h.editor.document();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(() -> h.workspace.dispose());
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int requestPoints() {
        List<DataSet> sets = h.workspace.metricsView().chart(ChartId.REQUESTS).chart().getDatasets();
        return sets.isEmpty() ? 0 : sets.get(0).getDataCount();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theSavedSimulationRunsAndTheDashboardFillsIn(FxRobot robot) throws Exception {
        robot.interact(() -> h.workspace.enter());
        waitFor(() -> "Paused".equals(text(robot, "#dashboard-state")));
        assertThat(text(robot, "#dashboard-clock")).isEqualTo("0:00:00");
        assertThat(requestPoints()).isZero();
        AlarmsView alarms = h.workspace.metricsView().alarms();
        assertThat(alarms.shownState("cpu-high")).isEqualTo(AlarmState.INSUFFICIENT_DATA);

        for (int i = 0; i < 3; i++) {
            robot.clickOn("#dashboard-step");
        }
        waitFor(() -> requestPoints() == 3);
        assertThat(text(robot, "#dashboard-clock")).isEqualTo("0:03:00");
        assertThat(alarms.shownState("cpu-high")).as("three minutes of CPU below 70 %").isEqualTo(AlarmState.OK);
        Node row = robot.lookup("#alarm-cpu-high").query();
        assertThat(robot.from(row).lookup(".sim-state-tag").queryAs(Label.class).getText()).isEqualTo("OK");
        DataSet requests = h.workspace.metricsView().chart(ChartId.REQUESTS).chart().getDatasets().get(0);
        assertThat(requests.get(DataSet.DIM_X, 2)).isEqualTo(2.0);
        assertThat(requests.get(DataSet.DIM_Y, 2)).as("about 20 requests a second").isBetween(900.0, 1500.0);

        robot.interact(() -> h.workspace.simulation().speedProperty().set(600));
        robot.clickOn("#dashboard-play");
        waitFor(() -> h.workspace.controller().latest().time() >= 900);
        robot.clickOn("#dashboard-pause");
        waitFor(() -> "Paused".equals(text(robot, "#dashboard-state")));
        assertThat(requestPoints()).isGreaterThanOrEqualTo(15);
        waitFor(() -> h.canvas.overlay().state().decorations().containsKey("i-0a3"));
        assertThat(h.canvas.overlay().state().decorations().get("i-0a3").badge()).endsWith("% CPU");
        assertThat(h.editor.document()).as("a run never edits the diagram").isSameAs(opened);
    }

    @Test
    void aZoneFailsFromTheSimulationTabAndTheCanvasHatchesIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            h.workspace.enter();
            h.tabs.getSelectionModel().select(h.simulation);
        });
        waitFor(() -> h.workspace.simulation().loadedProperty().get());
        robot.clickOn("#sim-step");
        waitFor(() -> h.workspace.controller().latest().time() == 60);
        robot.clickOn(robot.lookup("#sim-fail-zone .thumb-area").queryAs(Node.class));
        waitFor(() -> h.workspace.controller().latest().failedZones().contains("us-east-1a"));
        String column = Layout.azColumnKey("vpc-0prod", "us-east-1a");
        waitFor(() -> h.canvas.overlay().state().decorations().containsKey(column));
        assertThat(h.canvas.overlay().state().decorations().get(column).state()).isEqualTo(NodeDecoration.State.FAILED);
        assertThat(h.workspace.simulation().activeFaults()).contains("AZ us-east-1a failed");
        assertThat(h.workspace.controller().latest().faults()).anyMatch(f -> !f.planned() && f.resource().equals("us-east-1a"));
    }

    @Test
    void theCanvasContextItemsInjectFaultsOnTheElement(FxRobot robot) throws Exception {
        robot.interact(() -> h.workspace.enter());
        waitFor(() -> h.workspace.simulation().loadedProperty().get());
        @SuppressWarnings("unchecked")
        List<MenuItem>[] items = new List[1];
        robot.interact(() -> items[0] = h.workspace.contextItems("i-0b7"));
        assertThat(items[0]).extracting(MenuItem::getText).containsExactly("Stop instance i-0b7", "Terminate instance i-0b7");
        robot.interact(() -> items[0].get(0).fire());
        waitFor(() -> h.workspace.controller().latest().instances().stream()
                .anyMatch(r -> r.id().equals("i-0b7") && r.state() == Instance.State.STOPPED));
        robot.interact(() -> items[0] = h.workspace.contextItems(Layout.azColumnKey("vpc-0prod", "us-east-1b")));
        assertThat(items[0]).extracting(MenuItem::getText).containsExactly("Fail Availability Zone us-east-1b");
        robot.interact(() -> items[0] = h.workspace.contextItems("prod-db|standby"));
        assertThat(items[0]).extracting(MenuItem::getText).containsExactly("Fail the RDS primary of prod-db");
        robot.interact(() -> items[0] = h.workspace.contextItems("igw-0a1b"));
        assertThat(items[0]).isEmpty();

        robot.interact(() -> h.workspace.exit());
        assertThat(h.canvas.overlay().state().decorations()).as("leaving the mode clears the canvas").isEmpty();
        assertThat(h.workspace.controller().latest().state()).isNotEqualTo(RunState.RUNNING);
    }
}
