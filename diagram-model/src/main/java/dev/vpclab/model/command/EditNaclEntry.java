package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.Objects;

/**
 * Replaces a numbered rule of a network ACL, found by direction and rule number; the new rule may carry a new
 * number or direction if no other rule has it.
 *
 * @param aclId the network ACL
 * @param direction the rule's direction
 * @param ruleNumber the rule's number
 * @param entry the rule that replaces it
 */
public record EditNaclEntry(String aclId, TrafficDirection direction, int ruleNumber, NetworkAclEntry entry)
        implements Command {

    /** Validates. */
    public EditNaclEntry {
        Objects.requireNonNull(aclId, "aclId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(entry, "entry");
    }

    @Override
    public Applied apply(Document doc) {
        NetworkAcl before = Lookup.resource(doc, aclId, NetworkAcl.class);
        Document after = doc.with(change(doc));
        NetworkAclEntry old = before.entries().get(RuleLists.indexOf(before, direction, ruleNumber));
        EditNaclEntry inverse = new EditNaclEntry(aclId, entry.direction(), entry.ruleNumber(), old);
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, aclId));
    }

    NetworkAcl change(Document doc) {
        NetworkAcl acl = Lookup.resource(doc, aclId, NetworkAcl.class);
        int index = RuleLists.indexOf(acl, direction, ruleNumber);
        if (index < 0) {
            throw CommandException.of("nacl.noRule", aclId, Descriptions.direction(direction), String.valueOf(ruleNumber));
        }
        RuleLists.checkRuleNumber(acl, entry);
        int clash = RuleLists.indexOf(acl, entry.direction(), entry.ruleNumber());
        if (clash >= 0 && clash != index) {
            throw CommandException.of("nacl.duplicate", aclId, Descriptions.direction(entry.direction()),
                    String.valueOf(entry.ruleNumber()));
        }
        return RuleLists.with(acl, RuleLists.replaced(acl.entries(), index, entry));
    }

    @Override
    public Message description() {
        return Message.of("command.editNaclEntry", Descriptions.direction(direction), String.valueOf(ruleNumber), aclId);
    }
}
