package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.app.render.NodeDecoration;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.sim.FaultAction;
import dev.vpclab.sim.Scenario;
import dev.vpclab.sim.ScenarioArguments;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the canvas shows of a run: load colours and CPU badges, states, failed zones, failover, request flow. */
class CanvasDecorationsTest {

    private static final Document HA = Samples.load("ha-web");
    private static final Scenario SAVED = ScenarioArguments.parse(HA.simulations().get(0).arguments());

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SimulationController controller = new SimulationController(HA, Executors.newSingleThreadScheduledExecutor(),
            new AtomicLong()::get, 3_600_000);

    @AfterEach
    void close() {
        controller.close();
    }

    private SimulationSnapshot at(long seconds) throws InterruptedException {
        controller.step(seconds - controller.latest().time());
        controller.awaitIdle();
        return controller.latest();
    }

    @Test
    void loadColoursFollowTheThresholds() {
        assertThat(CanvasDecorations.load(49.9)).isEqualTo(CanvasDecorations.GREEN);
        assertThat(CanvasDecorations.load(50)).isEqualTo(CanvasDecorations.ORANGE);
        assertThat(CanvasDecorations.load(75)).isEqualTo(CanvasDecorations.ORANGE);
        assertThat(CanvasDecorations.load(75.1)).isEqualTo(CanvasDecorations.RED);
    }

    @Test
    void nothingIsDecoratedBeforeAScenarioIsLoaded() {
        assertThat(CanvasDecorations.of(SimulationSnapshot.idle(HA), i18n)).isEmpty();
        assertThat(FlowPaths.of(SimulationSnapshot.idle(HA))).isEmpty();
    }

    @Test
    void runningInstancesShowTheirCpuAndTheLoadBalancerItsRate() throws Exception {
        controller.load(HA, "", SAVED);
        SimulationSnapshot s = at(120);
        Map<String, NodeDecoration> d = CanvasDecorations.of(s, i18n);
        NodeDecoration web1 = d.get("i-0a3");
        assertThat(web1.state()).isEqualTo(NodeDecoration.State.NORMAL);
        assertThat(web1.badge()).matches("\\d+ % CPU");
        assertThat(web1.fill()).isEqualTo(CanvasDecorations.load(s.instances().get(0).cpuPercent()));
        String lb = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/0a1b2c3d4e5f6a7b";
        assertThat(d.get(lb).badge()).endsWith("req/min");
        assertThat(d.get("cpu-high").badge()).isEqualTo("OK");
        assertThat(d.get("asg-0web").badge()).isEqualTo("desired 4");
        assertThat(FlowPaths.of(s)).hasSize(4).allSatisfy(p -> assertThat(p).startsWith("client-0user", "igw-0a1b", lb));
        assertThat(FlowPaths.of(s)).extracting(p -> p.get(3)).containsExactly("i-0a3", "i-0a4", "i-0b7", "i-0b8");
    }

    @Test
    void aFailedZoneIsHatchedAndItsInstancesGatewayAndDatabaseGreyed() throws Exception {
        controller.load(HA, "", SAVED);
        SimulationSnapshot s = at(1810);
        Map<String, NodeDecoration> d = CanvasDecorations.of(s, i18n);
        NodeDecoration column = d.get(Layout.azColumnKey("vpc-0prod", "us-east-1a"));
        assertThat(column.state()).isEqualTo(NodeDecoration.State.FAILED);
        assertThat(column.badge()).isEqualTo("AZ failed \u00b7 0:30");
        assertThat(d.get("i-0a3").state()).isEqualTo(NodeDecoration.State.FAILED);
        assertThat(d.get("i-0a3").badge()).isEqualTo("failed");
        assertThat(d.get("nat-0a").state()).isEqualTo(NodeDecoration.State.FAILED);
        assertThat(d.get("prod-db").badge()).isEqualTo("failed");
        assertThat(d).doesNotContainKey(Layout.azColumnKey("vpc-0prod", "us-east-1b"));
        assertThat(FlowPaths.of(s)).extracting(p -> p.get(3)).doesNotContain("i-0a3", "i-0a4");

        s = at(1920);
        d = CanvasDecorations.of(s, i18n);
        assertThat(d.get(ElementKeys.standbyKey("prod-db")).badge()).as("the standby took over").isEqualTo("promoted \u00b7 primary");
        assertThat(d.get("asg-0web").badge()).matches("desired \\d \u00b7 \\d launched");
        List<InstanceRow> launched = s.instances().stream().filter(r -> r.launched() && r.alive()).toList();
        assertThat(launched).as("Auto Scaling replaced the zone's instances").isNotEmpty();
        for (InstanceRow r : launched) {
            assertThat(s.document().contains(r.id())).as("the drawn copy holds %s", r.id()).isTrue();
            assertThat(d.get(r.id()).badge()).as("%s is coloured like the others", r.id()).matches("\\d+ % CPU|launching");
        }
        List<String> serving = launched.stream().filter(r -> r.state() == dev.vpclab.model.resource.Instance.State.RUNNING
                && r.health() == dev.vpclab.model.resource.TargetRegistration.TargetHealth.HEALTHY).map(InstanceRow::id).toList();
        assertThat(serving).as("some launched instances are in service at 32:00").isNotEmpty();
        assertThat(FlowPaths.of(s)).extracting(p -> p.get(3)).as("requests flow to them too").containsAll(serving);
    }

    @Test
    void stoppedTerminatedAndLaunchingInstancesSaySo() throws Exception {
        controller.load(HA, "", SAVED);
        at(60);
        controller.inject("i-0b7", FaultAction.STOP);
        controller.inject("i-0b8", FaultAction.TERMINATE);
        Map<String, NodeDecoration> d = CanvasDecorations.of(at(62), i18n);
        assertThat(d.get("i-0b7").badge()).isEqualTo("stopped");
        assertThat(d.get("i-0b8").badge()).isEqualTo("terminated");
        controller.inject("i-0b7", FaultAction.RECOVER);
        d = CanvasDecorations.of(at(64), i18n);
        assertThat(d.get("i-0b7").badge()).isEqualTo("launching");
        assertThat(d.get("i-0b7").state()).isEqualTo(NodeDecoration.State.WARNING);
        assertThat(CanvasDecorations.of(at(64), new I18n(Locale.KOREAN)).get("i-0b7").badge()).isEqualTo("시작 중");
    }

    @Test
    void noRequestsFlowWhenTheRateIsZero() throws Exception {
        controller.load(HA, "", ScenarioArguments.parse(List.of("--rate", "0")));
        assertThat(FlowPaths.of(at(60))).isEmpty();
    }
}
