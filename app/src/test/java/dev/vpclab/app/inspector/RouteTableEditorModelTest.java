package dev.vpclab.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableEditorModelTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final RouteTableEditorModel routes = new RouteTableEditorModel(editor, "rtb-0app1a");

    private RouteTable table() {
        return editor.document().get("rtb-0app1a", RouteTable.class);
    }

    private RouteTargets.Target target(String id) {
        return routes.targets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void showsRoutesTheSubnetsServedAndTheVpcsTargets() {
        assertThat(routes.rows()).extracting(r -> r.route().destination(), RouteTableEditorModel.Row::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10.0.0.0/16", "local"),
                        org.assertj.core.groups.Tuple.tuple("0.0.0.0/0", "nat-0a (nat-1a)"));
        assertThat(routes.rows()).noneMatch(RouteTableEditorModel.Row::blackhole);
        assertThat(routes.subnets()).extracting(Subnet::id).containsExactly("subnet-0app1a");
        assertThat(routes.targets()).extracting(RouteTargets.Target::id)
                .startsWith("local", "igw-0a1b").contains("nat-0a", "nat-0b", "eni-0a3", "i-0b8");
        assertThat(new RouteTableEditorModel(editor, "rtb-0prodmain").subnets()).isEmpty();
    }

    @Test
    void aRouteToAMissingTargetIsABlackhole() {
        List<Route> rs = new ArrayList<>(table().routes());
        rs.add(Route.to(Cidr.parse("172.16.0.0/12"), "pcx-gone"));
        RouteTable t = table();
        EditorModel e = TestEditors.of(editor.document().with(new RouteTable(t.id(), t.name(), t.vpcId(), false, rs, List.of(), List.of())));
        RouteTableEditorModel m = new RouteTableEditorModel(e, "rtb-0app1a");
        assertThat(m.rows()).filteredOn(RouteTableEditorModel.Row::blackhole).singleElement()
                .satisfies(r -> assertThat(r.target()).isEqualTo("pcx-gone"));
    }

    @Test
    void addingChecksTheFormThenSendsTheCommand() {
        routes.destinationProperty().set("10.1.0.0/33");
        assertThat(routes.errors()).containsKey("destination");
        assertThat(routes.submit()).isFalse();
        assertThat(routes.errors()).containsKeys("destination", "target");
        routes.destinationProperty().set("192.168.0.0/16");
        routes.targetProperty().set(target("igw-0a1b"));
        assertThat(routes.errors()).isEmpty();
        assertThat(routes.submit()).isTrue();
        assertThat(table().routes()).contains(Route.to(Cidr.parse("192.168.0.0/16"), "igw-0a1b"));
        assertThat(routes.destinationProperty().get()).isEmpty();
    }

    @Test
    void aSecondRouteToTheSameDestinationIsRefusedWithTheCommandsReason() {
        routes.destinationProperty().set("0.0.0.0/0");
        routes.targetProperty().set(target("igw-0a1b"));
        assertThat(routes.submit()).isFalse();
        assertThat(routes.refusalProperty().get()).contains("already has a route to 0.0.0.0/0");
    }

    @Test
    void editingChangesTheTargetAndTheLocalRouteCannotBeDeleted() {
        routes.edit(table().routes().get(1));
        assertThat(routes.editingProperty().get()).isEqualTo("0.0.0.0/0");
        assertThat(routes.targetProperty().get().id()).isEqualTo("nat-0a");
        routes.targetProperty().set(target("nat-0b"));
        assertThat(routes.submit()).isTrue();
        assertThat(table().routes().get(1).target()).isEqualTo("nat-0b");
        assertThat(routes.remove(table().routes().get(0))).isFalse();
        assertThat(routes.refusalProperty().get()).contains("local route");
        assertThat(routes.remove(table().routes().get(1))).isTrue();
        assertThat(table().routes()).hasSize(1);
    }
}
