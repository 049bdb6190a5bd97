package dev.vpclab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Packet;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetSelectionTest {

    private static LoadBalancer lb(LoadBalancer.Type type, boolean crossZone) {
        return new LoadBalancer("lb", "lb", type, LoadBalancer.Scheme.INTERNAL, "vpc-1", List.of(), List.of(), Map.of(), Map.of(), "", crossZone,
                60, null);
    }

    private static CompiledTargetGroup group(TargetGroup.TargetType type, Listener.ListenerProtocol protocol, TargetGroupAttributes.CrossZone cz,
                                             Boolean preserve) {
        TargetGroup tg = new TargetGroup("tg", "tg", "vpc-1", type, protocol, 80, null,
                new TargetGroupAttributes(null, null, 0, null, 300, 0, cz, preserve, 1), List.of());
        return new CompiledTargetGroup(tg, List.of());
    }

    @Test
    void crossZoneDefaultsDifferByLoadBalancerType() {
        var use = group(TargetGroup.TargetType.INSTANCE, Listener.ListenerProtocol.HTTP, TargetGroupAttributes.CrossZone.USE_LOAD_BALANCER, null);
        assertThat(use.crossZone(lb(LoadBalancer.Type.APPLICATION, false))).isTrue();
        assertThat(use.crossZone(lb(LoadBalancer.Type.NETWORK, false))).isFalse();
        assertThat(use.crossZone(lb(LoadBalancer.Type.NETWORK, true))).isTrue();
        var off = group(TargetGroup.TargetType.INSTANCE, Listener.ListenerProtocol.HTTP, TargetGroupAttributes.CrossZone.OFF, null);
        assertThat(off.crossZone(lb(LoadBalancer.Type.APPLICATION, true))).isFalse();
    }

    @Test
    void clientIpPreservationDefaultsFollowAws() {
        LoadBalancer nlb = lb(LoadBalancer.Type.NETWORK, false);
        var cz = TargetGroupAttributes.CrossZone.USE_LOAD_BALANCER;
        assertThat(group(TargetGroup.TargetType.INSTANCE, Listener.ListenerProtocol.TCP, cz, null).preservesClientIp(nlb)).isTrue();
        assertThat(group(TargetGroup.TargetType.IP, Listener.ListenerProtocol.TCP, cz, null).preservesClientIp(nlb)).isFalse();
        assertThat(group(TargetGroup.TargetType.IP, Listener.ListenerProtocol.UDP, cz, null).preservesClientIp(nlb)).isTrue();
        assertThat(group(TargetGroup.TargetType.IP, Listener.ListenerProtocol.TCP, cz, true).preservesClientIp(nlb)).isTrue();
        assertThat(group(TargetGroup.TargetType.INSTANCE, Listener.ListenerProtocol.HTTP, cz, null)
                .preservesClientIp(lb(LoadBalancer.Type.APPLICATION, true))).isFalse();
    }

    @Test
    void theHeaviestWeightedGroupWinsFirstOnATie() {
        var f = new ListenerAction.Forward(List.of(new ListenerAction.WeightedTargetGroup("a", 20), new ListenerAction.WeightedTargetGroup("b", 80),
                new ListenerAction.WeightedTargetGroup("c", 80)), 0);
        assertThat(TargetSelection.heaviest(f).targetGroupId()).isEqualTo("b");
        var zero = new ListenerAction.Forward(List.of(new ListenerAction.WeightedTargetGroup("a", 0), new ListenerAction.WeightedTargetGroup("b", 0)), 0);
        assertThat(TargetSelection.heaviest(zero)).isNull();
    }

    @Test
    void theFlowHashIsStableAndSpreadsConnections() {
        Packet p = Packet.tcp(Ipv4Address.parse("198.51.100.7"), 50000, Ipv4Address.parse("10.0.1.5"), 443);
        assertThat(TargetSelection.flowHash(p)).isEqualTo(TargetSelection.flowHash(p)).isNotNegative();
        int[] buckets = new int[4];
        for (int port = 1024; port < 5024; port++) {
            buckets[TargetSelection.flowHash(p.withSource(p.source(), port)) % 4]++;
        }
        for (int b : buckets) {
            assertThat(b).isBetween(800, 1200);
        }
    }

    @Test
    void candidatesRespectZonesWithoutCrossZone() {
        TargetGroup tg = new TargetGroup("tg", "tg", "vpc-1", TargetGroup.TargetType.IP, Listener.ListenerProtocol.TCP, 80, null, null, List.of());
        var a = new ResolvedTarget(TargetRegistration.of("10.0.1.5"), Ipv4Address.parse("10.0.1.5"), 80, null, "us-east-1a");
        var b = new ResolvedTarget(TargetRegistration.of("10.0.2.5"), Ipv4Address.parse("10.0.2.5"), 80, null, "us-east-1b");
        var all = new ResolvedTarget(TargetRegistration.of("192.168.1.5"), Ipv4Address.parse("192.168.1.5"), 80, null, null);
        var g = new CompiledTargetGroup(tg, List.of(a, b, all));
        assertThat(TargetSelection.candidates(g, false, "us-east-1a")).containsExactly(a, all);
        assertThat(TargetSelection.candidates(g, true, "us-east-1a")).containsExactly(a, b, all);
    }
}
