package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.Objects;

/**
 * Replaces a route, found by its destination as written ("0.0.0.0/0", "pl-…"). The local route keeps its
 * destination and may only point to "local", a network interface or a Gateway Load Balancer endpoint, as AWS
 * allows for middlebox routing (https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html).
 * Propagated routes and those a gateway endpoint installs are not edited by hand.
 *
 * @param routeTableId the route table
 * @param destination the destination of the route to replace
 * @param route the route that replaces it
 */
public record EditRoute(String routeTableId, String destination, Route route) implements Command {

    /** Validates. */
    public EditRoute {
        Objects.requireNonNull(routeTableId, "routeTableId");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(route, "route");
    }

    @Override
    public Applied apply(Document doc) {
        RouteTable before = Lookup.resource(doc, routeTableId, RouteTable.class);
        Document after = doc.with(change(doc));
        Route old = before.routes().get(RuleLists.indexOf(before, destination));
        EditRoute inverse = new EditRoute(routeTableId, route.destination(), old);
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
            if (!route.destination().equals(old.destination())) {
                throw CommandException.of("route.localDestination", routeTableId, old.destination());
            }
            Resource target = doc.get(route.target());
            if (!route.isLocal() && !(target instanceof NetworkInterface) && !(target instanceof VpcEndpoint)) {
                throw CommandException.of("route.localTarget", routeTableId, old.destination(), route.target());
            }
        }
        RuleLists.checkRoute(doc, table, route, index);
        return RuleLists.with(table, RuleLists.replaced(table.routes(), index, route));
    }

    @Override
    public Message description() {
        return Message.of("command.editRoute", destination, route.target(), routeTableId);
    }
}
