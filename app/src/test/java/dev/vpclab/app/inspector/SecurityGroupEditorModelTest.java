package dev.vpclab.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityGroupEditorModelTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final SecurityGroupEditorModel sg = new SecurityGroupEditorModel(editor, "sg-0db");

    private SecurityGroup group() {
        return editor.document().get("sg-0db", SecurityGroup.class);
    }

    @Test
    void aRuleNamingASecurityGroupOfTheVpcIsAdded() {
        assertThat(sg.peerGroups()).extracting(SecurityGroup::id).contains("sg-0alb", "sg-0app", "sg-0db");
        assertThat(SecurityGroupEditorModel.choice(editor.document().get("sg-0alb", SecurityGroup.class))).isEqualTo("sg-0alb (alb)");
        sg.portsProperty().set("5432");
        sg.peerProperty().set("sg-0alb (alb)");
        sg.descriptionProperty().set("from the ALB");
        assertThat(sg.submit()).isTrue();
        SecurityGroupRule added = group().ingress().get(1);
        assertThat(added.peer()).isEqualTo(RulePeer.group("sg-0alb"));
        assertThat(added.description()).isEqualTo("from the ALB");
        assertThat(sg.peerText(added.peer())).isEqualTo("sg-0alb (alb)");
        assertThat(editor.stack().undoDescription()).isPresent();
    }

    @Test
    void badPeersAndPortsAreInlineErrors() {
        sg.portsProperty().set("99999");
        assertThat(sg.errors()).containsKey("ports");
        sg.portsProperty().set("443");
        sg.peerProperty().set("sg-nope");
        assertThat(sg.errors()).containsKey("peer");
        assertThat(sg.errors().get("peer")).contains("sg-nope");
        sg.peerProperty().set("10.0.0.0/99");
        assertThat(sg.errors()).containsKey("peer");
        assertThat(sg.submit()).isFalse();
        sg.peerProperty().set("10.0.0.0/16");
        assertThat(sg.errors()).isEmpty();
        assertThat(sg.validate()).isPresent();
    }

    @Test
    void aGroupOfAnotherVpcCannotBeNamed() {
        EditorModel two = TestEditors.of(editor.document()
                .with(new Vpc("vpc-b", "b", "us-east-1", List.of(Cidr.parse("10.9.0.0/16")), true, true))
                .with(new SecurityGroup("sg-b", "b", "vpc-b", "b", "", List.of(), List.of())));
        SecurityGroupEditorModel m = new SecurityGroupEditorModel(two, "sg-0db");
        assertThat(m.peerGroups()).extracting(SecurityGroup::id).doesNotContain("sg-b");
        m.portsProperty().set("22");
        m.peerProperty().set("sg-b");
        assertThat(m.submit()).isFalse();
        assertThat(m.errors()).containsKey("peer");
    }

    @Test
    void aDuplicateRuleIsRefusedByTheCommandAndTheReasonShown() {
        sg.portsProperty().set("5432");
        sg.peerProperty().set("sg-0app");
        assertThat(sg.submit()).isFalse();
        assertThat(sg.refusalProperty().get()).contains("already has");
        assertThat(sg.allErrors()).contains("already has");
        assertThat(group().ingress()).hasSize(1);
    }

    @Test
    void editAndRemoveWorkOnTheChosenDirection() {
        sg.edit(TrafficDirection.OUTBOUND, 0);
        assertThat(sg.protocolProperty().get()).isEqualTo("all");
        assertThat(sg.peerProperty().get()).isEqualTo("0.0.0.0/0");
        sg.protocolProperty().set("tcp");
        sg.portsProperty().set("443");
        assertThat(sg.submit()).isTrue();
        assertThat(group().egress()).singleElement().satisfies(r -> assertThat(r.portRange().toString()).isEqualTo("443"));
        assertThat(sg.remove(TrafficDirection.OUTBOUND, 0)).isTrue();
        assertThat(group().egress()).isEmpty();
    }
}
