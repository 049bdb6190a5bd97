package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.sim.ScenarioArguments;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulation inspector's Auto Scaling group: tiles, policy, alarms and instance rows, launched ones marked. */
class GroupPanelModelTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final SimulationController controller = new SimulationController(editor.document(),
            Executors.newSingleThreadScheduledExecutor(), new AtomicLong()::get, 3_600_000);
    private final GroupPanelModel model = new GroupPanelModel(editor);

    @AfterEach
    void close() {
        controller.close();
    }

    private GroupView at(long seconds) throws InterruptedException {
        controller.step(seconds - controller.latest().time());
        controller.awaitIdle();
        model.apply(controller.latest());
        return model.groupProperty().get();
    }

    @Test
    void theGroupShowsItsCapacityPolicyAndInstances() throws Exception {
        controller.load(editor.document(), "", ScenarioArguments.parse(editor.document().simulations().get(0).arguments()));
        GroupView g = at(120);
        assertThat(g.name()).isEqualTo("web-asg");
        assertThat(g.desired()).isEqualTo(4);
        assertThat(g.min()).isEqualTo(2);
        assertThat(g.max()).isEqualTo(6);
        assertThat(g.inService()).isEqualTo(4);
        assertThat(g.policy()).isEqualTo("Target tracking: ASGAverageCPUUtilization at 50");
        assertThat(g.alarms()).extracting(AlarmChip::name).contains("cpu-high", "TargetTracking-asg-0web-AlarmHigh-cpu-50");
        assertThat(g.instances()).extracting(GroupView.Row::id).containsExactly("i-0a3", "i-0a4", "i-0b7", "i-0b8");
        assertThat(g.instances()).extracting(GroupView.Row::zone).containsExactly("1a", "1a", "1b", "1b");
        assertThat(g.instances()).extracting(GroupView.Row::state).containsOnly("InService");
        assertThat(g.instances()).allMatch(r -> r.cpuPercent() > 0 && !r.launched());

        g = at(1900);
        assertThat(g.instances()).filteredOn(GroupView.Row::launched).isNotEmpty();
        assertThat(g.instances()).filteredOn(r -> r.id().equals("i-0a3")).extracting(GroupView.Row::state, GroupView.Row::tone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Terminated", GroupView.Tone.GONE));
        assertThat(g.instances().subList(0, 4)).as("the diagram's instances first").extracting(GroupView.Row::launched)
                .containsOnly(false);
    }

    @Test
    void selectingAnInstanceShowsItsGroup() throws Exception {
        controller.load(editor.document(), "", ScenarioArguments.parse(java.util.List.of()));
        at(0);
        editor.selectOnly("i-0b7");
        assertThat(model.groupProperty().get().id()).isEqualTo("asg-0web");
    }
}
