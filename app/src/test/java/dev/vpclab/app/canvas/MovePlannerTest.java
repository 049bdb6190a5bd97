package dev.vpclab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.CompositeCommand;
import dev.vpclab.model.command.MoveElements;
import dev.vpclab.model.command.Reparent;
import dev.vpclab.model.command.ResizeElement;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkInterface;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Moving and resizing on the canvas: one command, containers grow, forbidden moves are refused. */
class MovePlannerTest {

    private static final Document HA = Samples.load("ha-web");
    private static final RenderModel MODEL = RenderModelBuilder.build(HA, Locale.ENGLISH);

    private static Document apply(EditPlan plan) {
        return plan.command().apply(HA).document();
    }

    private static void assertUndoRestores(EditPlan plan) {
        Command.Applied a = plan.command().apply(HA);
        assertThat(a.inverse().apply(a.document()).document()).isEqualTo(HA);
    }

    @Test
    void aMoveInsideItsSubnetIsOneMoveElements() {
        EditPlan plan = MovePlanner.move(HA, MODEL, List.of("nat-0a"), 16, 0);
        assertThat(plan.command()).isInstanceOf(MoveElements.class);
        assertThat(apply(plan).layout().get("nat-0a")).isEqualTo(HA.layout().get("nat-0a").translate(16, 0));
        assertUndoRestores(plan);
    }

    @Test
    void aContainerMovesWithItsContentAndNothingElse() {
        EditPlan plan = MovePlanner.move(HA, MODEL, List.of("subnet-0db1b"), 0, 32);
        Document after = apply(plan);
        assertThat(after.layout().get("prod-db|standby")).isEqualTo(HA.layout().get("prod-db|standby").translate(0, 32));
        assertThat(after.layout().get("prod-db")).isEqualTo(HA.layout().get("prod-db"));
        assertUndoRestores(plan);

        EditPlan primary = MovePlanner.move(HA, MODEL, List.of("prod-db"), 16, 0);
        Document moved = apply(primary);
        assertThat(moved.layout().get("prod-db|standby")).as("the standby stays in its own subnet")
                .isEqualTo(HA.layout().get("prod-db|standby"));
    }

    @Test
    void aContainerGrowsToHoldWhatWasMovedToItsEdgeInOneStep() {
        Bounds subnet = HA.layout().get("subnet-0pub1a");
        Bounds nat = HA.layout().get("nat-0a");
        EditPlan plan = MovePlanner.move(HA, MODEL, List.of("nat-0a"), 0, subnet.maxY() - nat.maxY() + 8);
        assertThat(plan.command()).isInstanceOf(CompositeCommand.class);
        Document after = apply(plan);
        assertThat(after.layout().get("subnet-0pub1a").contains(after.layout().get("nat-0a"))).isTrue();
        assertThat(((CompositeCommand) plan.command()).commands()).anyMatch(c -> c instanceof ResizeElement r && r.key().equals("subnet-0pub1a"));
        assertUndoRestores(plan);
    }

    @Test
    void anInstanceDroppedInAnotherSubnetOfItsVpcMovesThere() {
        Bounds target = HA.layout().get("subnet-0db1a");
        Bounds inst = HA.layout().get("i-0a3");
        double dx = target.x() + 150 - inst.x();
        double dy = target.y() + 40 - inst.y();
        EditPlan plan = MovePlanner.move(HA, MODEL, List.of("i-0a3"), dx, dy);
        assertThat(plan.isRefused()).isFalse();
        assertThat(((CompositeCommand) plan.command()).commands()).anyMatch(c -> c instanceof Reparent);
        Document after = apply(plan);
        assertThat(after.get("i-0a3", Instance.class).subnetId()).isEqualTo("subnet-0db1a");
        NetworkInterface eni = after.interfacesOf("i-0a3").get(0);
        assertThat(eni.subnetId()).isEqualTo("subnet-0db1a");
        assertThat(after.get("subnet-0db1a", dev.vpclab.model.resource.Subnet.class).cidr().contains(eni.primaryIp())).isTrue();
        assertUndoRestores(plan);
    }

    @Test
    void movesAwsDoesNotAllowAreRefused() {
        Bounds inst = HA.layout().get("i-0a3");
        EditPlan out = MovePlanner.move(HA, MODEL, List.of("i-0a3"), -inst.x() - 500, 0);
        assertThat(out.refusal().key()).isEqualTo("canvas.move.outside.subnet");
        assertThat(out.refusal().english()).startsWith("web-1 must stay inside a subnet");

        Bounds db = HA.layout().get("prod-db");
        Bounds app = HA.layout().get("subnet-0app1a");
        EditPlan dbMove = MovePlanner.move(HA, MODEL, List.of("prod-db"), 0, app.y() + 120 - db.y());
        assertThat(dbMove.refusal().key()).isEqualTo("canvas.move.dbSubnet");
    }

    @Test
    void aResizeNeverHidesContentAndIsOneStep() {
        Bounds s = HA.layout().get("subnet-0app1a");
        EditPlan shrink = MovePlanner.resize(HA, MODEL, "subnet-0app1a", Bounds.of(s.x(), s.y(), 40, 40));
        Document after = apply(shrink);
        Bounds now = after.layout().get("subnet-0app1a");
        assertThat(now.contains(HA.layout().get("i-0a3"))).isTrue();
        assertThat(now.width()).isLessThan(s.width() + 1);
        EditPlan grow = MovePlanner.resize(HA, MODEL, "subnet-0app1a", Bounds.of(s.x(), s.y(), s.width(), s.height() + 200));
        Document grown = apply(grow);
        assertThat(grown.layout().get("subnet-0app1a").height()).isEqualTo(s.height() + 200);
        assertThat(grown.layout().get("vpc-0prod|us-east-1a").contains(grown.layout().get("subnet-0app1a"))).isTrue();
        assertUndoRestores(grow);
    }
}
