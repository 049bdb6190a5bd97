package dev.vpclab.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.inspector.RuleMark;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.command.EditProperty;
import dev.vpclab.model.command.RemoveResources;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.SavedTrace;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.trace.ComponentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Trace tab's model on the samples: running, the fix as one undoable command, re-running after edits, picking. */
class TraceViewModelTest {

    private final List<Runnable> later = new ArrayList<>();

    /** A model whose re-runs after an edit wait until {@link #settle()}, as the debounce in the app makes them. */
    private TraceViewModel model(EditorModel editor) {
        return new TraceViewModel(editor, later::add, new IdGenerator(3));
    }

    private void settle() {
        List<Runnable> due = new ArrayList<>(later);
        later.clear();
        due.forEach(Runnable::run);
    }

    private static SavedTrace saved(EditorModel editor, String name) {
        return editor.document().traces().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static String id(EditorModel editor, Class<? extends dev.vpclab.model.resource.Resource> type, String name) {
        return editor.document().all(type).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void runningASavedTraceFillsTheFormAndShowsItFromTheFirstHop() {
        EditorModel editor = TestEditors.sample("broken-network");
        TraceViewModel m = model(editor);
        assertThat(m.savedTraces()).extracting(SavedTrace::name).contains("Visit the shop");
        m.runSaved(saved(editor, "Visit the shop"));
        assertThat(m.form().fromProperty().get()).isEqualTo("internet");
        assertThat(m.form().toProperty().get()).isEqualTo("web");
        assertThat(m.form().portProperty().get()).isEqualTo("80");
        assertThat(m.verdict()).isEqualTo(Verdict.BLOCKED_REPLY);
        assertThat(m.rows()).hasSize(8);
        assertThat(m.stepper().currentProperty().get()).isZero();
        assertThat(m.canApplyFixProperty().get()).isTrue();
        assertThat(m.summary()).isEqualTo("TCP 80");
        assertThat(m.errorProperty().get()).isNull();
    }

    @Test
    void theBlockingHopMarksTheFinalRuleOfTheAclOutbound() {
        EditorModel editor = TestEditors.sample("broken-network");
        TraceViewModel m = model(editor);
        m.runSaved(saved(editor, "Visit the shop"));
        m.stepper().last();
        HopRow row = m.currentRow();
        assertThat(row.blocking()).isTrue();
        RuleMark mark = m.mark(row);
        assertThat(mark.resourceId()).isEqualTo("acl-0web");
        assertThat(mark.direction()).isEqualTo(TrafficDirection.OUTBOUND);
        assertThat(mark.rule()).isEqualTo("*");
        assertThat(mark.denied()).isTrue();
        assertThat(mark.note().get()).isEqualTo("Deciding rule for trace hop 8 (return).");
        editor.i18n().localeProperty().set(Locale.KOREAN);
        assertThat(mark.note().get()).isEqualTo("추적 홉 8(응답)을(를) 결정한 규칙입니다.");
    }

    @Test
    void applyingTheFixIsOneUndoableEditAfterWhichTheRequestIsReachable() {
        EditorModel editor = TestEditors.sample("broken-network");
        TraceViewModel m = model(editor);
        m.runSaved(saved(editor, "Visit the shop"));
        m.stepper().last();
        int aclRules = editor.document().get("acl-0web", NetworkAcl.class).entries().size();
        assertThat(m.applyFix()).isTrue();
        assertThat(m.verdict()).as("the trace ran again at once").isEqualTo(Verdict.REACHABLE);
        assertThat(m.canApplyFixProperty().get()).isFalse();
        assertThat(editor.document().get("acl-0web", NetworkAcl.class).entries()).hasSize(aclRules + 1);
        assertThat(m.stepper().currentProperty().get()).as("it stays at the hop it stood at").isEqualTo(7);
        HopRow now = m.currentRow();
        assertThat(now.hop().type()).isEqualTo(ComponentType.NETWORK_ACL);
        assertThat(m.mark(now).rule()).as("the new rule decides that hop now").isEqualTo("120");
        assertThat(m.mark(now).denied()).isFalse();

        editor.undo();
        settle();
        assertThat(m.verdict()).as("undo brings the block back").isEqualTo(Verdict.BLOCKED_REPLY);
        assertThat(m.applyFix()).isTrue();
        assertThat(m.verdict()).isEqualTo(Verdict.REACHABLE);
    }

    @Test
    void aShownTraceRunsAgainAfterAnEditOnceThingsSettle() {
        EditorModel editor = TestEditors.sample("broken-network");
        TraceViewModel m = model(editor);
        m.runSaved(saved(editor, "Visit the shop"));
        m.stepper().go(4);
        TraceResult before = m.resultProperty().get();
        editor.execute(new EditProperty(id(editor, Instance.class, "web"), "name", "shop-web"));
        assertThat(m.resultProperty().get()).as("not before the debounce").isSameAs(before);
        settle();
        assertThat(m.resultProperty().get()).isNotSameAs(before);
        assertThat(m.resultProperty().get().document()).isSameAs(editor.document());
        assertThat(m.stepper().currentProperty().get()).isEqualTo(4);
        assertThat(m.currentRow().hop().label()).isEqualTo("shop-web");
        assertThat(m.form().toProperty().get()).as("a renamed end is found by its id and shown by its new name").isEqualTo("shop-web");
    }

    @Test
    void nothingRunsAgainWhileNoTraceIsShown() {
        EditorModel editor = TestEditors.sample("broken-network");
        TraceViewModel m = model(editor);
        editor.execute(new EditProperty(id(editor, Instance.class, "web"), "name", "shop-web"));
        assertThat(later).isEmpty();
        assertThat(m.resultProperty().get()).isNull();
    }

    @Test
    void aTracedElementThatIsDeletedEndsTheTraceWithAMessage() {
        EditorModel editor = TestEditors.sample("broken-network");
        TraceViewModel m = model(editor);
        m.runSaved(saved(editor, "Visit the shop"));
        editor.execute(new RemoveResources(List.of(id(editor, Instance.class, "web"))));
        settle();
        assertThat(m.resultProperty().get()).isNull();
        assertThat(m.rows()).isEmpty();
        assertThat(m.stepper().currentProperty().get()).isEqualTo(-1);
        assertThat(m.errorProperty().get().english()).startsWith("Cannot trace: nothing in the model is called 'web'");
        assertThat(m.errorProperty().get().korean()).as("all of it in Korean, the reason too")
                .startsWith("추적할 수 없습니다: 모델에 'web'(이)라는 것이 없습니다");
    }

    @Test
    void openingAnotherDocumentForgetsTheTrace() {
        EditorModel editor = TestEditors.sample("broken-network");
        TraceViewModel m = model(editor);
        m.runSaved(saved(editor, "Visit the shop"));
        editor.reset(dev.vpclab.app.editor.Samples.load("ha-web"), null);
        settle();
        assertThat(m.resultProperty().get()).isNull();
        assertThat(m.errorProperty().get()).isNull();
        assertThat(m.savedTraces()).extracting(SavedTrace::name).contains("HTTPS to the API").doesNotContain("Visit the shop");
    }

    @Test
    void badInputGetsOneMessageAndNoTrace() {
        TraceViewModel m = model(TestEditors.sample("broken-network"));
        m.form().fromProperty().set("internet");
        m.form().toProperty().set("web");
        m.form().portProperty().set("eighty");
        m.run();
        assertThat(m.errorProperty().get().english()).isEqualTo(
                "eighty is not a port: type a number from 1 to 65535, or leave it empty for the default.");
        assertThat(m.resultProperty().get()).isNull();
        m.form().portProperty().set("");
        m.form().toProperty().set("");
        m.run();
        assertThat(m.errorProperty().get().key()).isEqualTo("tracemode.error.noDestination");
        m.form().toProperty().set("web");
        m.run();
        assertThat(m.errorProperty().get()).isNull();
        assertThat(m.summary()).as("the default port of a plain instance").isEqualTo("TCP 443");
    }

    @Test
    void theHttpFieldsApplyToAnApplicationLoadBalancerAndItsRulesReadThem() {
        EditorModel editor = TestEditors.haWeb();
        TraceViewModel m = model(editor);
        m.form().toProperty().set("web-1");
        assertThat(m.httpApplicableProperty().get()).isFalse();
        m.form().toProperty().set("web-alb");
        assertThat(m.httpApplicableProperty().get()).isTrue();
        m.form().fromProperty().set("internet");
        m.form().portProperty().set("443");
        m.form().httpPathProperty().set("/api/v1/orders");
        m.run();
        assertThat(m.trace().request().http().path()).isEqualTo("/api/v1/orders");
        assertThat(targetGroupHop(m)).isEqualTo("tg-api");
        m.form().httpPathProperty().set("/");
        m.run();
        assertThat(targetGroupHop(m)).as("no rule matches /: the default action").isEqualTo("tg-web");
    }

    private static String targetGroupHop(TraceViewModel m) {
        return m.rows().stream().filter(r -> r.hop().type() == ComponentType.TARGET_GROUP).findFirst().orElseThrow().hop().label();
    }

    @Test
    void pickingOnTheCanvasSetsFromThenToThenRuns() {
        EditorModel editor = TestEditors.haWeb();
        TraceViewModel m = model(editor);
        m.pickingProperty().set(TraceViewModel.Pick.FROM);
        assertThat(m.pick(id(editor, Subnet.class, "app-1a"))).as("a subnet is no end of a trace").isFalse();
        assertThat(m.pickingProperty().get()).isEqualTo(TraceViewModel.Pick.FROM);
        assertThat(m.pick("client-0user")).isTrue();
        assertThat(m.form().fromProperty().get()).isEqualTo("client-0user");
        assertThat(m.pickingProperty().get()).isEqualTo(TraceViewModel.Pick.TO);
        assertThat(m.pick(id(editor, LoadBalancer.class, "web-alb"))).isTrue();
        assertThat(m.form().toProperty().get()).isEqualTo("web-alb");
        assertThat(m.pickingProperty().get()).isEqualTo(TraceViewModel.Pick.NONE);
        assertThat(m.verdict()).isEqualTo(Verdict.REACHABLE);
        assertThat(m.pick("i-0a3")).as("not picking").isFalse();
    }

    @Test
    void thePickersListTheInternetAndWhatCanBeTracedByTheirNames() {
        TraceViewModel m = model(TestEditors.haWeb());
        assertThat(m.choices().get(0).spec()).isEqualTo("internet");
        assertThat(m.choices()).extracting(EndpointChoice::spec).contains("client-0user", "web-alb", "web-1", "web-4", "prod-db", "nat-1a")
                .doesNotContain("public-1a");
    }

    @Test
    void clearingHidesTheTrace() {
        EditorModel editor = TestEditors.sample("broken-network");
        TraceViewModel m = model(editor);
        m.runSaved(saved(editor, "Visit the shop"));
        m.clear();
        assertThat(m.verdict()).isEqualTo(Verdict.NONE);
        assertThat(m.rows()).isEmpty();
        assertThat(m.pathProperty().get().forward()).isEmpty();
        assertThat(m.canApplyFixProperty().get()).isFalse();
        assertThat(m.applyFix()).isFalse();
    }
}
