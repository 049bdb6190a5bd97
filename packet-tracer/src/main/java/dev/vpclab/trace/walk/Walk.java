package dev.vpclab.trace.walk;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.Packet;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;
import dev.vpclab.trace.TraceDirection;
import dev.vpclab.trace.fix.SuggestedFix;
import java.util.List;
import java.util.function.Supplier;

/**
 * One packet's journey in one direction: the packet as it is now, the hops so far, and the block if it stopped.
 * In verdict-only walks ({@code explain} false) no step, sentence or fix is built.
 */
final class Walk {

    /** More hops than any sane path takes: the walk is in a routing loop. */
    static final int HOP_BUDGET = 64;

    final Network net;
    final boolean explain;
    final TraceDirection direction;
    final boolean reply;
    final FlowState flow;
    final HopRecorder hops = new HopRecorder();
    final List<String> hints;
    Packet packet;
    Ipv4Address routeTo;
    Block block;
    int budget = HOP_BUDGET;

    Walk(Network net, boolean explain, TraceDirection direction, boolean reply, FlowState flow, Packet packet, List<String> hints) {
        this.net = net;
        this.explain = explain;
        this.direction = direction;
        this.reply = reply;
        this.flow = flow;
        this.packet = packet;
        this.hints = hints;
    }

    /** @return where the packet is being routed: its destination, or the load balancer node a preserved-IP reply returns to */
    Ipv4Address target() {
        return routeTo != null ? routeTo : packet.destination();
    }

    void step(String component, ComponentType type, String label, StepKind kind, String rule, StepAction action, String key,
              Object... args) {
        if (explain) {
            hops.add(component, type, label, new Step(kind, rule, action, packet, key, Msg.text(args)));
        }
    }

    /**
     * Stops the walk: records a DENY or DROP step at the component and remembers the block.
     *
     * @return null, for {@code return w.fail(…)}
     */
    Arrival fail(String code, String component, ComponentType type, String label, StepKind kind, String rule,
                 Supplier<Message> explanation, Supplier<SuggestedFix> fix) {
        Message m = explain ? explanation.get() : null;
        if (explain) {
            StepAction action = kind == StepKind.NETWORK_ACL || kind == StepKind.SECURITY_GROUP ? StepAction.DENY : StepAction.DROP;
            hops.add(component, type, label, new Step(kind, rule, action, packet, m.key(), m.args().toArray()));
        }
        block = new Block(code, component, type, direction, rule, m, explain && fix != null ? fix.get() : null);
        return null;
    }

    void hint(String code) {
        if (!hints.contains(code)) {
            hints.add(code);
        }
    }
}
