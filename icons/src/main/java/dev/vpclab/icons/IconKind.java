package dev.vpclab.icons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every icon of the set, keyed by the short type name the document uses for that kind of resource
 * ("vpc", "subnet", "tgw-attachment", …), plus a few drawing variants ("subnet-public", "lb-network").
 *
 * <p>The icons module knows nothing of the document model; the keys are the model's stable type names so that
 * a caller passes {@code ResourceKind.typeName()} straight through.
 */
public enum IconKind {
    REGION("region", IconCategory.NETWORK, IconGlyphs.REGION),
    AVAILABILITY_ZONE("az", IconCategory.NETWORK, IconGlyphs.AVAILABILITY_ZONE),
    VPC("vpc", IconCategory.NETWORK, IconGlyphs.VPC),
    SUBNET("subnet", IconCategory.NETWORK, IconGlyphs.SUBNET),
    SUBNET_PUBLIC("subnet-public", IconCategory.NETWORK, IconGlyphs.SUBNET_PUBLIC),
    SUBNET_PRIVATE("subnet-private", IconCategory.NETWORK, IconGlyphs.SUBNET_PRIVATE),
    INTERNET_GATEWAY("igw", IconCategory.NETWORK, IconGlyphs.INTERNET_GATEWAY),
    NAT_GATEWAY("nat", IconCategory.NETWORK, IconGlyphs.NAT_GATEWAY),
    EGRESS_ONLY_INTERNET_GATEWAY("eigw", IconCategory.NETWORK, IconGlyphs.EGRESS_ONLY_INTERNET_GATEWAY),
    VIRTUAL_PRIVATE_GATEWAY("vgw", IconCategory.NETWORK, IconGlyphs.VIRTUAL_PRIVATE_GATEWAY),
    VPC_PEERING_CONNECTION("pcx", IconCategory.NETWORK, IconGlyphs.VPC_PEERING_CONNECTION),
    TRANSIT_GATEWAY("tgw", IconCategory.NETWORK, IconGlyphs.TRANSIT_GATEWAY),
    TRANSIT_GATEWAY_ATTACHMENT("tgw-attachment", IconCategory.NETWORK, IconGlyphs.TRANSIT_GATEWAY_ATTACHMENT),
    TRANSIT_GATEWAY_ROUTE_TABLE("tgw-rtb", IconCategory.NETWORK, IconGlyphs.TRANSIT_GATEWAY_ROUTE_TABLE),
    VPC_ENDPOINT("vpce", IconCategory.NETWORK, IconGlyphs.VPC_ENDPOINT),
    PREFIX_LIST("pl", IconCategory.NETWORK, IconGlyphs.PREFIX_LIST),
    ROUTE_TABLE("rtb", IconCategory.NETWORK, IconGlyphs.ROUTE_TABLE),
    NETWORK_ACL("acl", IconCategory.SECURITY, IconGlyphs.NETWORK_ACL),
    SECURITY_GROUP("sg", IconCategory.SECURITY, IconGlyphs.SECURITY_GROUP),
    NETWORK_INTERFACE("eni", IconCategory.COMPUTE, IconGlyphs.NETWORK_INTERFACE),
    ELASTIC_IP("eip", IconCategory.NETWORK, IconGlyphs.ELASTIC_IP),
    INSTANCE("instance", IconCategory.COMPUTE, IconGlyphs.INSTANCE),
    AUTO_SCALING_GROUP("asg", IconCategory.COMPUTE, IconGlyphs.AUTO_SCALING_GROUP),
    APPLICATION_LOAD_BALANCER("lb", IconCategory.LOAD_BALANCING, IconGlyphs.APPLICATION_LOAD_BALANCER),
    NETWORK_LOAD_BALANCER("lb-network", IconCategory.LOAD_BALANCING, IconGlyphs.NETWORK_LOAD_BALANCER),
    LISTENER("listener", IconCategory.LOAD_BALANCING, IconGlyphs.LISTENER),
    LISTENER_RULE("listener-rule", IconCategory.LOAD_BALANCING, IconGlyphs.LISTENER_RULE),
    TARGET_GROUP("tg", IconCategory.LOAD_BALANCING, IconGlyphs.TARGET_GROUP),
    DB_INSTANCE("db", IconCategory.DATABASE, IconGlyphs.DB_INSTANCE),
    ALARM("alarm", IconCategory.MONITORING, IconGlyphs.ALARM),
    INTERNET_CLIENT("internet-client", IconCategory.OUTSIDE, IconGlyphs.INTERNET_CLIENT),
    ON_PREMISES_NETWORK("on-prem", IconCategory.OUTSIDE, IconGlyphs.ON_PREMISES_NETWORK);

    private static final Map<String, IconKind> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(IconKind::key, Function.identity()));

    private final String key;
    private final IconCategory category;
    private final String glyph;

    IconKind(String key, IconCategory category, String glyph) {
        this.key = key;
        this.category = category;
        this.glyph = glyph;
    }

    /**
     * The key callers name the icon by.
     *
     * @return the resource type name ("vpc") or variant name ("subnet-public")
     */
    public String key() {
        return key;
    }

    /**
     * The colour family of the tile.
     *
     * @return the category
     */
    public IconCategory category() {
        return category;
    }

    /**
     * The white glyph, drawn as strokes on the 24 × 24 grid.
     *
     * @return SVG path data
     */
    public String glyph() {
        return glyph;
    }

    /**
     * Finds the icon for a key, ignoring case and surrounding blanks.
     *
     * @param key a resource type name such as "nat" or a variant such as "subnet-private"
     * @return the icon, or empty when there is none for that key
     */
    public static Optional<IconKind> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Finds the icon for a key, or says clearly that there is none.
     *
     * @param key a resource type name such as "nat" or a variant such as "subnet-private"
     * @return the icon
     * @throws IllegalArgumentException naming the key and listing the known ones, when there is no such icon
     */
    public static IconKind of(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(
                "No icon for resource kind '" + key + "'. Use one of: "
                        + Arrays.stream(values()).map(IconKind::key).collect(Collectors.joining(", ")) + "."));
    }
}
