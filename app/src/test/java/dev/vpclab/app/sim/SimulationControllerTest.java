package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.sim.FaultAction;
import dev.vpclab.sim.RateProfile;
import dev.vpclab.sim.Scenario;
import dev.vpclab.sim.ScenarioArguments;
import dev.vpclab.sim.alarm.AlarmState;
import dev.vpclab.sim.alarm.AlarmStatus;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The controller on its own thread, driven by a hand-set clock: stepping, playing, speed, faults, errors. */
class SimulationControllerTest {

    private static final Document HA = Samples.load("ha-web");
    private static final Scenario SAVED = ScenarioArguments.parse(HA.simulations().get(0).arguments());

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final SimulationController controller = new SimulationController(HA,
            Executors.newSingleThreadScheduledExecutor(), clock::get, 3_600_000);

    @AfterEach
    void close() {
        controller.close();
    }

    private SimulationSnapshot settled() throws InterruptedException {
        controller.awaitIdle();
        return controller.latest();
    }

    private void wallSeconds(double s) throws InterruptedException {
        clock.addAndGet((long) (s * 1e9));
        controller.tickNow();
        controller.awaitIdle();
    }

    @Test
    void beforeAnythingIsLoadedTheSnapshotIsIdleAndShowsTheDiagram() {
        SimulationSnapshot s = controller.latest();
        assertThat(s.state()).isEqualTo(RunState.IDLE);
        assertThat(s.document()).isSameAs(HA);
        assertThat(s.loaded()).isFalse();
    }

    @Test
    void aLoadedScenarioWaitsAtTimeZeroAndAStepAdvancesItWithDatapoints() throws Exception {
        controller.load(HA, "Spike", SAVED);
        SimulationSnapshot s = settled();
        assertThat(s.state()).isEqualTo(RunState.PAUSED);
        assertThat(s.time()).isZero();
        assertThat(s.scenarioName()).isEqualTo("Spike");
        assertThat(s.faults()).extracting(FaultMark::resource).containsExactly("us-east-1a");

        controller.step(300);
        s = settled();
        assertThat(s.time()).isEqualTo(300);
        assertThat(s.sequence()).isGreaterThan(1);
        assertThat(s.lines(ChartId.REQUESTS)).hasSize(1);
        assertThat(s.lines(ChartId.REQUESTS).get(0).points()).hasSize(5);
        assertThat(s.lines(ChartId.CPU)).extracting(Series::label).contains("i-0a3", "i-0b8");
        assertThat(s.alarms()).extracting(AlarmStatus::name).contains("cpu-high", "elb-5xx");
        assertThat(s.alarms()).filteredOn(a -> a.name().equals("cpu-high")).extracting(AlarmStatus::state)
                .containsExactly(AlarmState.OK);
        assertThat(s.instances()).extracting(InstanceRow::id).startsWith("i-0a3", "i-0a4", "i-0b7", "i-0b8");
    }

    @Test
    void playingAdvancesAtTheSpeedOfTheWallClockAndPausingStopsIt() throws Exception {
        controller.load(HA, "", SAVED);
        controller.play();
        assertThat(settled().state()).isEqualTo(RunState.RUNNING);
        wallSeconds(1);
        assertThat(controller.latest().time()).as("60x: one simulated minute per second").isEqualTo(60);
        wallSeconds(0.5);
        assertThat(controller.latest().time()).isEqualTo(90);

        controller.pause();
        assertThat(settled().state()).isEqualTo(RunState.PAUSED);
        wallSeconds(5);
        assertThat(controller.latest().time()).as("paused").isEqualTo(90);

        controller.setSpeed(600);
        controller.play();
        controller.awaitIdle();
        wallSeconds(1);
        assertThat(controller.latest().time()).isEqualTo(690);
        assertThat(controller.latest().speed()).isEqualTo(600);
        wallSeconds(30);
        assertThat(controller.latest().time()).as("a long stall advances one wall second's worth, not thirty").isEqualTo(1290);
    }

    @Test
    void theRunStopsOnceAtTheScenariosEndAndPlayGoesOnPastIt() throws Exception {
        controller.load(HA, "", SAVED.withDuration(120));
        controller.step(600);
        SimulationSnapshot s = settled();
        assertThat(s.time()).isEqualTo(120);
        assertThat(s.state()).isEqualTo(RunState.FINISHED);
        controller.play();
        controller.awaitIdle();
        wallSeconds(1);
        assertThat(controller.latest().time()).isEqualTo(180);
        assertThat(controller.latest().state()).isEqualTo(RunState.RUNNING);
    }

    @Test
    void anInjectedFaultReachesTheSimulatorAndIsOnTheTimeline() throws Exception {
        controller.load(HA, "", SAVED);
        controller.step(120);
        controller.inject("us-east-1a", FaultAction.FAIL);
        controller.inject("i-0b7", FaultAction.STOP);
        SimulationSnapshot s = settled();
        assertThat(s.failedZones()).containsExactly("us-east-1a");
        assertThat(s.instances()).filteredOn(i -> i.id().equals("i-0a3")).extracting(InstanceRow::state)
                .containsExactly(Instance.State.STOPPED);
        assertThat(s.instances()).filteredOn(i -> i.id().equals("i-0b7")).extracting(InstanceRow::state)
                .containsExactly(Instance.State.STOPPED);
        assertThat(s.faults()).filteredOn(f -> !f.planned()).extracting(FaultMark::time, FaultMark::resource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(120L, "us-east-1a"), org.assertj.core.groups.Tuple.tuple(120L, "i-0b7"));
        assertThat(s.events()).extracting(e -> e.description().key()).contains("sim.event.zoneFailed", "sim.event.stopped");
        assertThat(s.original()).as("the user's diagram is never changed").isSameAs(HA);

        controller.inject("us-east-1a", FaultAction.RECOVER);
        assertThat(settled().failedZones()).isEmpty();
    }

    @Test
    void aFaultNamingNothingIsShownInTheSnapshotAndTheRunGoesOn() throws Exception {
        controller.load(HA, "", SAVED);
        controller.inject("us-west-9z", FaultAction.FAIL);
        SimulationSnapshot s = settled();
        assertThat(s.error()).contains("nothing in the model is called 'us-west-9z'");
        assertThat(s.state()).isEqualTo(RunState.PAUSED);
        controller.step(60);
        assertThat(settled().error()).as("the next request clears it").isNull();
    }

    @Test
    void aScenarioTheDiagramCannotRunIsPublishedAsFailedNotThrown() throws Exception {
        controller.load(HA, "Broken", ScenarioArguments.parse(List.of("--fail", "web-9@5m")));
        SimulationSnapshot s = settled();
        assertThat(s.state()).isEqualTo(RunState.FAILED);
        assertThat(s.error()).contains("web-9");
        controller.play();
        controller.step(60);
        assertThat(settled().time()).isZero();
    }

    @Test
    void aRateChangeReachesTheSimulatorAndResetForgetsIt() throws Exception {
        controller.load(HA, "", SAVED);
        controller.setRate(200, new RateProfile.Constant());
        controller.step(1);
        SimulationSnapshot s = settled();
        assertThat(s.rate()).isEqualTo(200);
        assertThat(s.currentRate()).isEqualTo(200);
        assertThat(s.profile()).isEqualTo(new RateProfile.Constant());

        controller.inject("i-0a3", FaultAction.STOP);
        controller.reset();
        s = settled();
        assertThat(s.time()).isZero();
        assertThat(s.rate()).isEqualTo(20);
        assertThat(s.faults()).allMatch(FaultMark::planned);
    }

    @Test
    void theDashboardQueryChangesThePeriodOfTheCharts() throws Exception {
        controller.load(HA, "", SAVED);
        controller.step(900);
        controller.setQuery(new DashboardQuery(300, null, 0));
        SimulationSnapshot s = settled();
        assertThat(s.query().periodSeconds()).isEqualTo(300);
        assertThat(s.lines(ChartId.REQUESTS).get(0).points()).extracting(p -> p.time()).containsExactly(0L, 300L, 600L);
    }
}
