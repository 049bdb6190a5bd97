package dev.vpclab.model.layout;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import java.util.Locale;

/**
 * Sorts subnets into the tiers AWS diagrams stack top to bottom: public (routed to an internet gateway), then
 * application (private), then data (holding databases or named so).
 */
final class SubnetTiers {

    static final int PUBLIC = 0;
    static final int PRIVATE = 1;
    static final int DATA = 2;

    private SubnetTiers() {
    }

    static int tierOf(Document doc, Subnet subnet) {
        if (isPublic(doc, subnet)) {
            return PUBLIC;
        }
        boolean hostsDb = doc.all(DbInstance.class).stream()
                .anyMatch(db -> db.primarySubnetId().equals(subnet.id()) || subnet.id().equals(db.standbySubnetId()));
        String name = subnet.name().toLowerCase(Locale.ROOT);
        if (hostsDb || name.contains("db") || name.contains("data") || name.contains("rds")) {
            return DATA;
        }
        return PRIVATE;
    }

    /**
     * A subnet is public when its route table (explicit or main) has a route to an internet gateway.
     *
     * @param doc the document
     * @param subnet the subnet
     * @return true if public
     */
    static boolean isPublic(Document doc, Subnet subnet) {
        RouteTable table = doc.routeTableOf(subnet).orElse(null);
        if (table == null) {
            return false;
        }
        for (Route route : table.routes()) {
            if (doc.get(route.target()) instanceof InternetGateway) {
                return true;
            }
        }
        return false;
    }
}
