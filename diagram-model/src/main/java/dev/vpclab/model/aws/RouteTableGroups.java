package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * The per-route-table lists of a transit gateway snapshot (routes, propagations, associations) with the table
 * each belongs to. The wrapped forms name the table; raw CLI output does not, so the table is guessed from the
 * file name (or is the only table there is), and a list that cannot be placed is reported once.
 */
final class RouteTableGroups {

    private final ImportContext ctx;
    private final Map<Item, String> owners = new IdentityHashMap<>();
    private boolean resolved;

    RouteTableGroups(ImportContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param section TRANSIT_GATEWAY_ROUTES, _PROPAGATIONS or _ASSOCIATIONS
     * @param tableId a transit gateway route table
     * @return the lists that belong to it
     */
    List<Item> owned(Section section, String tableId) {
        resolve();
        List<Item> out = new ArrayList<>();
        for (Item group : ctx.snapshot().groups(section)) {
            if (tableId.equals(owners.get(group))) {
                out.add(group);
            }
        }
        return out;
    }

    /**
     * Attachment → associated table, from association lists and from associations listed inside tables.
     *
     * @param tableIds the tables of the snapshot
     * @param sideId (attachment id, transit gateway id) → the attachment's id in the model
     * @param tableGateways table → its transit gateway
     * @return attachment id in the model → table
     */
    Map<String, String> associations(Collection<String> tableIds, BinaryOperator<String> sideId,
                                      Map<String, String> tableGateways) {
        Map<String, String> out = new HashMap<>();
        for (String table : tableIds) {
            List<JsonNode> entries = new ArrayList<>();
            owned(Section.TRANSIT_GATEWAY_ASSOCIATIONS, table).forEach(g -> g.json().forEach(entries::add));
            for (Item t : ctx.snapshot().items(Section.TRANSIT_GATEWAY_ROUTE_TABLES)) {
                if (table.equals(AwsJson.text(t.json(), "TransitGatewayRouteTableId"))) {
                    entries.addAll(AwsJson.array(t.json(), "Associations"));
                }
            }
            for (JsonNode e : entries) {
                String attachment = AwsJson.text(e, "TransitGatewayAttachmentId");
                String state = AwsJson.text(e, "State");
                if (attachment != null && (state == null || state.equals("associated") || state.equals("associating"))) {
                    out.putIfAbsent(sideId.apply(attachment, tableGateways.get(table)), table);
                }
            }
        }
        return out;
    }

    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        Map<String, String> names = new HashMap<>();
        List<String> tables = new ArrayList<>();
        for (Item t : ctx.snapshot().items(Section.TRANSIT_GATEWAY_ROUTE_TABLES)) {
            String id = AwsJson.text(t.json(), "TransitGatewayRouteTableId");
            if (id != null) {
                tables.add(id);
                names.put(id, AwsJson.name(t.json()));
            }
        }
        for (Section section : List.of(Section.TRANSIT_GATEWAY_ROUTES, Section.TRANSIT_GATEWAY_PROPAGATIONS,
                Section.TRANSIT_GATEWAY_ASSOCIATIONS)) {
            for (Item group : ctx.snapshot().groups(section)) {
                String owner = group.owner();
                if (owner == null && group.json().size() > 0) {
                    owner = Snapshot.guessOwner(group.file(), tables, id -> List.of(id, names.getOrDefault(id, "")));
                    if (owner == null) {
                        ctx.warn(group.file(), "aws.tgw.unownedList", group.json().size());
                    }
                } else if (owner != null && !tables.contains(owner) && group.json().size() > 0) {
                    ctx.warn(group.file(), "aws.tgw.unknownTable", owner);
                }
                if (owner != null) {
                    owners.put(group, owner);
                }
            }
        }
    }
}
