package dev.vpclab.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import org.junit.jupiter.api.Test;

class NaclEditorModelTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final NaclEditorModel nacl = new NaclEditorModel(editor, "acl-0app");

    private NetworkAcl acl() {
        return editor.document().get("acl-0app", NetworkAcl.class);
    }

    @Test
    void listsEntriesByRuleNumberAndProposesTheNextFreeOne() {
        assertThat(nacl.entries(TrafficDirection.OUTBOUND)).extracting(NetworkAclEntry::ruleNumber).containsExactly(100, 110, 120);
        assertThat(nacl.ruleNumberProperty().get()).isEqualTo("120");
        nacl.directionProperty().set(TrafficDirection.OUTBOUND);
        assertThat(nacl.ruleNumberProperty().get()).isEqualTo("130");
        assertThat(new NaclEditorModel(editor, "acl-missing").nextRuleNumber(TrafficDirection.INBOUND)).isEqualTo(100);
    }

    @Test
    void aRuleNumberAlreadyUsedInTheDirectionIsAnInlineErrorAndNoCommandIsSent() {
        int before = editor.stack().undoCount();
        nacl.ruleNumberProperty().set("100");
        assertThat(nacl.errors()).containsKey("ruleNumber");
        assertThat(nacl.errors().get("ruleNumber")).contains("100").contains("inbound");
        nacl.portsProperty().set("443");
        assertThat(nacl.submit()).isFalse();
        assertThat(editor.stack().undoCount()).isEqualTo(before);
        nacl.ruleNumberProperty().set("105");
        assertThat(nacl.errors()).doesNotContainKey("ruleNumber");
    }

    @Test
    void checksEachFieldBeforeSending() {
        nacl.ruleNumberProperty().set("0");
        assertThat(nacl.errors()).containsKey("ruleNumber");
        nacl.ruleNumberProperty().set("32767");
        assertThat(nacl.errors()).containsKey("ruleNumber");
        nacl.ruleNumberProperty().set("abc");
        assertThat(nacl.errors()).containsKey("ruleNumber");
        nacl.ruleNumberProperty().set("32766");
        assertThat(nacl.errors()).isEmpty();
        nacl.portsProperty().set("70000");
        assertThat(nacl.errors()).containsKey("ports");
        nacl.protocolProperty().set("all");
        assertThat(nacl.errors()).doesNotContainKey("ports");
        nacl.cidrProperty().set("10.0.0.0/40");
        assertThat(nacl.errors()).containsKey("cidr");
        assertThat(nacl.validate()).isEmpty();
        nacl.cidrProperty().set("10.0.0.0/8");
        assertThat(nacl.validate()).contains(new NetworkAclEntry(32766, TrafficDirection.INBOUND, Protocol.ALL, null, null,
                dev.vpclab.model.net.Cidr.parse("10.0.0.0/8"), RuleAction.ALLOW));
        nacl.protocolProperty().set("tcp");
        nacl.portsProperty().set("");
        assertThat(nacl.validate()).isEmpty();
        assertThat(nacl.errors()).containsKey("ports");
    }

    @Test
    void addEditAndRemoveSendTheirCommands() {
        nacl.directionProperty().set(TrafficDirection.OUTBOUND);
        nacl.ruleNumberProperty().set("130");
        nacl.portsProperty().set("53");
        nacl.protocolProperty().set("udp");
        nacl.cidrProperty().set("10.0.0.2/32");
        assertThat(nacl.submit()).isTrue();
        assertThat(acl().entries(TrafficDirection.OUTBOUND)).extracting(NetworkAclEntry::ruleNumber).containsExactly(100, 110, 120, 130);
        assertThat(editor.stack().undoDescription().map(editor::text)).contains("Add outbound rule 130 to app");
        assertThat(nacl.ruleNumberProperty().get()).isEqualTo("140");

        NetworkAclEntry rule = acl().entries(TrafficDirection.OUTBOUND).get(3);
        nacl.edit(rule);
        assertThat(nacl.errors()).isEmpty();
        assertThat(nacl.portsProperty().get()).isEqualTo("53");
        nacl.actionProperty().set(RuleAction.DENY);
        assertThat(nacl.submit()).isTrue();
        assertThat(acl().entries(TrafficDirection.OUTBOUND).get(3).action()).isEqualTo(RuleAction.DENY);
        assertThat(editor.stack().undoDescription().map(editor::text)).contains("Change outbound rule 130 of app");

        assertThat(nacl.remove(acl().entries(TrafficDirection.OUTBOUND).get(3))).isTrue();
        assertThat(acl().entries(TrafficDirection.OUTBOUND)).hasSize(3);
    }

    @Test
    void makingTheAclDropEphemeralRepliesRaisesAWarning() {
        assertThat(editor.problemsProperty().get()).isEmpty();
        nacl.edit(acl().entries(TrafficDirection.OUTBOUND).get(0));
        nacl.portsProperty().set("8080");
        assertThat(nacl.submit()).isTrue();
        assertThat(acl().entries(TrafficDirection.OUTBOUND).get(0).portRange()).isEqualTo(PortRange.of(8080));
        assertThat(editor.problemsProperty().get()).anySatisfy(p -> {
            assertThat(p.resourceId()).isEqualTo("acl-0app");
            assertThat(p.code()).isEqualTo("validation.nacl.noOutboundEphemeral");
        });
    }
}
