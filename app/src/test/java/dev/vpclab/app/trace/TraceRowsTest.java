package dev.vpclab.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.TraceDirection;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The event list built from traces of the samples: one row per hop, with direction, decision, rule and place. */
class TraceRowsTest {

    private static String idOf(Document doc, Class<? extends dev.vpclab.model.resource.Resource> type, String name) {
        return doc.all(type).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theShopVisitIsFiveHopsInAndThreeBackTheLastDeniedByTheAcl() {
        Traced t = Traced.saved("broken-network", "Visit the shop");
        assertThat(t.rows).extracting(HopRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(t.rows).extracting(HopRow::direction).containsExactly(TraceDirection.FORWARD, TraceDirection.FORWARD,
                TraceDirection.FORWARD, TraceDirection.FORWARD, TraceDirection.FORWARD, TraceDirection.RETURN, TraceDirection.RETURN,
                TraceDirection.RETURN);
        assertThat(t.rows).extracting(HopRow::decision).containsExactly(Decision.SENT, Decision.NAT, Decision.ALLOW, Decision.ALLOW,
                Decision.DELIVERED, Decision.SENT, Decision.ALLOW, Decision.DENY);
        assertThat(t.rows).extracting(r -> r.hop().type()).containsExactly(ComponentType.INTERNET, ComponentType.INTERNET_GATEWAY,
                ComponentType.NETWORK_ACL, ComponentType.SECURITY_GROUP, ComponentType.NETWORK_INTERFACE, ComponentType.NETWORK_INTERFACE,
                ComponentType.SECURITY_GROUP, ComponentType.NETWORK_ACL);
        assertThat(t.rows).extracting(HopRow::blocking).containsExactly(false, false, false, false, false, false, false, true);
        assertThat(t.row(3).rule().english()).isEqualTo("acl-0web inbound rule 100: ALLOW TCP 80 from 0.0.0.0/0");
        assertThat(t.row(8).rule().english()).isEqualTo("acl-0web outbound rule *: DENY all to 0.0.0.0/0");
        assertThat(t.row(8).component()).isEqualTo("acl-0web");
    }

    @Test
    void rowsWithoutARuleSayWhatHappenedInBothLanguages() {
        Traced t = Traced.saved("broken-network", "Visit the shop");
        assertThat(t.row(1).rule().english()).isEqualTo("sent from 198.51.100.77:49152");
        assertThat(t.row(2).rule().english()).isEqualTo("1:1 NAT destination 203.0.113.50:80 \u2192 10.1.1.10:80");
        assertThat(t.row(5).rule().english()).isEqualTo("delivered to 10.1.1.10:80");
        assertThat(t.row(7).rule().english()).isEqualTo("connection tracking (security groups are stateful)");
        assertThat(t.row(5).rule().format(Locale.KOREAN)).isEqualTo("10.1.1.10:80에 전달");
    }

    @Test
    void theSimulatedClockOnlyMovesForward() {
        Traced t = Traced.saved("ha-web", "HTTPS to the API");
        assertThat(t.row(1).timeMs()).isZero();
        for (int i = 1; i < t.rows.size(); i++) {
            assertThat(t.rows.get(i).timeMs()).isGreaterThan(t.rows.get(i - 1).timeMs());
        }
        HopRow listener = t.rows.stream().filter(r -> r.hop().type() == ComponentType.LOAD_BALANCER).findFirst().orElseThrow();
        HopRow before = t.rows.get(listener.number() - 2);
        assertThat(listener.timeMs() - before.timeMs()).as("a load balancer parsing a request takes longest")
                .isGreaterThan(0.2);
    }

    @Test
    void eachHopHappensWhereItIsDrawn() {
        Traced t = Traced.saved("broken-network", "Visit the shop");
        Document doc = t.result.document();
        assertThat(t.row(1).place()).isEqualTo(doc.all(InternetClient.class).get(0).id());
        assertThat(t.row(2).place()).isEqualTo("igw-0shop");
        assertThat(t.row(3).place()).as("an inbound ACL guards the subnet it lets the packet into")
                .isEqualTo(idOf(doc, Subnet.class, "web-public"));
        assertThat(t.row(4).place()).as("a security group guards the instance").isEqualTo(idOf(doc, Instance.class, "web"));
        assertThat(t.row(5).place()).isEqualTo(idOf(doc, Instance.class, "web"));
        assertThat(t.row(8).place()).isEqualTo(idOf(doc, Subnet.class, "web-public"));
        assertThat(t.rows).extracting(HopRow::device).containsExactly(true, true, false, false, true, true, false, false);
    }

    @Test
    void theApiCallIsRoutedByTheListenerRuleToATarget() {
        Traced t = Traced.saved("ha-web", "HTTPS to the API");
        assertThat(t.result.trace().reachable()).isTrue();
        assertThat(t.rows).noneMatch(HopRow::blocking);
        HopRow lb = t.rows.stream().filter(r -> r.hop().type() == ComponentType.LOAD_BALANCER).findFirst().orElseThrow();
        assertThat(lb.decision()).isEqualTo(Decision.ROUTE);
        assertThat(lb.rule().english()).contains("HTTPS:443").contains("path-pattern /api/*");
        assertThat(lb.place()).isEqualTo(t.result.document().all(LoadBalancer.class).get(0).id());
        HopRow tg = t.rows.stream().filter(r -> r.hop().type() == ComponentType.TARGET_GROUP).findFirst().orElseThrow();
        assertThat(tg.rule().english()).startsWith("\u2192 " + t.result.trace().target());
        assertThat(tg.place()).as("a target group is not drawn: the hop stays at the load balancer").isEqualTo(lb.place());
        assertThat(t.rows.get(t.rows.size() - 1).decision()).isEqualTo(Decision.DELIVERED);
        assertThat(t.rows.get(t.rows.size() - 1).direction()).isEqualTo(TraceDirection.RETURN);
    }
}
