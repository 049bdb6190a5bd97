package dev.vpclab.engine.lb;

import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import java.util.Comparator;
import java.util.List;

/**
 * A listener with its rules sorted by priority, lowest first; the default rule (the listener's default actions)
 * is evaluated last (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html">listener
 * rules</a>).
 */
public final class CompiledListener {

    private final Listener listener;
    private final List<ListenerRule> rules;

    /**
     * @param listener the listener
     * @param rules its rules, any order
     */
    public CompiledListener(Listener listener, List<ListenerRule> rules) {
        this.listener = listener;
        this.rules = rules.stream().sorted(Comparator.comparingInt(ListenerRule::priority).thenComparing(ListenerRule::id)).toList();
    }

    /**
     * @param request the HTTP request
     * @param source the address the load balancer sees it from
     * @return the first rule by priority whose conditions all match, or null for the default rule
     */
    public ListenerRule matchingRule(HttpRequest request, Ipv4Address source) {
        for (ListenerRule r : rules) {
            if (ConditionMatcher.matchesAll(r.conditions(), request, source)) {
                return r;
            }
        }
        return null;
    }

    /**
     * @param rule a rule of this listener, or null for the default rule
     * @return the action that ends the rule (forward, redirect or fixed-response), or null when there is none
     */
    public ListenerAction finalAction(ListenerRule rule) {
        List<ListenerAction> actions = rule == null ? listener.defaultActions() : rule.actions();
        return actions.isEmpty() ? null : actions.get(actions.size() - 1);
    }

    /** @return the listener */
    public Listener listener() {
        return listener;
    }

    /** @return its rules by priority */
    public List<ListenerRule> rules() {
        return rules;
    }

    /** @return its port */
    public int port() {
        return listener.port();
    }

    /**
     * @param protocolNumber an IP protocol number (6 TCP, 17 UDP)
     * @return true if the listener accepts that protocol (HTTP/HTTPS/TCP/TLS take TCP, UDP takes UDP, TCP_UDP both)
     */
    public boolean accepts(int protocolNumber) {
        switch (listener.protocol()) {
            case UDP:
                return protocolNumber == 17;
            case TCP_UDP:
                return protocolNumber == 6 || protocolNumber == 17;
            case GENEVE:
                return protocolNumber == 17;
            default:
                return protocolNumber == 6;
        }
    }

    /**
     * @param rule a rule of this listener, or null for the default rule
     * @return "priority 5 (path-pattern /api/*)" or "default rule"
     */
    public static String describe(ListenerRule rule) {
        if (rule == null) {
            return "default rule";
        }
        StringBuilder b = new StringBuilder("rule priority ").append(rule.priority());
        String sep = " (";
        for (var c : rule.conditions()) {
            b.append(sep).append(c.field().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (c.key() != null) {
                b.append(' ').append(c.key());
            }
            b.append(' ').append(String.join(" or ", c.values()));
            sep = " and ";
        }
        if (!rule.conditions().isEmpty()) {
            b.append(')');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return listener.protocol() + ":" + listener.port();
    }
}
