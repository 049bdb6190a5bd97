package dev.vpclab.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.icons.Icons;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.Vpc;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final PaletteViewModel palette = new PaletteViewModel(editor, new IdGenerator(7));

    private Map<ResourceKind.Category, Integer> counts() {
        return palette.groups().stream().collect(Collectors.toMap(PaletteViewModel.Group::category, g -> g.items().size()));
    }

    @Test
    void showsEveryGroupWithItsCount() {
        assertThat(palette.groups()).extracting(PaletteViewModel.Group::category).containsExactly(ResourceKind.Category.values());
        assertThat(counts()).containsEntry(ResourceKind.Category.NETWORK, 15).containsEntry(ResourceKind.Category.COMPUTE, 3)
                .containsEntry(ResourceKind.Category.DATABASE, 1).containsEntry(ResourceKind.Category.LOAD_BALANCING, 3)
                .containsEntry(ResourceKind.Category.MONITORING, 1).containsEntry(ResourceKind.Category.OUTSIDE, 2);
        assertThat(palette.visibleItems()).extracting(PaletteItem::kind).doesNotContain(ResourceKind.AVAILABILITY_ZONE);
    }

    @Test
    void searchFiltersByLabelInEitherLanguageAndHidesEmptyGroups() {
        palette.searchProperty().set("nat");
        assertThat(palette.visibleItems()).extracting(PaletteItem::id).containsExactly("nat");
        assertThat(palette.groups()).hasSize(1);
        palette.searchProperty().set("SUBNET");
        assertThat(palette.visibleItems()).extracting(PaletteItem::id).containsExactly("subnet:public", "subnet:private");
        palette.searchProperty().set("보안");
        assertThat(palette.visibleItems()).extracting(PaletteItem::id).containsExactly("sg");
        editor.i18n().localeProperty().set(Locale.KOREAN);
        palette.searchProperty().set("load");
        assertThat(palette.visibleItems()).extracting(PaletteItem::id).containsExactly("lb:application", "lb:network");
        assertThat(palette.label(PaletteCatalog.byId("rtb"))).isEqualTo("라우팅 테이블");
        palette.searchProperty().set("zzz");
        assertThat(palette.groups()).isEmpty();
        palette.searchProperty().set("");
        assertThat(palette.visibleItems()).hasSize(PaletteCatalog.ITEMS.size());
    }

    @Test
    void dragIdsAreTypeNamesOrVariantsAndOnlyDrawnKindsDrag() {
        for (PaletteItem item : PaletteCatalog.ITEMS) {
            String base = item.id().contains(":") ? item.id().substring(0, item.id().indexOf(':')) : item.id();
            assertThat(ResourceKind.ofTypeName(base)).as(item.id()).isEqualTo(item.kind());
            assertThat(Icons.has(item.icon())).as(item.icon()).isTrue();
            assertThat(palette.dragId(item).isPresent()).as(item.id()).isEqualTo(item.drawn());
        }
        assertThat(palette.dragId(PaletteCatalog.byId("subnet:public"))).contains("subnet:public");
        assertThat(palette.dragId(PaletteCatalog.byId("lb:network"))).contains("lb:network");
        assertThat(palette.dragId(PaletteCatalog.byId("acl"))).isEmpty();
        assertThat(PaletteCatalog.ITEMS.stream().filter(i -> !i.drawn()).map(PaletteItem::id))
                .containsExactlyInAnyOrder("rtb", "acl", "sg", "tg", "eip");
    }

    @Test
    void addingANetworkAclToTheSelectedVpcDeniesEverythingAndOpensIt() {
        editor.selectOnly("subnet-0app1a");
        assertThat(palette.activate(PaletteCatalog.byId("acl"))).isTrue();
        String id = editor.selection().iterator().next();
        NetworkAcl acl = editor.document().get(id, NetworkAcl.class);
        assertThat(acl).isNotNull();
        assertThat(acl.vpcId()).isEqualTo("vpc-0prod");
        assertThat(acl.entries()).isEmpty();
        assertThat(acl.isDefault()).isFalse();
        assertThat(editor.stack().undoDescription()).isPresent();
        editor.undo();
        assertThat(editor.document().contains(id)).isFalse();
    }

    @Test
    void addingASecurityGroupAllowsAllOutboundAndNothingInbound() {
        editor.selectOnly("vpc-0prod");
        assertThat(palette.activate(PaletteCatalog.byId("sg"))).isTrue();
        SecurityGroup sg = editor.document().get(editor.selection().iterator().next(), SecurityGroup.class);
        assertThat(sg.ingress()).isEmpty();
        assertThat(sg.egress()).extracting(SecurityGroupRule::peer).extracting(Object::toString).containsExactly("0.0.0.0/0");
        assertThat(sg.name()).isEqualTo("prod-vpc-sg-1");
    }

    @Test
    void routeTablesTargetGroupsAndElasticIpsAreAddedToo() {
        editor.selectOnly("i-0b7");
        assertThat(palette.activate(PaletteCatalog.byId("rtb"))).isTrue();
        RouteTable rtb = editor.document().get(editor.selection().iterator().next(), RouteTable.class);
        assertThat(rtb.main()).isFalse();
        assertThat(rtb.routes()).allMatch(r -> r.isLocal());
        editor.selectOnly("vpc-0prod");
        assertThat(palette.activate(PaletteCatalog.byId("tg"))).isTrue();
        assertThat(editor.document().get(editor.selection().iterator().next(), TargetGroup.class).vpcId()).isEqualTo("vpc-0prod");
        assertThat(palette.activate(PaletteCatalog.byId("eip"))).isTrue();
        ElasticIp eip = editor.document().get(editor.selection().iterator().next(), ElasticIp.class);
        assertThat(eip.associatedResourceId()).isNull();
        assertThat(Cidr.parse("203.0.113.0/24").contains(eip.publicIp())).isTrue();
    }

    @Test
    void withoutAVpcToAddToTheUserIsTold() {
        Document two = editor.document().with(new Vpc("vpc-other", "other", "us-east-1", java.util.List.of(Cidr.parse("10.9.0.0/16")), true, true));
        EditorModel twoVpcs = TestEditors.of(two);
        PaletteViewModel p = new PaletteViewModel(twoVpcs, new IdGenerator(1));
        int before = twoVpcs.document().size();
        assertThat(p.activate(PaletteCatalog.byId("acl"))).isFalse();
        assertThat(twoVpcs.document().size()).isEqualTo(before);
        assertThat(TestEditors.notifier(twoVpcs).keys()).containsExactly("ui.palette.needVpc");
        assertThat(p.activate(PaletteCatalog.byId("vpc"))).isFalse();
        assertThat(TestEditors.notifier(twoVpcs).keys()).last().isEqualTo("ui.palette.dragHint");
    }
}
