package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.References;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes resources with everything that cannot exist without them (a VPC takes its subnets, instances,
 * interfaces, route tables, ACLs…, see {@link References#planRemoval}), drops the references survivors held to
 * them (a subnet's explicit route table association falls back to the main table), and takes their drawings and
 * those of their Availability Zone columns off the canvas. The inverse restores all of it exactly.
 *
 * <p>As in AWS, a VPC's main route table, default network ACL and default security group cannot be deleted on
 * their own, only with their VPC (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html).
 *
 * @param ids the resources to delete
 */
public record RemoveResources(List<String> ids) implements Command {

    /** Validates. */
    public RemoveResources {
        ids = List.copyOf(new LinkedHashSet<>(ids));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("removing needs at least one id");
        }
    }

    @Override
    public Applied apply(Document doc) {
        ids.forEach(id -> Lookup.resource(doc, id));
        References.Removal plan = References.planRemoval(doc, ids);
        Set<String> removed = new LinkedHashSet<>();
        plan.removed().forEach(r -> removed.add(r.id()));
        for (String id : ids) {
            refuseUndeletable(doc.get(id), removed);
        }
        Map<String, dev.vpclab.model.document.Bounds> columns = new HashMap<>();
        for (String key : doc.layout().keys()) {
            ElementTree.Column c = ElementTree.column(key);
            if (c != null && !doc.contains(key) && (removed.contains(c.vpcId()) || removed.contains(c.zoneId()))) {
                columns.put(key, null);
            }
        }
        Document after = doc.without(removed).withAll(plan.changed());
        Layout layout = after.layout().withAll(columns);
        after = after.withLayout(layout);
        return new Applied(after, RestoreResources.between(after, doc));
    }

    private static void refuseUndeletable(Resource r, Set<String> removed) {
        if (r instanceof RouteTable t && t.main() && !removed.contains(t.vpcId())) {
            throw CommandException.of("mainRouteTable.delete", r.id(), t.vpcId());
        }
        if (r instanceof NetworkAcl a && a.isDefault() && !removed.contains(a.vpcId())) {
            throw CommandException.of("defaultNetworkAcl.delete", r.id(), a.vpcId());
        }
        if (r instanceof SecurityGroup g && g.isDefault() && !removed.contains(g.vpcId())) {
            throw CommandException.of("defaultSecurityGroup.delete", r.id(), g.vpcId());
        }
    }

    @Override
    public Message description() {
        return Descriptions.subjects("command.removeResources", ids);
    }
}
