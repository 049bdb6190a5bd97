package dev.vpclab.engine.route;

import dev.vpclab.model.net.Ipv4Address;
import java.util.List;

/**
 * A route table ready for lookups: its routes (local routes for every VPC block included, prefix lists
 * expanded, propagated routes added) in a {@link PrefixTable}.
 */
public final class CompiledRouteTable {

    private final String id;
    private final String name;
    private final String vpcId;
    private final boolean main;
    private final PrefixTable<CompiledRoute> table;

    /**
     * @param id the table id
     * @param name its Name
     * @param vpcId its VPC
     * @param main true for the VPC's main table
     * @param table its routes
     */
    public CompiledRouteTable(String id, String name, String vpcId, boolean main, PrefixTable<CompiledRoute> table) {
        this.id = id;
        this.name = name;
        this.vpcId = vpcId;
        this.main = main;
        this.table = table;
    }

    /**
     * Longest prefix match; on equal prefixes the static route has already won over prefix-list and propagated
     * routes.
     *
     * @param destination an address
     * @return the route used, or null when none matches (AWS drops the packet: no implicit default route)
     */
    public CompiledRoute lookup(Ipv4Address destination) {
        return table.lookup(destination.bits());
    }

    /** @return the table id */
    public String id() {
        return id;
    }

    /** @return its Name, possibly empty */
    public String name() {
        return name;
    }

    /** @return its VPC */
    public String vpcId() {
        return vpcId;
    }

    /** @return true for the VPC's main table */
    public boolean main() {
        return main;
    }

    /** @return every route, one per destination block */
    public List<CompiledRoute> routes() {
        return table.entries();
    }

    /**
     * @param destination an address
     * @return the console-style text for a lookup that found nothing
     */
    public String noRouteText(Ipv4Address destination) {
        return id + " no route to " + destination;
    }

    @Override
    public String toString() {
        return id;
    }
}
