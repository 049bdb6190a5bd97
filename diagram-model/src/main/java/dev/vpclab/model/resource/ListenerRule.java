package dev.vpclab.model.resource;

import java.util.List;

/**
 * A listener rule (ALB): evaluated by priority, lowest number first; the first rule whose conditions all match
 * decides. The default rule is the listener's {@link Listener#defaultActions()}.
 *
 * @param id the rule ARN or a short id
 * @param name Name tag
 * @param listenerId its listener
 * @param priority 1–50000, unique per listener
 * @param conditions AND-ed conditions
 * @param actions the actions; the last is forward, redirect or fixed-response
 */
public record ListenerRule(String id, String name, String listenerId, int priority, List<RuleCondition> conditions,
                           List<ListenerAction> actions) implements Resource {
    /** Validates. */
    public ListenerRule {
        Req.id(id, "Listener rule");
        name = Req.name(name);
        Req.ref(listenerId, "the rule's listener");
        Req.range(priority, 1, 50000, "rule priority");
        conditions = Req.list(conditions);
        actions = Req.list(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("listener rule " + id + " needs an action");
        }
    }
}
