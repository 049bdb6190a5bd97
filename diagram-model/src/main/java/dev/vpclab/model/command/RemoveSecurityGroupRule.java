package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import java.util.List;
import java.util.Objects;

/**
 * Deletes one rule of a security group, found by direction and position.
 *
 * @param groupId the security group
 * @param direction inbound or outbound
 * @param index the rule's position in that direction's list
 */
public record RemoveSecurityGroupRule(String groupId, TrafficDirection direction, int index) implements Command {

    /** Validates. */
    public RemoveSecurityGroupRule {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(direction, "direction");
    }

    @Override
    public Applied apply(Document doc) {
        SecurityGroup before = Lookup.resource(doc, groupId, SecurityGroup.class);
        Document after = doc.with(change(doc));
        SecurityGroupRule old = RuleLists.rules(before, direction).get(index);
        AddSecurityGroupRule inverse = new AddSecurityGroupRule(groupId, direction, old, index);
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, groupId));
    }

    SecurityGroup change(Document doc) {
        SecurityGroup group = Lookup.resource(doc, groupId, SecurityGroup.class);
        List<SecurityGroupRule> rules = RuleLists.rules(group, direction);
        if (index < 0 || index >= rules.size()) {
            throw CommandException.of("sg.noRule", groupId, Descriptions.direction(direction), String.valueOf(index + 1));
        }
        return RuleLists.with(group, direction, RuleLists.removed(rules, index));
    }

    @Override
    public Message description() {
        return Message.of("command.removeSecurityGroupRule", Descriptions.direction(direction), String.valueOf(index + 1),
                groupId);
    }
}
