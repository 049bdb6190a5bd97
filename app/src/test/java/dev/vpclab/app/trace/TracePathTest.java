package dev.vpclab.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.Resource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the canvas draws for a trace, and where the envelope stands at each hop. */
class TracePathTest {

    private static String id(Document doc, Class<? extends Resource> type, String name) {
        return doc.all(type).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void aReplyDroppedLeavingTheServerEndsAtTheServer() {
        Traced t = Traced.saved("broken-network", "Visit the shop");
        Document doc = t.result.document();
        String client = doc.all(InternetClient.class).get(0).id();
        String web = id(doc, Instance.class, "web");
        assertThat(t.path.forward()).containsExactly(client, "igw-0shop", web);
        assertThat(t.path.back()).containsExactly(web);
        assertThat(t.path.droppedAt()).isEqualTo(web);
    }

    @Test
    void aReachableRequestThroughTheLoadBalancerGoesThereAndBack() {
        Traced t = Traced.saved("ha-web", "HTTPS to the API");
        Document doc = t.result.document();
        String client = doc.all(InternetClient.class).get(0).id();
        String lb = doc.all(LoadBalancer.class).get(0).id();
        String target = t.result.trace().target().split(" ")[0];
        assertThat(t.path.forward()).containsExactly(client, "igw-0a1b", lb, target);
        assertThat(t.path.back()).containsExactly(target, lb, "igw-0a1b", client);
        assertThat(t.path.droppedAt()).isNull();
    }

    @Test
    void aPacketTheGatewayCannotTranslateIsDroppedAtTheGateway() {
        Traced t = Traced.saved("broken-network", "App server downloads updates");
        String app = id(t.result.document(), Instance.class, "app");
        assertThat(t.path.forward()).containsExactly(app, "igw-0shop");
        assertThat(t.path.droppedAt()).isEqualTo("igw-0shop");
        assertThat(t.path.back()).isEmpty();
    }

    @Test
    void aPacketWithNoRouteIsStuckWhereItIs() {
        Traced t = Traced.saved("broken-network", "Worker downloads updates");
        Document doc = t.result.document();
        String nat = id(doc, NatGateway.class, "shop-nat");
        assertThat(t.path.forward()).containsExactly(id(doc, Instance.class, "worker"), nat);
        assertThat(t.path.droppedAt()).isEqualTo(nat);
    }

    @Test
    void theEnvelopeWalksTheRequestPathAndBack() {
        Traced t = Traced.saved("ha-web", "HTTPS to the API");
        List<String> f = t.path.forward();
        // four elements on a line, 100 apart: the request's stops are at 0, 1/3, 2/3 and 1
        Map<String, double[]> at = Map.of(f.get(0), new double[] {0, 0}, f.get(1), new double[] {100, 0},
                f.get(2), new double[] {200, 0}, f.get(3), new double[] {300, 0});
        double[] stops = MarkerTrack.stops(t.rows, f, at::get);
        assertThat(stops).hasSize(t.rows.size());
        for (HopRow r : t.rows) {
            double s = stops[r.number() - 1];
            assertThat(s).as("row %d", r.number()).isBetween(0.0, 1.0);
            if (r.device() && r.place() != null) {
                assertThat(s).as("row %d sits at its element", r.number()).isCloseTo(f.indexOf(r.place()) / 3.0,
                        org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        assertThat(stops[0]).isZero();
        assertThat(stops[stops.length - 1]).as("the reply ends where the request began").isZero();
        int deliveredAtTarget = t.rows.stream().filter(r -> r.device() && f.get(3).equals(r.place())).findFirst().orElseThrow().number();
        assertThat(stops[deliveredAtTarget - 1]).isEqualTo(1.0);
    }

    @Test
    void checksBetweenTwoDevicesSitBetweenThem() {
        Traced t = Traced.saved("broken-network", "Visit the shop");
        List<String> f = t.path.forward();
        Map<String, double[]> at = Map.of(f.get(0), new double[] {0, 0}, f.get(1), new double[] {100, 0}, f.get(2), new double[] {200, 0});
        double[] stops = MarkerTrack.stops(t.rows, f, at::get);
        // igw (0.5), NACL and SG between igw and web, web (1.0); the reply held at web
        assertThat(stops).containsExactly(new double[] {0, 0.5, 2 / 3.0, 5 / 6.0, 1, 1, 1, 1}, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPathThatCannotBeDrawnHasNoEnvelope() {
        Traced t = Traced.saved("broken-network", "Visit the shop");
        double[] stops = MarkerTrack.stops(t.rows, t.path.forward(), k -> null);
        assertThat(java.util.Arrays.stream(stops).allMatch(Double::isNaN)).isTrue();
    }
}
