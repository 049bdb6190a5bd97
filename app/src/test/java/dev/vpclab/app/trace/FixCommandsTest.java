package dev.vpclab.app.trace;

import static dev.vpclab.model.testing.Fixtures.cidr;
import static dev.vpclab.model.testing.Fixtures.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.testing.Fixtures;
import dev.vpclab.trace.fix.DocumentChange;
import dev.vpclab.trace.fix.SuggestedFix;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every kind of document change a suggested fix proposes becomes a command that applies, and undoes to the start. */
class FixCommandsTest {

    private static final String TG = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067";

    private final FixCommands fixes = new FixCommands(new IdGenerator(7));

    /** Applies the fix as one command through the editor, checks what it did, undoes it and finds the start again. */
    private void appliesAndUndoes(DocumentChange change, Consumer<Document> after) {
        appliesAndUndoes(Fixtures.everyKind(), change, after);
    }

    private void appliesAndUndoes(Document start, DocumentChange change, Consumer<Document> after) {
        EditorModel editor = TestEditors.of(start);
        Document before = editor.document();
        Command command = fixes.command(before, SuggestedFix.of(Message.of("trace.fix.test"), change));
        assertThat(editor.execute(command)).as("applied").isTrue();
        assertThat(editor.document()).isNotEqualTo(before);
        after.accept(editor.document());
        assertThat(editor.stack().undoDescription()).contains(Message.of("tracemode.fix.command"));
        editor.undo();
        assertThat(editor.document()).isEqualTo(before);
        assertThat(editor.canUndoProperty().get()).as("one fix is one undo step").isFalse();
    }

    @Test
    void addsANetworkAclRule() {
        NetworkAclEntry rule = NetworkAclEntry.of(110, TrafficDirection.OUTBOUND, Protocol.TCP, PortRange.EPHEMERAL,
                cidr("0.0.0.0/0"), RuleAction.ALLOW);
        appliesAndUndoes(new DocumentChange.AddNaclEntry("acl-custom", rule),
                doc -> assertThat(doc.get("acl-custom", NetworkAcl.class).entries()).contains(rule));
    }

    @Test
    void addsASecurityGroupRule() {
        SecurityGroupRule rule = SecurityGroupRule.of(Protocol.TCP, PortRange.of(8443), RulePeer.cidr(cidr("10.0.0.0/16")));
        appliesAndUndoes(new DocumentChange.AddSecurityGroupRule("sg-alb", TrafficDirection.INBOUND, rule),
                doc -> assertThat(doc.get("sg-alb", SecurityGroup.class).ingress()).contains(rule));
    }

    @Test
    void addsARoute() {
        Route route = Route.to(cidr("0.0.0.0/0"), "vgw-1");
        appliesAndUndoes(new DocumentChange.AddRoute("rtb-main-2", route),
                doc -> assertThat(doc.get("rtb-main-2", RouteTable.class).routes()).contains(route));
    }

    @Test
    void pointsARouteElsewhere() {
        appliesAndUndoes(new DocumentChange.ReplaceRouteTarget("rtb-main-2", "10.9.0.0/16", "vgw-1"),
                doc -> assertThat(doc.get("rtb-main-2", RouteTable.class).routes())
                        .filteredOn(r -> r.destination().equals("10.9.0.0/16")).extracting(Route::target).containsExactly("vgw-1"));
    }

    @Test
    void aRouteGoneSinceTheTraceIsAddedBack() {
        appliesAndUndoes(new DocumentChange.ReplaceRouteTarget("rtb-main-2", "10.77.0.0/16", "vgw-1"),
                doc -> assertThat(doc.get("rtb-main-2", RouteTable.class).routes()).contains(Route.to(cidr("10.77.0.0/16"), "vgw-1")));
    }

    @Test
    void allocatesAndAssociatesAnElasticIp() {
        appliesAndUndoes(new DocumentChange.AssociateElasticIp("eni-free", ip("10.0.2.40")), doc -> {
            List<ElasticIp> eips = doc.all(ElasticIp.class).stream().filter(e -> "eni-free".equals(e.associatedResourceId())).toList();
            assertThat(eips).hasSize(1);
            assertThat(eips.get(0).privateIp()).isEqualTo(ip("10.0.2.40"));
            assertThat(eips.get(0).id()).startsWith("eipalloc-");
            assertThat(Fixtures.everyKind().all(ElasticIp.class)).extracting(ElasticIp::publicIp)
                    .as("a fresh documentation address").doesNotContain(eips.get(0).publicIp());
        });
    }

    @Test
    void turnsOffTheSourceDestinationCheck() {
        appliesAndUndoes(new DocumentChange.DisableSourceDestCheck("eni-free"),
                doc -> assertThat(doc.get("eni-free", NetworkInterface.class).sourceDestCheck()).isFalse());
    }

    @Test
    void startsAStoppedInstance() {
        appliesAndUndoes(new DocumentChange.StartInstance("i-asg-1"),
                doc -> assertThat(doc.get("i-asg-1", Instance.class).state()).isEqualTo(Instance.State.RUNNING));
    }

    @Test
    void addsASubnetToATransitGatewayAttachment() {
        Document withZoneB = Fixtures.everyKind().with(new dev.vpclab.model.resource.Subnet("subnet-shared-b", "shared-b", "vpc-2",
                "us-east-1b", cidr("10.2.1.0/24"), false, null, null));
        appliesAndUndoes(withZoneB, new DocumentChange.AddTransitGatewayAttachmentSubnet("tgw-attach-1", "subnet-shared-b"), doc ->
                assertThat(doc.get("tgw-attach-1", TransitGatewayAttachment.class).subnetIds()).containsExactly("subnet-shared",
                        "subnet-shared-b"));
    }

    @Test
    void turnsCrossZoneLoadBalancingOnOrOff() {
        appliesAndUndoes(new DocumentChange.SetTargetGroupCrossZone(TG, false), doc -> {
            TargetGroupAttributes a = doc.get(TG, TargetGroup.class).attributes();
            assertThat(a.crossZone()).isEqualTo(TargetGroupAttributes.CrossZone.OFF);
            assertThat(a.algorithm()).as("the other attributes stay").isEqualTo(TargetGroupAttributes.Algorithm.LEAST_OUTSTANDING_REQUESTS);
            assertThat(a.stickiness()).isEqualTo(TargetGroupAttributes.Stickiness.LB_COOKIE);
        });
    }

    @Test
    void movesANatGatewayIntoAPublicSubnetAndDrawsItThere() {
        Document start = dev.vpclab.app.editor.Samples.load("broken-network");
        appliesAndUndoes(start, new DocumentChange.MoveNatGateway("nat-0shop", "subnet-0web"), doc -> {
            dev.vpclab.model.resource.NatGateway nat = doc.get("nat-0shop", dev.vpclab.model.resource.NatGateway.class);
            assertThat(nat.subnetId()).isEqualTo("subnet-0web");
            assertThat(doc.get("subnet-0web", dev.vpclab.model.resource.Subnet.class).cidr().contains(nat.privateIp())).isTrue();
            assertThat(doc.layout().get("subnet-0web").contains(doc.layout().get("nat-0shop"))).as("drawn in its new subnet").isTrue();
            assertThat(doc.layout().get("nat-0shop").intersects(doc.layout().get("i-0web"))).as("beside the web server").isFalse();
        });
    }

    @Test
    void allChangesOfAFixAreOneUndoStep() {
        EditorModel editor = TestEditors.of(Fixtures.everyKind());
        Document before = editor.document();
        Command c = fixes.command(before, SuggestedFix.of(Message.of("trace.fix.test"),
                new DocumentChange.StartInstance("i-asg-1"), new DocumentChange.DisableSourceDestCheck("eni-asg-1")));
        assertThat(editor.execute(c)).isTrue();
        assertThat(editor.document().get("i-asg-1", Instance.class).state()).isEqualTo(Instance.State.RUNNING);
        assertThat(editor.document().get("eni-asg-1", NetworkInterface.class).sourceDestCheck()).isFalse();
        editor.undo();
        assertThat(editor.document()).isEqualTo(before);
    }

    @Test
    void aFixWithoutChangesHasNoCommand() {
        assertThat(fixes.command(Fixtures.everyKind(), new SuggestedFix(Message.of("trace.fix.test"), List.of()))).isNull();
        assertThat(fixes.command(Fixtures.everyKind(), (SuggestedFix) null)).isNull();
    }

    @Test
    void aChangeNamingSomethingMissingSaysSo() {
        assertThatThrownBy(() -> fixes.command(Fixtures.everyKind(), new DocumentChange.AddTransitGatewayAttachmentSubnet("tgw-attach-9",
                "subnet-shared"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tgw-attach-9");
        assertThatThrownBy(() -> fixes.command(Fixtures.everyKind(), new DocumentChange.AssociateElasticIp("eni-none", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eni-none");
    }
}
