package dev.vpclab.app.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.command.EditNaclEntry;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {

    @Test
    void listsTheProblemsErrorsFirstWithNamesAndSentences() {
        ProblemsViewModel problems = new ProblemsViewModel(TestEditors.sample("broken-network"));
        assertThat(problems.rows()).hasSize(4);
        assertThat(problems.rows().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(problems.rows().get(0).resourceName()).isEqualTo("shop-nat");
        assertThat(problems.rows().get(0).field()).isEqualTo("subnetId");
        assertThat(problems.rows().get(0).text()).startsWith("Public NAT gateway shop-nat");
        assertThat(problems.errorsProperty().get()).isEqualTo(1);
        assertThat(problems.warningsProperty().get()).isEqualTo(3);
        assertThat(problems.summary().get()).isEqualTo("1 error · 3 warnings");
    }

    @Test
    void followsTheDocumentAndTheLanguage() {
        EditorModel editor = TestEditors.haWeb();
        ProblemsViewModel problems = new ProblemsViewModel(editor);
        assertThat(problems.rows()).isEmpty();
        assertThat(problems.summary().get()).isEqualTo("0 errors · 0 warnings");
        NetworkAclEntry deny = NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.TCP, PortRange.EPHEMERAL,
                Cidr.parse("10.0.0.0/16"), RuleAction.DENY);
        assertThat(editor.execute(new EditNaclEntry("acl-0app", TrafficDirection.OUTBOUND, 100, deny))).isTrue();
        assertThat(problems.rows()).singleElement().satisfies(r -> {
            assertThat(r.resourceId()).isEqualTo("acl-0app");
            assertThat(r.problem().code()).isEqualTo("validation.nacl.noOutboundEphemeral");
        });
        assertThat(problems.summary().get()).isEqualTo("0 errors · 1 warning");
        editor.i18n().localeProperty().set(Locale.KOREAN);
        assertThat(problems.summary().get()).isEqualTo("오류 0개 · 경고 1개");
        assertThat(problems.rows().get(0).text()).contains("네트워크 ACL");
        editor.undo();
        assertThat(problems.rows()).isEmpty();
    }

    @Test
    void aClickSelectsAndRevealsTheCulpritAndADoubleClickOpensIt() {
        EditorModel editor = TestEditors.sample("broken-network");
        ProblemsViewModel problems = new ProblemsViewModel(editor);
        List<String> revealed = new ArrayList<>();
        List<String> opened = new ArrayList<>();
        editor.addRevealListener(revealed::add);
        problems.addOpenListener(r -> opened.add(r.field()));
        ProblemRow nat = problems.rows().get(0);
        problems.select(nat);
        assertThat(editor.selection()).containsExactly("nat-0shop");
        assertThat(revealed).containsExactly("nat-0shop");
        ProblemRow last = problems.rows().get(3);
        problems.open(last);
        assertThat(editor.selection()).containsExactly(last.resourceId());
        assertThat(opened).containsExactly(last.field());
    }
}
