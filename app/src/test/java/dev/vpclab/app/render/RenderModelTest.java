package dev.vpclab.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.canvas.ConnectorKind;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.testing.Fixtures;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The render model: items with their containers and labels, connectors derived from the model, hit testing. */
class RenderModelTest {

    private static final Set<ConnectorKind> ALL = EnumSet.allOf(ConnectorKind.class);

    private static RenderModel haWeb() {
        return RenderModelBuilder.build(Samples.load("ha-web"), Locale.ENGLISH);
    }

    private static Set<String> pairs(RenderModel m, ConnectorKind kind) {
        return m.connectors().stream().filter(c -> c.kind() == kind).map(c -> c.from() + "->" + c.to()).collect(Collectors.toSet());
    }

    @Test
    void itemsCarryKindContainerAndLabels() {
        RenderModel m = haWeb();
        RenderItem subnet = m.item("subnet-0pub1a");
        assertThat(subnet.type()).isEqualTo(ItemType.SUBNET);
        assertThat(subnet.publicTier()).isTrue();
        assertThat(subnet.iconKind()).isEqualTo("subnet-public");
        assertThat(subnet.containerKey()).isEqualTo(Layout.azColumnKey("vpc-0prod", "us-east-1a"));
        assertThat(subnet.lines()).containsExactly("public-1a", "10.0.1.0/24");
        assertThat(subnet.badge(Badge.Kind.NACL)).isEqualTo("public");
        assertThat(m.item("subnet-0app1a").publicTier()).isFalse();
        assertThat(m.item("i-0a3").lines()).containsExactly("web-1", "10.0.11.12");
        assertThat(m.item("i-0a3").containerKey()).isEqualTo("subnet-0app1a");
        assertThat(m.item("igw-0a1b").type()).isEqualTo(ItemType.EDGE_NODE);
        assertThat(m.item("vpc-0prod").lines()).containsExactly("prod-vpc", "10.0.0.0/16");
        assertThat(m.item("us-east-1").type()).isEqualTo(ItemType.REGION);
    }

    @Test
    void aMultiAzDatabaseHasAStandbyIconInTheStandbySubnet() {
        RenderModel m = haWeb();
        RenderItem standby = m.item("prod-db|standby");
        assertThat(standby).isNotNull();
        assertThat(standby.iconKind()).isEqualTo("db");
        assertThat(standby.resourceId()).isEqualTo("prod-db");
        assertThat(standby.containerKey()).isEqualTo("subnet-0db1b");
        assertThat(standby.lines().get(0)).contains("standby");
        assertThat(standby.lines().get(1)).isEqualTo("10.0.22.10");
    }

    @Test
    void drawingOrderPutsContainersUnderTheirContent() {
        RenderModel m = haWeb();
        assertThat(m.item("us-east-1").z()).isLessThan(m.item("vpc-0prod").z());
        assertThat(m.item("vpc-0prod").z()).isLessThan(m.item("subnet-0app1a").z());
        assertThat(m.item("subnet-0app1a").z()).isLessThan(m.item("asg-0web").z());
        assertThat(m.item("asg-0web").z()).isLessThan(m.item("i-0a3").z());
        List<Integer> zs = m.items().stream().map(RenderItem::z).toList();
        assertThat(zs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void routeConnectorsGoFromSubnetsToTheTargetsOfTheirRouteTables() {
        RenderModel m = haWeb();
        Set<String> routes = pairs(m, ConnectorKind.ROUTE);
        assertThat(routes).contains("subnet-0pub1a->igw-0a1b", "subnet-0pub1b->igw-0a1b", "subnet-0app1a->nat-0a",
                "subnet-0app1b->nat-0b");
        assertThat(m.connectors()).filteredOn(c -> c.from().equals("subnet-0pub1a") && c.kind() == ConnectorKind.ROUTE)
                .extracting(Connector::label).containsExactly("0.0.0.0/0");
        assertThat(m.connectors()).filteredOn(c -> c.kind() == ConnectorKind.ROUTE).allMatch(Connector::directed);
    }

    @Test
    void loadBalancerConnectorsReachTheTargetsOfItsTargetGroups() {
        RenderModel m = haWeb();
        String lb = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/0a1b2c3d4e5f6a7b";
        assertThat(pairs(m, ConnectorKind.LOAD_BALANCER)).containsExactlyInAnyOrder(lb + "->i-0a3", lb + "->i-0a4", lb + "->i-0b7",
                lb + "->i-0b8");
        assertThat(m.connectors()).filteredOn(c -> c.kind() == ConnectorKind.LOAD_BALANCER).extracting(Connector::label)
                .containsOnly("HTTP 8080");
    }

    @Test
    void aMultiAzDatabaseIsJoinedToItsStandby() {
        assertThat(pairs(haWeb(), ConnectorKind.REPLICATION)).containsExactly("prod-db->prod-db|standby");
    }

    @Test
    void peeringJoinsBothVpcsThroughTheConnectionAndTransitGatewaysTheirVpcs() {
        Document doc = Fixtures.everyKind();
        RenderModel m = RenderModelBuilder.build(doc, Locale.ENGLISH);
        Set<String> peering = pairs(m, ConnectorKind.PEERING);
        assertThat(peering).contains("vpc-1->pcx-1", "pcx-1->vpc-2", "vpc-2->tgw-1");
        assertThat(m.connectors()).filteredOn(c -> c.kind() == ConnectorKind.PEERING).noneMatch(Connector::directed);
    }

    @Test
    void securityGroupReferencesJoinMembers() {
        RenderModel m = RenderModelBuilder.build(Fixtures.smallNetwork(), Locale.ENGLISH);
        assertThat(pairs(m, ConnectorKind.SECURITY_GROUP)).containsExactly("i-web->i-app");
        assertThat(m.connectors()).filteredOn(c -> c.kind() == ConnectorKind.SECURITY_GROUP).extracting(Connector::label)
                .containsExactly("TCP 8080");
    }

    @Test
    void connectorPathsAreOrthogonalAndEndOnTheirElements() {
        RenderModel m = haWeb();
        assertThat(m.routedConnectors()).isNotEmpty();
        for (RoutedConnector r : m.routedConnectors()) {
            double[] p = r.points();
            for (int i = 0; i + 3 < p.length; i += 2) {
                boolean straight = Math.abs(p[i] - p[i + 2]) < 1e-6 || Math.abs(p[i + 1] - p[i + 3]) < 1e-6;
                assertThat(straight).as("segment %d of %s", i / 2, r.connector()).isTrue();
            }
            Bounds to = ItemGeometry.port(m.item(r.connector().to()));
            double ex = p[p.length - 2];
            double ey = p[p.length - 1];
            Bounds grown = Bounds.of(to.x() - 0.01, to.y() - 0.01, to.width() + 0.02, to.height() + 0.02);
            assertThat(grown.contains(ex, ey)).as("%s ends on its target", r.connector()).isTrue();
        }
    }

    @Test
    void aLineNeverAttachesBelowANodeWhereItsLabelsAre() {
        RenderModel m = haWeb();
        for (RoutedConnector r : m.routedConnectors()) {
            RenderItem to = m.item(r.connector().to());
            if (to.type() == ItemType.NODE) {
                double[] p = r.points();
                assertThat(p[p.length - 1]).as("%s", r.connector()).isLessThan(ItemGeometry.port(to).maxY());
            }
        }
    }

    @Test
    void aRouteFromASubnetUnderAnotherGoesRoundItNotThroughIt() {
        RenderModel m = RenderModelBuilder.build(Samples.load("broken-network"), Locale.ENGLISH);
        RoutedConnector route = m.routedConnectors().stream()
                .filter(r -> r.connector().from().equals("subnet-0app") && r.connector().to().equals("igw-0shop"))
                .findFirst().orElseThrow();
        Bounds above = m.item("subnet-0web").bounds();
        Bounds inner = Bounds.of(above.x() + 1, above.y() + 1, above.width() - 2, above.height() - 2);
        double[] p = route.points();
        for (int i = 0; i + 3 < p.length; i += 2) {
            Bounds seg = Bounds.of(Math.min(p[i], p[i + 2]), Math.min(p[i + 1], p[i + 3]),
                    Math.max(0.01, Math.abs(p[i + 2] - p[i])), Math.max(0.01, Math.abs(p[i + 3] - p[i + 1])));
            assertThat(seg.intersects(inner)).as("segment %d of app-private's route runs through web-public", i / 2).isFalse();
        }
        // a subnet with nothing in the way keeps the direct line up from its top
        RoutedConnector direct = m.routedConnectors().stream()
                .filter(r -> r.connector().from().equals("subnet-0web") && r.connector().to().equals("igw-0shop"))
                .findFirst().orElseThrow();
        assertThat(direct.points()[1]).isEqualTo(above.y());
    }

    @Test
    void hitTestingPicksTheTopmostElement() {
        RenderModel m = haWeb();
        RenderItem inst = m.item("i-0a3");
        assertThat(m.hitTest(inst.centerX(), inst.centerY()).key()).isEqualTo("i-0a3");
        RenderItem subnet = m.item("subnet-0db1a");
        assertThat(m.hitTest(subnet.bounds().x() + 4, subnet.bounds().maxY() - 4).key()).isEqualTo("subnet-0db1a");
        RenderItem vpc = m.item("vpc-0prod");
        assertThat(m.hitTest(vpc.bounds().x() + 4, vpc.bounds().y() + 30).key()).isEqualTo("vpc-0prod");
        assertThat(m.hitTest(-10_000, -10_000)).isNull();
        assertThat(m.hitTest(inst.centerX(), inst.centerY(), it -> it.type() == ItemType.SUBNET).key()).isEqualTo("subnet-0app1a");
    }

    @Test
    void descendantsAndAncestorsFollowContainment() {
        RenderModel m = haWeb();
        assertThat(m.withDescendants(List.of("subnet-0app1a"))).contains("subnet-0app1a", "i-0a3", "i-0a4").doesNotContain("i-0b7");
        assertThat(m.ancestorsOf("i-0a3")).containsExactly("subnet-0app1a", "vpc-0prod|us-east-1a", "vpc-0prod", "us-east-1");
        RenderModel moved = m.withMoved(List.of("subnet-0app1a"), 16, 32);
        assertThat(moved.item("i-0a3").bounds()).isEqualTo(m.item("i-0a3").bounds().translate(16, 32));
        assertThat(moved.item("i-0b7").bounds()).isEqualTo(m.item("i-0b7").bounds());
    }

    @Test
    void elementsWithoutLayoutArePlacedAndPlacedOnesStay() {
        Document doc = Samples.load("ha-web");
        Layout partial = doc.layout().with("i-0a3", null).with("nat-0a", null);
        Document missing = doc.withLayout(partial);
        RenderModel m = RenderModelBuilder.build(missing, Locale.ENGLISH);
        assertThat(m.item("i-0a3")).isNotNull();
        assertThat(m.item("nat-0a")).isNotNull();
        assertThat(m.item("subnet-0pub1a").bounds().contains(m.item("nat-0a").bounds())).isTrue();
        assertThat(m.item("i-0a4").bounds()).isEqualTo(doc.layout().get("i-0a4"));
        assertThat(m.item("vpc-0prod").bounds()).isEqualTo(doc.layout().get("vpc-0prod"));

        RenderModel unplaced = RenderModelBuilder.build(Fixtures.smallNetwork(), Locale.ENGLISH);
        assertThat(unplaced.item("i-web")).isNotNull();
        assertThat(unplaced.item("subnet-public").bounds().contains(unplaced.item("i-web").bounds())).isTrue();
    }

    @Test
    void koreanLabelsComeFromTheCanvasBundle() {
        RenderModel m = RenderModelBuilder.build(Samples.load("ha-web"), Locale.KOREAN);
        assertThat(m.item("prod-db|standby").line(0)).isEqualTo("prod-db 대기");
        assertThat(m.item("asg-0web").line(1)).startsWith("Auto Scaling 그룹");
    }
}
