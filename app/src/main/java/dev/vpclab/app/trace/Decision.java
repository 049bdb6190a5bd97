package dev.vpclab.app.trace;

import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;
import java.util.Locale;

/** What a component did with the packet, as the event list's chip says it. */
public enum Decision {
    /** A rule let it through. */
    ALLOW,
    /** A rule stopped it. */
    DENY,
    /** It was dropped without a rule (no route, no public address, a stopped instance). */
    DROP,
    /** An address or port was rewritten (internet gateway, NAT gateway, a load balancer's own connection). */
    NAT,
    /** A route, a listener rule or a target choice sent it on. */
    ROUTE,
    /** It arrived. */
    DELIVERED,
    /** It was sent on without a decision (the source, a gateway passing it on). */
    SENT;

    /**
     * The chip of a hop: a stop wins over everything, then a routing choice, a translation, an allow, a delivery.
     *
     * @param hop a hop
     * @return what it did
     */
    public static Decision of(Hop hop) {
        boolean route = hop.type() == ComponentType.ROUTE_TABLE || hop.type() == ComponentType.TRANSIT_GATEWAY_ROUTE_TABLE;
        boolean nat = false;
        boolean allow = false;
        boolean deliver = false;
        for (Step s : hop.steps()) {
            if (s.action() == StepAction.DENY) {
                return DENY;
            }
            if (s.action() == StepAction.DROP) {
                return DROP;
            }
            route |= s.kind() == StepKind.ROUTE || s.kind() == StepKind.TRANSIT_GATEWAY_ROUTE || s.kind() == StepKind.LISTENER_RULE
                    || s.kind() == StepKind.TARGET;
            nat |= s.action() == StepAction.TRANSLATE;
            allow |= s.action() == StepAction.ALLOW;
            deliver |= s.action() == StepAction.DELIVER;
        }
        if (route) {
            return ROUTE;
        }
        if (nat) {
            return NAT;
        }
        if (deliver) {
            return DELIVERED;
        }
        return allow ? ALLOW : SENT;
    }

    /** @return true for a decision that ends the trace */
    public boolean stops() {
        return this == DENY || this == DROP;
    }

    /** @return the bundle key of its chip text, e.g. "tracemode.decision.allow" */
    public String key() {
        return "tracemode.decision." + name().toLowerCase(Locale.ROOT);
    }

    /** @return its style class, e.g. "decision-allow" */
    public String styleClass() {
        return "decision-" + name().toLowerCase(Locale.ROOT);
    }
}
