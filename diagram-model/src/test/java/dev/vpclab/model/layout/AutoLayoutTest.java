package dev.vpclab.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Containment;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {

    @Test
    void everyDrawnResourceIsPlacedInsideItsContainer() {
        for (Document doc : List.of(Fixtures.smallNetwork(), Fixtures.everyKind())) {
            Layout layout = AutoLayout.layout(doc);
            for (Resource r : doc.all()) {
                if (!Containment.isDrawn(r)) {
                    continue;
                }
                Bounds b = layout.get(r.id());
                assertThat(b).as("bounds of " + r.id()).isNotNull();
                String container = Containment.containerOf(doc, r);
                if (container == null || layout.get(container) == null) {
                    continue;
                }
                Bounds c = layout.get(container);
                if (straddlesEdge(r)) {
                    double cx = b.x() + b.width() / 2;
                    assertThat(cx).as(r.id() + " sits on its VPC's edge").isBetween(c.x(), c.maxX());
                } else {
                    assertThat(c.contains(b)).as(r.id() + " " + b + " inside " + container + " " + c).isTrue();
                }
            }
        }
    }

    @Test
    void siblingsDoNotOverlap() {
        for (Document doc : List.of(Fixtures.smallNetwork(), Fixtures.everyKind())) {
            Layout layout = AutoLayout.layout(doc);
            Map<String, List<String>> byContainer = new HashMap<>();
            for (Resource r : doc.all()) {
                if (Containment.isDrawn(r) && layout.get(r.id()) != null) {
                    byContainer.computeIfAbsent(String.valueOf(Containment.containerOf(doc, r)), k -> new ArrayList<>()).add(r.id());
                }
            }
            for (List<String> siblings : byContainer.values()) {
                for (int i = 0; i < siblings.size(); i++) {
                    for (int j = i + 1; j < siblings.size(); j++) {
                        assertThat(layout.get(siblings.get(i)).intersects(layout.get(siblings.get(j))))
                                .as(siblings.get(i) + " overlaps " + siblings.get(j)).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void anOnPremisesNetworkSitsUnderTheRegionRightBelowTheGatewayItsVpnEndsOn() {
        Document doc = Fixtures.everyKind();
        Layout layout = AutoLayout.layout(doc);
        Bounds office = layout.get("onprem-1");
        Bounds vgw = layout.get("vgw-1");
        Bounds region = layout.get(doc.get("vpc-2", dev.vpclab.model.resource.Vpc.class).regionId());
        assertThat(office.y()).as("under the Region").isGreaterThan(region.maxY());
        assertThat(office.x() + office.width() / 2).as("under its gateway's icon").isCloseTo(vgw.x() + LayoutMetrics.ICON / 2,
                org.assertj.core.data.Offset.offset(1.0));
        for (Resource r : doc.all()) {
            Bounds b = layout.get(r.id());
            if (b != null && !r.id().equals("onprem-1") && Containment.containerOf(doc, r) == null) {
                assertThat(b.intersects(office)).as("onprem-1 overlaps " + r.id()).isFalse();
            }
        }
        // with nothing left for the outside column, the Region starts at the canvas margin
        String regionId = doc.get("vpc-2", dev.vpclab.model.resource.Vpc.class).regionId();
        Document noClients = doc.without(doc.all(dev.vpclab.model.resource.InternetClient.class).stream().map(Resource::id).toList());
        assertThat(noClients.all(OnPremisesNetwork.class)).hasSize(1);
        assertThat(AutoLayout.layout(noClients).get(regionId).x()).isLessThan(region.x());
    }

    @Test
    void subnetsOfATierShareARowAcrossZonesAndPublicComesFirst() {
        Document doc = Fixtures.everyKind();
        Layout layout = AutoLayout.layout(doc);
        Bounds publicA = layout.get("subnet-public");
        Bounds publicB = layout.get("subnet-public-b");
        Bounds dbA = layout.get("subnet-db-a");
        Bounds dbB = layout.get("subnet-db-b");
        assertThat(publicA.y()).isEqualTo(publicB.y());
        assertThat(dbA.y()).isEqualTo(dbB.y());
        assertThat(publicA.y()).isLessThan(layout.get("subnet-private").y());
        assertThat(layout.get("subnet-private").y()).isLessThan(dbA.y());
        assertThat(publicA.x()).isLessThan(publicB.x());
    }

    @Test
    void anEmptyVpcGetsTwoZoneColumnsToDropSubnetsInto() {
        Document doc = Fixtures.smallNetwork();
        List<Resource> rs = new ArrayList<>(doc.all());
        rs.removeIf(r -> r instanceof Subnet || r.kind().name().equals("INSTANCE") || r.kind().name().equals("NETWORK_INTERFACE"));
        Layout layout = AutoLayout.layout(Document.of(rs, Layout.EMPTY));
        assertThat(layout.get(Layout.azColumnKey("vpc-1", "us-east-1a"))).isNotNull();
        assertThat(layout.get(Layout.azColumnKey("vpc-1", "us-east-1b"))).isNotNull();
    }

    private static boolean straddlesEdge(Resource r) {
        return r instanceof InternetGateway || r instanceof EgressOnlyInternetGateway || r instanceof VirtualPrivateGateway;
    }
}
