package dev.vpclab.app.trace;

import dev.vpclab.engine.Packet;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceDirection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link Trace} into the event list: one row per hop, the request's then the reply's, each with its
 * simulated time, the decision, the deciding rule (or what happened when no rule decided) and where it happens on
 * the canvas. Only renders what the tracer answered; it never decides anything itself.
 */
final class TraceRows {

    private TraceRows() {
    }

    /**
     * @param trace a trace
     * @param places where its hops are drawn
     * @return the rows, numbered from 1
     */
    static List<HopRow> of(Trace trace, HopPlaces places) {
        List<HopRow> rows = new ArrayList<>();
        double time = 0;
        String place = null;
        Packet before = null;
        int blocking = trace.reachable() ? -1 : blockingIndex(trace);
        int n = 0;
        for (TraceDirection d : TraceDirection.values()) {
            for (Hop hop : d == TraceDirection.FORWARD ? trace.forward() : trace.returnPath()) {
                time += HopTiming.cost(hop, n == 0);
                String here = places.place(hop);
                place = here != null ? here : place;
                Decision decision = Decision.of(hop);
                boolean blocks = n == blocking;
                Message rule = rule(trace, hop, before);
                rows.add(new HopRow(n + 1, d, hop, round(time), decision, rule, blocks, place, HopPlaces.isDevice(hop.type())));
                before = hop.lastStep().packet();
                n++;
            }
        }
        return List.copyOf(rows);
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    /** The hop that stopped it: the last one whose decision stops the packet, else the very last. */
    private static int blockingIndex(Trace trace) {
        List<Hop> all = trace.allHops();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (Decision.of(all.get(i)).stops()) {
                return i;
            }
        }
        return all.size() - 1;
    }

    /**
     * @param trace the trace
     * @param hop a hop
     * @param before the packet as the hop got it, or null at the first hop
     * @return the deciding rules as the console names them, or what happened when no rule decided
     */
    static Message rule(Trace trace, Hop hop, Packet before) {
        Set<String> rules = new LinkedHashSet<>();
        for (Step s : hop.steps()) {
            if (s.rule() != null && !s.rule().isBlank() && s.kind() != StepKind.TARGET) {
                rules.add(s.rule());
            }
        }
        if (hop.type() == ComponentType.TARGET_GROUP && trace.target() != null) {
            String algorithm = hop.steps().stream().filter(s -> s.kind() == StepKind.TARGET && s.rule() != null)
                    .map(Step::rule).findFirst().orElse(null);
            rules.add(algorithm == null ? "\u2192 " + trace.target() : "\u2192 " + trace.target() + " (" + algorithm.replace('_', ' ') + ")");
        }
        if (!rules.isEmpty()) {
            return Message.of("tracemode.rule.plain", String.join(" \u00b7 ", rules));
        }
        Packet prev = before;
        for (Step s : hop.steps()) {
            Packet p = s.packet();
            if (s.action() == StepAction.TRANSLATE && prev != null) {
                if (!prev.destination().equals(p.destination()) || prev.destinationPort() != p.destinationPort()) {
                    return Message.of("tracemode.rule.dnat", endpoint(prev.destination(), prev.destinationPort()),
                            endpoint(p.destination(), p.destinationPort()));
                }
                if (!prev.source().equals(p.source()) || prev.sourcePort() != p.sourcePort()) {
                    return Message.of("tracemode.rule.snat", endpoint(prev.source(), prev.sourcePort()), endpoint(p.source(), p.sourcePort()));
                }
            }
            prev = p;
        }
        for (Step s : hop.steps()) {
            if (s.kind() == StepKind.RESPONSE && trace.httpStatus() != null) {
                return Message.of("tracemode.rule.response", trace.httpStatus());
            }
        }
        Step last = hop.lastStep();
        for (Step s : hop.steps()) {
            if (s.action() == StepAction.DELIVER) {
                return Message.of("tracemode.rule.deliver", endpoint(s.packet().destination(), s.packet().destinationPort()));
            }
            if (s.kind() == StepKind.CONNECTION_TRACKING) {
                return Message.of("tracemode.rule.tracked");
            }
        }
        if (hop.steps().get(0).kind() == StepKind.SOURCE) {
            Packet p = hop.steps().get(0).packet();
            return Message.of("tracemode.rule.source", endpoint(p.source(), p.sourcePort()));
        }
        return Message.of(last.action() == StepAction.DROP ? "tracemode.rule.dropped" : "tracemode.rule.forward");
    }

    private static String endpoint(Object address, int port) {
        return port > 0 ? address + ":" + port : address.toString();
    }
}
