package dev.vpclab.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.Packet;
import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.engine.testing.Rules;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs traces for tests and checks what every trace must satisfy: the verdict-only path agrees with the full
 * trace, every sentence exists in English and Korean, and a reachable trace's reply undoes its request.
 */
final class TraceCheck {

    private TraceCheck() {
    }

    /**
     * The checklist's default network: VPC 10.0.0.0/16 with an internet gateway, public subnet P 10.0.1.0/24
     * (rtb-p: local, 0/0 → igw-a), private subnet Q 10.0.2.0/24 (main table: local only), default ACLs, and a
     * group sg-open that lets everything in.
     */
    static NetworkBuilder base() {
        return new NetworkBuilder()
                .vpc("vpc-a", "10.0.0.0/16").igw("igw-a", "vpc-a")
                .subnet("subnet-p", "vpc-a", "a", "10.0.1.0/24").routeTable("rtb-p", "vpc-a", "0.0.0.0/0", "igw-a")
                .associate("subnet-p", "rtb-p")
                .subnet("subnet-q", "vpc-a", "a", "10.0.2.0/24")
                .sg("sg-open", "vpc-a", Rules.sg("all", "all", "0.0.0.0/0"));
    }

    static Trace tcp(Network net, String from, String to, int port) {
        return run(net, request(net, from, to, "tcp", port));
    }

    static Trace tcp(NetworkBuilder b, String from, String to, int port) {
        return tcp(b.network(), from, to, port);
    }

    static TraceRequest request(Network net, String from, String to, String protocol, int port) {
        return new TraceRequest(Endpoints.resolve(net, from), Endpoints.resolve(net, to), Protocol.parse(protocol), port, 0, null, null);
    }

    static Trace run(Network net, TraceRequest request) {
        Tracer tracer = new Tracer(net);
        Trace t = tracer.trace(request);
        Trace verdict = tracer.verdict(request);
        assertThat(verdict.reachable()).as("verdict-only run agrees").isEqualTo(t.reachable());
        assertThat(verdict.explanationCode()).isEqualTo(t.explanationCode());
        assertThat(verdict.blockingComponent()).isEqualTo(t.blockingComponent());
        assertThat(tracer.reachable(request)).isEqualTo(t.reachable());
        assertSentences(t);
        if (t.reachable()) {
            assertReplyUndoesRequest(t);
        } else {
            assertThat(t.blockingComponent()).isNotNull();
            assertThat(t.explanation()).isNotNull();
            Hop last = t.blockingComponent().direction() == TraceDirection.FORWARD ? last(t.forward()) : last(t.returnPath());
            assertThat(last.component()).as("the blocking component is the last hop").isEqualTo(t.blockingComponent().id());
        }
        return t;
    }

    private static Hop last(List<Hop> hops) {
        return hops.get(hops.size() - 1);
    }

    static void assertSentences(Trace t) {
        List<Message> all = new ArrayList<>();
        for (Hop h : t.allHops()) {
            for (Step s : h.steps()) {
                all.add(s.sentence());
            }
        }
        all.add(t.explanation());
        if (t.suggestedFix() != null) {
            all.add(t.suggestedFix().message());
        }
        for (Message m : all) {
            String en = m.format(Locale.ENGLISH);
            String ko = m.format(Locale.KOREAN);
            assertThat(en).as("English for %s", m.key()).doesNotStartWith("trace.").doesNotContain("{");
            assertThat(ko).as("Korean for %s", m.key()).doesNotStartWith("trace.").doesNotContain("{").isNotEqualTo(en);
        }
    }

    /**
     * The reply ends where the request began, with addresses and ports swapped back (every translation undone),
     * and stateful devices (NAT gateways, load balancers) appear on the way back in reverse order.
     */
    static void assertReplyUndoesRequest(Trace t) {
        Packet first = t.forward().get(0).steps().get(0).packet();
        Hop lastHop = last(t.returnPath());
        Step lastStep = lastHop.lastStep();
        assertThat(lastStep.action()).isEqualTo(StepAction.DELIVER);
        assertThat(lastStep.packet()).as("the reply arrives as the request's mirror").isEqualTo(first.reversed());
        List<String> statefulForward = stateful(t.forward());
        List<String> statefulBack = stateful(t.returnPath());
        java.util.Collections.reverse(statefulBack);
        assertThat(statefulBack).isEqualTo(statefulForward);
    }

    private static List<String> stateful(List<Hop> hops) {
        List<String> out = new ArrayList<>();
        for (Hop h : hops) {
            if ((h.type() == ComponentType.NAT_GATEWAY || h.type() == ComponentType.LOAD_BALANCER)
                    && (out.isEmpty() || !out.get(out.size() - 1).equals(h.component()))) {
                out.add(h.component());
            }
        }
        return out;
    }

    static List<String> components(List<Hop> hops) {
        return hops.stream().map(Hop::component).toList();
    }

    static List<String> rules(List<Hop> hops) {
        List<String> out = new ArrayList<>();
        for (Hop h : hops) {
            for (Step s : h.steps()) {
                if (s.rule() != null) {
                    out.add(s.rule());
                }
            }
        }
        return out;
    }
}
