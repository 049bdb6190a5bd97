package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.document.SavedSimulation;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.sim.FaultAction;
import dev.vpclab.sim.RateProfile;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Simulation tab's view-model: saved scenarios, errors as sentences, traffic, faults, the run's state. */
class SimulationViewModelTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final SimulationController controller = new SimulationController(editor.document(),
            Executors.newSingleThreadScheduledExecutor(), new AtomicLong()::get, 3_600_000);
    private final SimulationViewModel vm = new SimulationViewModel(editor, controller);

    @AfterEach
    void close() {
        controller.close();
    }

    private SimulationSnapshot settle() throws InterruptedException {
        controller.awaitIdle();
        SimulationSnapshot s = controller.latest();
        vm.apply(s);
        return s;
    }

    @Test
    void theDocumentsSavedSimulationIsListedAndNothingRunsUntilLoaded() throws Exception {
        assertThat(vm.scenarios()).extracting(SavedSimulation::name).containsExactly("Spike, then an AZ fails");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Spike, then an AZ fails");
        assertThat(settle().state()).as("listing loads nothing").isEqualTo(RunState.IDLE);

        vm.load();
        SimulationSnapshot s = settle();
        assertThat(s.state()).isEqualTo(RunState.PAUSED);
        assertThat(vm.stateTextProperty().get()).isEqualTo("Paused");
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.traffic().rateTextProperty().get()).isEqualTo("20");
        assertThat(vm.traffic().profileProperty().get()).isEqualTo(TrafficControls.Profile.SPIKE);
        assertThat(vm.zones()).containsExactly("us-east-1a", "us-east-1b");
        assertThat(vm.databases()).containsExactly("prod-db");
    }

    @Test
    void aSavedSimulationThatCannotBeReadIsShownAsASentenceNotThrown() throws Exception {
        editor.reset(editor.document().withSimulations(List.of(new SavedSimulation("Broken", "", List.of("--rate", "fast")),
                new SavedSimulation("Fine", "", List.of("--duration", "5m")))), null);
        vm.refreshScenarios();
        vm.load();
        SimulationSnapshot s = settle();
        assertThat(vm.errorProperty().get()).isEqualTo("The saved simulation 'Broken' cannot be read: --rate needs a number, not 'fast'. "
                + "Correct its arguments in the document.");
        assertThat(s.state()).isEqualTo(RunState.FAILED);
        assertThat(vm.loadedProperty().get()).isFalse();

        vm.selectedProperty().set(vm.scenarios().get(1));
        s = settle();
        assertThat(s.state()).isEqualTo(RunState.PAUSED);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void aScenarioNamingWhatTheDiagramLacksCannotRunAndSaysWhy() throws Exception {
        editor.reset(editor.document().withSimulations(List.of(new SavedSimulation("Ghost", "", List.of("--fail", "web-9@5m")))), null);
        vm.refreshScenarios();
        vm.load();
        settle();
        assertThat(vm.stateProperty().get()).isEqualTo(RunState.FAILED);
        assertThat(vm.errorProperty().get()).startsWith("This simulation cannot run: --fail: nothing in the model is called 'web-9'");
    }

    @Test
    void stepPlayAndPauseReachTheController() throws Exception {
        vm.load();
        vm.step();
        assertThat(settle().time()).isEqualTo(SimulationViewModel.STEP_SECONDS);
        assertThat(vm.clockProperty().get()).isEqualTo("0:01:00");
        vm.play();
        settle();
        assertThat(vm.runningProperty().get()).isTrue();
        vm.pause();
        settle();
        assertThat(vm.runningProperty().get()).isFalse();
        vm.speedProperty().set(600);
        assertThat(settle().speed()).isEqualTo(600);
    }

    @Test
    void aProfileButtonAppliesTheRateFromNow() throws Exception {
        vm.load();
        vm.step();
        vm.traffic().rateTextProperty().set("50");
        assertThat(vm.traffic().choose(TrafficControls.Profile.RAMP)).isTrue();
        SimulationSnapshot s = settle();
        assertThat(s.rate()).isEqualTo(50);
        assertThat(s.profile()).isEqualTo(new RateProfile.Ramp(200, 600));
        assertThat(vm.traffic().profileTextProperty().get()).isEqualTo("Profile: Ramp");

        vm.traffic().rateTextProperty().set("lots");
        assertThat(vm.traffic().apply()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("'lots' is not a rate: type requests per second, 0 or more, such as 20.");
        assertThat(settle().rate()).as("nothing was sent").isEqualTo(50);
    }

    @Test
    void theFaultTogglesInjectAndRecoverAndFollowTheRun() throws Exception {
        vm.load();
        settle();
        vm.zoneProperty().set("us-east-1b");
        vm.zoneFailedProperty().set(true);
        SimulationSnapshot s = settle();
        assertThat(s.failedZones()).containsExactly("us-east-1b");
        assertThat(vm.zoneFailedProperty().get()).isTrue();
        assertThat(vm.activeFaults()).containsExactly("AZ us-east-1b failed");
        vm.zoneProperty().set("us-east-1a");
        assertThat(vm.zoneFailedProperty().get()).as("the toggle shows the chosen zone").isFalse();
        vm.zoneProperty().set("us-east-1b");
        vm.zoneFailedProperty().set(false);
        assertThat(settle().failedZones()).isEmpty();

        vm.databaseFailedProperty().set(true);
        s = settle();
        assertThat(s.events()).extracting(e -> e.description().key()).contains("sim.event.dbFailover");
        assertThat(vm.databaseFailedProperty().get()).isTrue();

        vm.instanceFault("i-0b8", FaultAction.STOP);
        s = settle();
        assertThat(s.instances()).filteredOn(r -> r.id().equals("i-0b8")).extracting(InstanceRow::state)
                .containsExactly(Instance.State.STOPPED);
        assertThat(vm.log()).extracting(ActivityRow::text).contains("Instance i-0b8 is stopped.");
    }

    @Test
    void theRunNeverChangesTheUsersDiagram() throws Exception {
        var before = editor.document();
        vm.load();
        controller.step(1900);
        settle();
        assertThat(controller.latest().instances()).anyMatch(InstanceRow::launched);
        assertThat(editor.document()).isSameAs(before);
        assertThat(editor.canUndoProperty().get()).isFalse();
    }
}
