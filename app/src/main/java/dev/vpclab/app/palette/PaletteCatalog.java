package dev.vpclab.app.palette;

import dev.vpclab.model.resource.ResourceKind;
import java.util.List;

/**
 * The kinds a user adds by hand, in palette order. Availability Zones are not listed: a VPC shows a column for
 * each zone of its Region. Listeners, rules, attachments and prefix lists come with the resources they belong to.
 */
public final class PaletteCatalog {

    /** Every palette item, grouped by category in {@link ResourceKind.Category} order. */
    public static final List<PaletteItem> ITEMS = List.of(
            drawn("region", ResourceKind.REGION, "region"),
            drawn("vpc", ResourceKind.VPC, "vpc"),
            drawn("subnet:public", ResourceKind.SUBNET, "subnet-public"),
            drawn("subnet:private", ResourceKind.SUBNET, "subnet-private"),
            drawn("igw", ResourceKind.INTERNET_GATEWAY, "igw"),
            drawn("nat", ResourceKind.NAT_GATEWAY, "nat"),
            drawn("eigw", ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY, "eigw"),
            drawn("vgw", ResourceKind.VIRTUAL_PRIVATE_GATEWAY, "vgw"),
            drawn("pcx", ResourceKind.VPC_PEERING_CONNECTION, "pcx"),
            drawn("tgw", ResourceKind.TRANSIT_GATEWAY, "tgw"),
            drawn("vpce", ResourceKind.VPC_ENDPOINT, "vpce"),
            added("rtb", ResourceKind.ROUTE_TABLE),
            added("acl", ResourceKind.NETWORK_ACL),
            added("sg", ResourceKind.SECURITY_GROUP),
            added("eip", ResourceKind.ELASTIC_IP),
            drawn("instance", ResourceKind.INSTANCE, "instance"),
            drawn("eni", ResourceKind.NETWORK_INTERFACE, "eni"),
            drawn("asg", ResourceKind.AUTO_SCALING_GROUP, "asg"),
            drawn("db", ResourceKind.DB_INSTANCE, "db"),
            drawn("lb:application", ResourceKind.LOAD_BALANCER, "lb"),
            drawn("lb:network", ResourceKind.LOAD_BALANCER, "lb-network"),
            added("tg", ResourceKind.TARGET_GROUP),
            drawn("alarm", ResourceKind.ALARM, "alarm"),
            drawn("internet-client", ResourceKind.INTERNET_CLIENT, "internet-client"),
            drawn("on-prem", ResourceKind.ON_PREMISES_NETWORK, "on-prem"));

    private PaletteCatalog() {
    }

    private static PaletteItem drawn(String id, ResourceKind kind, String icon) {
        return new PaletteItem(id, kind, icon, "ui.palette.item." + id.replace(':', '.'), true);
    }

    private static PaletteItem added(String id, ResourceKind kind) {
        return new PaletteItem(id, kind, kind.typeName(), "ui.palette.item." + id, false);
    }

    /**
     * @param id a palette item id
     * @return the item, or null
     */
    public static PaletteItem byId(String id) {
        return ITEMS.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
