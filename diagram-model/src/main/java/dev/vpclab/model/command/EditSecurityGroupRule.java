package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import java.util.List;
import java.util.Objects;

/**
 * Replaces one rule of a security group, found by direction and position; refuses a result that duplicates
 * another rule of the same direction.
 *
 * @param groupId the security group
 * @param direction inbound or outbound
 * @param index the rule's position in that direction's list
 * @param rule the rule that replaces it
 */
public record EditSecurityGroupRule(String groupId, TrafficDirection direction, int index, SecurityGroupRule rule)
        implements Command {

    /** Validates. */
    public EditSecurityGroupRule {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public Applied apply(Document doc) {
        SecurityGroup before = Lookup.resource(doc, groupId, SecurityGroup.class);
        Document after = doc.with(change(doc));
        SecurityGroupRule old = RuleLists.rules(before, direction).get(index);
        EditSecurityGroupRule inverse = new EditSecurityGroupRule(groupId, direction, index, old);
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, groupId));
    }

    SecurityGroup change(Document doc) {
        SecurityGroup group = Lookup.resource(doc, groupId, SecurityGroup.class);
        List<SecurityGroupRule> rules = RuleLists.rules(group, direction);
        if (index < 0 || index >= rules.size()) {
            throw CommandException.of("sg.noRule", groupId, Descriptions.direction(direction), String.valueOf(index + 1));
        }
        if (RuleLists.duplicates(rules, rule, index)) {
            throw CommandException.of("sg.duplicate", groupId, Descriptions.direction(direction), Descriptions.rule(rule));
        }
        return RuleLists.with(group, direction, RuleLists.replaced(rules, index, rule));
    }

    @Override
    public Message description() {
        return Message.of("command.editSecurityGroupRule", Descriptions.direction(direction), Descriptions.rule(rule), groupId);
    }
}
