package dev.vpclab.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.Subnet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final InspectorViewModel inspector = new InspectorViewModel(editor);

    private PropertyField field(String name) {
        return inspector.fields().stream().filter(f -> f.field().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsTheOnlySelectedResource() {
        assertThat(inspector.resourceProperty().get()).isNull();
        editor.selectOnly("subnet-0app1a");
        assertThat(inspector.title()).isEqualTo("app-1a");
        assertThat(inspector.subtitle()).isEqualTo("Subnet · prod-vpc");
        assertThat(inspector.icon()).isEqualTo("subnet-private");
        assertThat(inspector.fields()).extracting(f -> f.field().name())
                .contains("id", "name", "vpcId", "availabilityZoneId", "cidr", "mapPublicIpOnLaunch")
                .doesNotContain("routeTableId", "networkAclId");
        assertThat(field("id").field().kind()).isEqualTo(FieldKind.READ_ONLY);
        assertThat(field("vpcId").display()).isEqualTo("prod-vpc");
        assertThat(field("cidr").display()).isEqualTo("10.0.11.0/24");
        assertThat(field("mapPublicIpOnLaunch").field().kind()).isEqualTo(FieldKind.BOOLEAN);
        assertThat(field("name").getName()).isEqualTo("Name");
        editor.select(List.of("subnet-0app1a", "subnet-0app1b"));
        assertThat(inspector.resourceProperty().get()).isNull();
        assertThat(inspector.selectionSizeProperty().get()).isEqualTo(2);
    }

    @Test
    void editingARowSendsOneEditPropertyCommand() {
        editor.selectOnly("i-0a3");
        assertThat(field("state").field().kind()).isEqualTo(FieldKind.CHOICE);
        assertThat(field("state").display()).isEqualTo("running");
        assertThat(field("imageId").field().kind()).isEqualTo(FieldKind.TEXT);
        assertThat(field("name").submit("web-one")).isTrue();
        assertThat(editor.document().get("i-0a3").name()).isEqualTo("web-one");
        assertThat(field("name").display()).isEqualTo("web-one");
        assertThat(field("state").submit(Instance.State.STOPPED)).isTrue();
        assertThat(editor.document().get("i-0a3", Instance.class).state()).isEqualTo(Instance.State.STOPPED);
        assertThat(editor.stack().undoDescription().map(editor::text)).contains("Change state of web-one");
        assertThat(inspector.errorProperty().get()).isEmpty();
        editor.undo();
        assertThat(field("state").getValue()).isEqualTo(Instance.State.RUNNING);
    }

    @Test
    void aRefusedEditShowsTheReasonInlineAndChangesNothing() {
        editor.selectOnly("subnet-0app1a");
        int undoable = editor.stack().undoCount();
        assertThat(field("cidr").submit("10.0.11.0/33")).isFalse();
        assertThat(editor.document().get("subnet-0app1a", Subnet.class).cidr().toString()).isEqualTo("10.0.11.0/24");
        assertThat(editor.stack().undoCount()).isEqualTo(undoable);
        assertThat(inspector.errorProperty().get()).contains("cidr").contains("10.0.11.0/33");
        assertThat(TestEditors.notifier(editor).messages).isEmpty();
        assertThat(field("cidr").submit("10.0.11.0/25")).isTrue();
        assertThat(inspector.errorProperty().get()).isEmpty();
        assertThat(field("id").submit("subnet-x")).isFalse();
        editor.i18n().localeProperty().set(Locale.KOREAN);
        assertThat(inspector.errorProperty().get()).isNotEmpty();
        assertThat(field("name").getName()).isEqualTo("이름");
    }

    @Test
    void aRowCommitsToItsOwnResourceEvenAfterTheSelectionMoved() {
        editor.selectOnly("i-0a3");
        PropertyField name = field("name");
        editor.selectOnly("i-0a4");
        assertThat(name.submit("late")).isTrue();
        assertThat(editor.document().get("i-0a3").name()).isEqualTo("late");
        assertThat(editor.document().get("i-0a4").name()).isEqualTo("web-2");
    }

    @Test
    void chipsShowWhatAppliesAndOpenIt() {
        editor.selectOnly("i-0b7");
        assertThat(inspector.chips()).extracting(Associations.Chip::role, Associations.Chip::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("routeTable", "rtb-0app1b"),
                org.assertj.core.groups.Tuple.tuple("networkAcl", "acl-0app"),
                org.assertj.core.groups.Tuple.tuple("securityGroups", "sg-0app"));
        inspector.open("acl-0app");
        assertThat(editor.selection()).containsExactly("acl-0app");
        assertThat(inspector.subtitle()).isEqualTo("Network ACL · prod-vpc");
        assertThat(inspector.chips()).extracting(Associations.Chip::id).containsExactly("subnet-0app1a", "subnet-0app1b");
        editor.selectOnly("sg-0alb");
        assertThat(inspector.chips()).extracting(Associations.Chip::role).containsOnly("members");
        assertThat(inspector.chips()).extracting(Associations.Chip::label).containsExactly("web-alb");
    }
}
