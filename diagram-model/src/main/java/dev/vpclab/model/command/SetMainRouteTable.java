package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Makes a route table of a VPC its main table; the former main table becomes a custom one. Subnets without an
 * explicit association follow the main table, as in AWS ("Replace main route table",
 * https://docs.aws.amazon.com/vpc/latest/userguide/WorkWithRouteTables.html).
 *
 * @param vpcId the VPC
 * @param routeTableId the table to make main
 */
public record SetMainRouteTable(String vpcId, String routeTableId) implements Command {

    /** Validates. */
    public SetMainRouteTable {
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(routeTableId, "routeTableId");
    }

    @Override
    public Applied apply(Document doc) {
        Lookup.resource(doc, vpcId, Vpc.class);
        RouteTable table = Lookup.resource(doc, routeTableId, RouteTable.class);
        if (!table.vpcId().equals(vpcId)) {
            throw CommandException.of("mainRouteTable.vpc", routeTableId, table.vpcId(), vpcId);
        }
        List<RouteTable> changed = new ArrayList<>();
        List<String> formerMain = new ArrayList<>();
        for (RouteTable t : doc.all(RouteTable.class)) {
            if (t.vpcId().equals(vpcId) && t.main() != t.id().equals(routeTableId)) {
                changed.add(new RouteTable(t.id(), t.name(), t.vpcId(), !t.main(), t.routes(), t.edgeAssociations(),
                        t.propagatingGatewayIds()));
                if (t.main()) {
                    formerMain.add(t.id());
                }
            }
        }
        if (changed.isEmpty()) {
            return new Applied(doc, this);
        }
        Document after = doc.withAll(changed);
        Command inverse = formerMain.size() == 1 && !table.main() ? new SetMainRouteTable(vpcId, formerMain.get(0))
                : RestoreResources.undoing(doc, changed.stream().map(RouteTable::id).toList(), Set.of());
        return new Applied(after, inverse);
    }

    @Override
    public Message description() {
        return Message.of("command.setMainRouteTable", vpcId, routeTableId);
    }
}
