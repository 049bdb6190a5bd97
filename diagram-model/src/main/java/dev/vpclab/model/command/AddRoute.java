package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import java.util.Objects;

/**
 * Adds a route to a route table. Refuses a second route to the same destination (AWS: "RouteAlreadyExists";
 * replace the target instead) and "local" as the target of anything but a block of the VPC. A target that does
 * not exist is allowed: AWS keeps such routes as blackholes, and validation reports them.
 *
 * @param routeTableId the route table
 * @param route the new route
 * @param index where it goes in the table's list, or -1 for the end
 */
public record AddRoute(String routeTableId, Route route, int index) implements Command {

    /** Validates. */
    public AddRoute {
        Objects.requireNonNull(routeTableId, "routeTableId");
        Objects.requireNonNull(route, "route");
    }

    /**
     * @param routeTableId the route table
     * @param route the new route, added at the end
     */
    public AddRoute(String routeTableId, Route route) {
        this(routeTableId, route, -1);
    }

    @Override
    public Applied apply(Document doc) {
        Document after = doc.with(change(doc));
        RemoveRoute inverse = new RemoveRoute(routeTableId, route.destination());
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, routeTableId));
    }

    RouteTable change(Document doc) {
        RouteTable table = Lookup.resource(doc, routeTableId, RouteTable.class);
        RuleLists.checkRoute(doc, table, route, -1);
        RuleLists.checkPosition(table.routes().size(), index, routeTableId);
        return RuleLists.with(table, RuleLists.inserted(table.routes(), index, route));
    }

    @Override
    public Message description() {
        return Message.of("command.addRoute", route.destination(), route.target(), routeTableId);
    }
}
