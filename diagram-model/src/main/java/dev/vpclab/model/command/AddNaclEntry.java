package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.List;
import java.util.Objects;

/**
 * Adds a numbered rule to a network ACL. Refuses a number already used in that direction and one outside
 * AWS's 1–32766.
 *
 * @param aclId the network ACL
 * @param entry the new rule
 * @param position where it goes in the ACL's stored list, or -1 for its place in rule-number order
 */
public record AddNaclEntry(String aclId, NetworkAclEntry entry, int position) implements Command {

    /** Validates. */
    public AddNaclEntry {
        Objects.requireNonNull(aclId, "aclId");
        Objects.requireNonNull(entry, "entry");
    }

    /**
     * @param aclId the network ACL
     * @param entry the new rule, stored in rule-number order
     */
    public AddNaclEntry(String aclId, NetworkAclEntry entry) {
        this(aclId, entry, -1);
    }

    @Override
    public Applied apply(Document doc) {
        Document after = doc.with(change(doc));
        RemoveNaclEntry inverse = new RemoveNaclEntry(aclId, entry.direction(), entry.ruleNumber());
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, aclId));
    }

    NetworkAcl change(Document doc) {
        NetworkAcl acl = Lookup.resource(doc, aclId, NetworkAcl.class);
        RuleLists.checkRuleNumber(acl, entry);
        if (RuleLists.indexOf(acl, entry.direction(), entry.ruleNumber()) >= 0) {
            throw CommandException.of("nacl.duplicate", aclId, Descriptions.direction(entry.direction()),
                    String.valueOf(entry.ruleNumber()));
        }
        RuleLists.checkPosition(acl.entries().size(), position, aclId);
        int at = position >= 0 ? position : orderedPosition(acl.entries());
        return RuleLists.with(acl, RuleLists.inserted(acl.entries(), at, entry));
    }

    private int orderedPosition(List<NetworkAclEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            NetworkAclEntry e = entries.get(i);
            int c = e.direction().compareTo(entry.direction());
            if (c > 0 || (c == 0 && e.ruleNumber() > entry.ruleNumber())) {
                return i;
            }
        }
        return entries.size();
    }

    @Override
    public Message description() {
        return Message.of("command.addNaclEntry", Descriptions.direction(entry.direction()),
                String.valueOf(entry.ruleNumber()), aclId);
    }
}
