package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import java.util.List;
import java.util.Objects;

/**
 * Adds an allow rule to a security group. Refuses a rule that matches an existing one apart from its
 * description, as AWS does ("InvalidPermission.Duplicate",
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
 *
 * @param groupId the security group
 * @param direction inbound or outbound
 * @param rule the new rule
 * @param index where it goes in that direction's list, or -1 for the end
 */
public record AddSecurityGroupRule(String groupId, TrafficDirection direction, SecurityGroupRule rule, int index)
        implements Command {

    /** Validates. */
    public AddSecurityGroupRule {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * @param groupId the security group
     * @param direction inbound or outbound
     * @param rule the new rule, added at the end
     */
    public AddSecurityGroupRule(String groupId, TrafficDirection direction, SecurityGroupRule rule) {
        this(groupId, direction, rule, -1);
    }

    @Override
    public Applied apply(Document doc) {
        SecurityGroup changed = change(doc);
        Document after = doc.with(changed);
        int at = index >= 0 ? index : RuleLists.rules(changed, direction).size() - 1;
        RemoveSecurityGroupRule inverse = new RemoveSecurityGroupRule(groupId, direction, at);
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, groupId));
    }

    SecurityGroup change(Document doc) {
        SecurityGroup group = Lookup.resource(doc, groupId, SecurityGroup.class);
        List<SecurityGroupRule> rules = RuleLists.rules(group, direction);
        if (RuleLists.duplicates(rules, rule, -1)) {
            throw CommandException.of("sg.duplicate", groupId, Descriptions.direction(direction), Descriptions.rule(rule));
        }
        RuleLists.checkPosition(rules.size(), index, groupId);
        return RuleLists.with(group, direction, RuleLists.inserted(rules, index, rule));
    }

    @Override
    public Message description() {
        return Message.of("command.addSecurityGroupRule", Descriptions.direction(direction), Descriptions.rule(rule), groupId);
    }
}
