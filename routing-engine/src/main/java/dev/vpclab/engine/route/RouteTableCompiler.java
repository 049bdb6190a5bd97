package dev.vpclab.engine.route;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a document's route table into a {@link CompiledRouteTable} with what AWS puts there on its own: a
 * local route for every VPC block (it cannot be deleted), the prefix-list route of every gateway endpoint that
 * serves the table, and the routes a virtual private gateway propagates (the blocks of the on-premises
 * networks behind it). Prefix lists are expanded into one route per block.
 */
public final class RouteTableCompiler {

    private final Document doc;
    private final Map<String, PrefixList> prefixLists;
    private final RouteTargetStates states;

    /**
     * @param doc the document
     * @param prefixLists prefix lists by id
     */
    public RouteTableCompiler(Document doc, Map<String, PrefixList> prefixLists) {
        this.doc = doc;
        this.prefixLists = prefixLists;
        this.states = new RouteTargetStates(doc);
    }

    /**
     * @param table a route table
     * @return it, ready for lookups
     */
    public CompiledRouteTable compile(RouteTable table) {
        List<Route> routes = new ArrayList<>(table.routes());
        Set<String> written = new HashSet<>();
        for (Route r : routes) {
            written.add(r.destination() + ">" + r.target());
        }
        Set<Cidr> destinations = new HashSet<>();
        for (Route r : routes) {
            if (r.destinationCidr() != null) {
                destinations.add(r.destinationCidr());
            }
        }
        Vpc vpc = doc.get(table.vpcId(), Vpc.class);
        if (vpc != null) {
            for (Cidr block : vpc.cidrBlocks()) {
                if (!destinations.contains(block)) {
                    routes.add(Route.to(block, Route.LOCAL));
                }
            }
        }
        for (VpcEndpoint e : doc.all(VpcEndpoint.class)) {
            if (e.type() == VpcEndpoint.EndpointType.GATEWAY && e.prefixListId() != null && e.routeTableIds().contains(table.id())
                    && !written.contains(e.prefixListId() + ">" + e.id())) {
                routes.add(new Route(null, e.prefixListId(), e.id(), RouteOrigin.ENDPOINT));
            }
        }
        for (String gatewayId : table.propagatingGatewayIds()) {
            VirtualPrivateGateway vgw = doc.get(gatewayId, VirtualPrivateGateway.class);
            if (vgw == null || !table.vpcId().equals(vgw.vpcId())) {
                continue;
            }
            for (OnPremisesNetwork onPrem : doc.all(OnPremisesNetwork.class)) {
                if (gatewayId.equals(onPrem.gatewayId())) {
                    for (Cidr c : onPrem.cidrs()) {
                        if (!written.contains(c + ">" + gatewayId)) {
                            routes.add(new Route(c, null, gatewayId, RouteOrigin.PROPAGATED));
                        }
                    }
                }
            }
        }
        PrefixTable.Builder<CompiledRoute> builder = PrefixTable.builder();
        for (Route r : routes) {
            for (CompiledRoute c : expand(table, r)) {
                builder.put(c.destination(), c, CompiledRoute::preferred);
            }
        }
        return new CompiledRouteTable(table.id(), table.name(), table.vpcId(), table.main(), builder.build());
    }

    private List<CompiledRoute> expand(RouteTable table, Route r) {
        RouteTargetKind kind = states.kindOf(r.target());
        String reason = states.blackholeReason(table.vpcId(), r.target(), kind);
        if (r.destinationCidr() != null) {
            return List.of(route(table, r, r.destinationCidr(), null, kind, reason));
        }
        PrefixList list = prefixLists.get(r.destinationPrefixListId());
        if (list == null) {
            return List.of();
        }
        List<CompiledRoute> out = new ArrayList<>(list.cidrs().size());
        for (Cidr c : list.cidrs()) {
            out.add(route(table, r, c, list.id(), kind, reason));
        }
        return out;
    }

    private static CompiledRoute route(RouteTable table, Route r, Cidr destination, String prefixListId, RouteTargetKind kind,
                                       String reason) {
        StringBuilder text = new StringBuilder(64).append(table.id()).append(" route ");
        text.append(prefixListId == null ? destination.toString() : prefixListId + " (" + destination + ")");
        text.append(" → ").append(r.target());
        if (r.origin() == RouteOrigin.PROPAGATED) {
            text.append(" (propagated)");
        }
        if (reason != null) {
            text.append(" (blackhole: ").append(reason).append(')');
        }
        return new CompiledRoute(table.id(), destination, prefixListId, r.target(), kind, r.origin(), reason, text.toString());
    }
}
