package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import java.util.Objects;

/**
 * Deletes a route, found by its destination as written. The local route cannot be deleted, only its target
 * replaced (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html); propagated routes and
 * those a gateway endpoint installs are not deleted by hand.
 *
 * @param routeTableId the route table
 * @param destination the route's destination: a CIDR block or a prefix list id
 */
public record RemoveRoute(String routeTableId, String destination) implements Command {

    /** Validates. */
    public RemoveRoute {
        Objects.requireNonNull(routeTableId, "routeTableId");
        Objects.requireNonNull(destination, "destination");
    }

    @Override
    public Applied apply(Document doc) {
        RouteTable before = Lookup.resource(doc, routeTableId, RouteTable.class);
        Document after = doc.with(change(doc));
        int index = RuleLists.indexOf(before, destination);
        AddRoute inverse = new AddRoute(routeTableId, before.routes().get(index), index);
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, routeTableId));
    }

    RouteTable change(Document doc) {
        RouteTable table = Lookup.resource(doc, routeTableId, RouteTable.class);
        int index = RuleLists.indexOf(table, destination);
        if (index < 0) {
            throw CommandException.of("route.none", routeTableId, destination);
        }
        Route old = table.routes().get(index);
        RuleLists.checkEditable(table, old);
        if (RuleLists.isLocalRoute(doc, table, old)) {
            throw CommandException.of("route.removeLocal", routeTableId, destination);
        }
        return RuleLists.with(table, RuleLists.removed(table.routes(), index));
    }

    @Override
    public Message description() {
        return Message.of("command.removeRoute", destination, routeTableId);
    }
}
