package dev.vpclab.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.AttachmentKind;
import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.engine.testing.NetworkGenerator;
import dev.vpclab.model.net.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Laws every trace keeps, checked on generated networks: the reply of a reachable request undoes it (same
 * stateful devices in reverse, every translation undone, back at the source), the verdict-only path agrees
 * with the full trace, and every sentence exists in both languages (all inside {@link TraceCheck#run}).
 */
class TraceProperties {

    private static final Map<Long, Network> NETWORKS = new HashMap<>();

    private static Network network(long seed) {
        return NETWORKS.computeIfAbsent(seed, s -> NetworkCompiler.compile(NetworkGenerator.generate(300, s)));
    }

    private static List<String> endpoints(Network net) {
        List<String> out = new ArrayList<>();
        net.attachments().stream().filter(p -> p.kind() == AttachmentKind.INSTANCE).map(AttachmentPoint::ownerId).sorted().forEach(out::add);
        return out;
    }

    private static String pick(List<String> list, int n) {
        return list.get(Math.floorMod(n, list.size()));
    }

    @Property(tries = 300)
    void everyReachableReplyUndoesItsRequest(@ForAll @IntRange(min = 1, max = 3) int seed, @ForAll int from, @ForAll int to,
                                             @ForAll @IntRange(min = 0, max = 7) int shape) {
        Network net = network(seed);
        List<String> instances = endpoints(net);
        String[] ports = {"443", "8080", "22", "5432", "443", "8080", "443", "22"};
        String src = shape == 0 ? "internet" : pick(instances, from);
        String dst;
        switch (shape) {
            case 1:
                dst = "93.184.216.34";
                break;
            case 2:
                dst = "alb-000";
                break;
            case 3:
                dst = "db-000";
                break;
            case 4:
                dst = "52.216.1.1";
                break;
            default:
                dst = pick(instances, to);
        }
        if (src.equals(dst)) {
            return;
        }
        String protocol = shape == 7 ? "icmp" : "tcp";
        TraceRequest request = TraceCheck.request(net, src, dst, protocol, shape == 3 ? 0 : Integer.parseInt(ports[Math.floorMod(to, 8)]));
        if (shape == 2) {
            request = request.withHttp(HttpRequest.of("shop.example.com", from % 2 == 0 ? "/api/orders" : "/", "GET"));
        }
        TraceCheck.run(net, request);
    }

    @Test
    void generatedNetworksGiveBothVerdicts() {
        Network net = network(1);
        List<String> instances = endpoints(net);
        int reachable = 0;
        int blocked = 0;
        for (int i = 0; i < 120; i++) {
            Trace t = TraceCheck.run(net, TraceCheck.request(net, pick(instances, i * 7), pick(instances, i * 13 + 5), "tcp",
                    i % 2 == 0 ? 8080 : 22));
            if (t.reachable()) {
                reachable++;
            } else {
                blocked++;
            }
        }
        Trace alb = TraceCheck.run(net, TraceCheck.request(net, "internet", "alb-000", "tcp", 443));
        assertThat(reachable).isPositive();
        assertThat(blocked).isPositive();
        assertThat(alb.httpStatus()).isNotNull();
        assertThat(TraceCheck.run(net, TraceCheck.request(net, pick(instances, 1), "db-000", "tcp", 0)).request().protocol())
                .isEqualTo(Protocol.TCP);
    }
}
