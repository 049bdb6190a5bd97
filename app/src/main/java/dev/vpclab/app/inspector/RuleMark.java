package dev.vpclab.app.inspector;

import dev.vpclab.model.net.TrafficDirection;
import javafx.beans.value.ObservableStringValue;

/**
 * What a trace marks in the inspector: the resource a hop was decided at, the rule that decided it (selected and
 * tinted in its editor), and a note saying so ("Deciding rule for trace hop 8 (return).").
 *
 * @param resourceId the network ACL, security group, route table or other resource the hop was decided at
 * @param direction for network ACLs and security groups the direction whose tab opens, or null
 * @param rule the deciding rule: a network ACL rule number ("100") or "*", a route's destination as written
 *     ("0.0.0.0/0"), a security-group rule's index in its direction ("2"); null when no rule matched (no route,
 *     no security-group rule)
 * @param denied true when the rule stopped the packet (drawn red), false when it let the packet pass
 * @param note the sentence shown under the rules, in the UI language
 */
public record RuleMark(String resourceId, TrafficDirection direction, String rule, boolean denied, ObservableStringValue note) {

    /** Validates. */
    public RuleMark {
        if (resourceId == null || resourceId.isBlank()) {
            throw new IllegalArgumentException("a rule mark needs the resource it marks");
        }
    }
}
