package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import java.util.Objects;

/**
 * Deletes a numbered rule of a network ACL, found by direction and rule number.
 *
 * @param aclId the network ACL
 * @param direction the rule's direction
 * @param ruleNumber the rule's number
 */
public record RemoveNaclEntry(String aclId, TrafficDirection direction, int ruleNumber) implements Command {

    /** Validates. */
    public RemoveNaclEntry {
        Objects.requireNonNull(aclId, "aclId");
        Objects.requireNonNull(direction, "direction");
    }

    @Override
    public Applied apply(Document doc) {
        NetworkAcl before = Lookup.resource(doc, aclId, NetworkAcl.class);
        Document after = doc.with(change(doc));
        int index = RuleLists.indexOf(before, direction, ruleNumber);
        AddNaclEntry inverse = new AddNaclEntry(aclId, before.entries().get(index), index);
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, aclId));
    }

    NetworkAcl change(Document doc) {
        NetworkAcl acl = Lookup.resource(doc, aclId, NetworkAcl.class);
        int index = RuleLists.indexOf(acl, direction, ruleNumber);
        if (index < 0) {
            throw CommandException.of("nacl.noRule", aclId, Descriptions.direction(direction), String.valueOf(ruleNumber));
        }
        return RuleLists.with(acl, RuleLists.removed(acl.entries(), index));
    }

    @Override
    public Message description() {
        return Message.of("command.removeNaclEntry", Descriptions.direction(direction), String.valueOf(ruleNumber), aclId);
    }
}
