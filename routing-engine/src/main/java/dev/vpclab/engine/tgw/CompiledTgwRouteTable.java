package dev.vpclab.engine.tgw;

import dev.vpclab.engine.route.PrefixTable;
import dev.vpclab.model.net.Ipv4Address;
import java.util.List;

/**
 * A transit gateway route table with static and propagated routes in a longest-prefix-match table.
 */
public final class CompiledTgwRouteTable {

    private final String id;
    private final String name;
    private final PrefixTable<TgwRoute> table;

    /**
     * @param id the table id
     * @param name its Name
     * @param table its routes
     */
    public CompiledTgwRouteTable(String id, String name, PrefixTable<TgwRoute> table) {
        this.id = id;
        this.name = name;
        this.table = table;
    }

    /**
     * @param destination an address
     * @return the longest matching route, or null
     */
    public TgwRoute lookup(Ipv4Address destination) {
        return table.lookup(destination.bits());
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the Name */
    public String name() {
        return name;
    }

    /** @return every route */
    public List<TgwRoute> routes() {
        return table.entries();
    }

    @Override
    public String toString() {
        return id;
    }
}
