package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import java.util.Objects;

/**
 * Associates a subnet with a route table of its own VPC, or with none so that it uses the VPC's main table
 * (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html).
 *
 * @param subnetId the subnet
 * @param routeTableId the table, or null for the main table
 */
public record AssociateRouteTable(String subnetId, String routeTableId) implements Command {

    /** Validates. */
    public AssociateRouteTable {
        Objects.requireNonNull(subnetId, "subnetId");
    }

    @Override
    public Applied apply(Document doc) {
        Subnet before = Lookup.resource(doc, subnetId, Subnet.class);
        Subnet changed = change(doc);
        Document after = changed.equals(before) ? doc : doc.with(changed);
        AssociateRouteTable inverse = new AssociateRouteTable(subnetId, before.routeTableId());
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, subnetId));
    }

    Subnet change(Document doc) {
        Subnet s = Lookup.resource(doc, subnetId, Subnet.class);
        if (routeTableId != null) {
            RouteTable table = Lookup.resource(doc, routeTableId, RouteTable.class);
            if (!table.vpcId().equals(s.vpcId())) {
                throw CommandException.of("association.routeTableVpc", subnetId, routeTableId, table.vpcId(), s.vpcId());
            }
        }
        return new Subnet(s.id(), s.name(), s.vpcId(), s.availabilityZoneId(), s.cidr(), s.mapPublicIpOnLaunch(),
                routeTableId, s.networkAclId());
    }

    @Override
    public Message description() {
        return routeTableId == null ? Message.of("command.associateRouteTable.main", subnetId)
                : Message.of("command.associateRouteTable", subnetId, routeTableId);
    }
}
