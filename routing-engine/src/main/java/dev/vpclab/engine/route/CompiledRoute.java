package dev.vpclab.engine.route;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.RouteOrigin;

/**
 * One route as the engine uses it: a single destination block (prefix lists are expanded into one route per
 * block), its target, how it got there, and whether it is usable. A route whose target does not exist or does
 * not work is a blackhole: AWS keeps it in the table with state {@code blackhole} and drops what matches it
 * (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html">route tables</a>).
 *
 * @param routeTableId the table it belongs to
 * @param destination the destination block
 * @param prefixListId the prefix list it was expanded from, or null
 * @param target "local" or the target id as written
 * @param targetKind what the target is
 * @param origin static, endpoint or propagated
 * @param blackholeReason why the route is a blackhole, or null when it is active
 * @param text the route as the console shows it, e.g. "rtb-1 route 0.0.0.0/0 → igw-1"
 */
public record CompiledRoute(String routeTableId, Cidr destination, String prefixListId, String target,
                            RouteTargetKind targetKind, RouteOrigin origin, String blackholeReason, String text) {

    /** @return true when the route drops traffic (state blackhole) */
    public boolean blackhole() {
        return blackholeReason != null;
    }

    /**
     * Precedence among routes with the same destination block, lower wins: a static route to a CIDR block, then
     * a prefix-list route, then a propagated route
     * (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html">route priority</a>).
     *
     * @return 0, 1 or 2
     */
    public int rank() {
        if (origin == RouteOrigin.PROPAGATED) {
            return 2;
        }
        return origin == RouteOrigin.ENDPOINT || prefixListId != null ? 1 : 0;
    }

    /**
     * @param a a route
     * @param b a route with the same destination
     * @return the one AWS uses (the first on a tie)
     */
    public static CompiledRoute preferred(CompiledRoute a, CompiledRoute b) {
        return b.rank() < a.rank() ? b : a;
    }

    /** @return the destination as written: the block, or "pl-… (block)" for an expanded prefix list */
    public String destinationText() {
        return prefixListId == null ? destination.toString() : prefixListId + " (" + destination + ")";
    }

    @Override
    public String toString() {
        return text;
    }
}
