package dev.vpclab.engine.route;

/** What a route sends traffic to, recognised from the target id (AWS id prefixes). */
public enum RouteTargetKind {
    /** The VPC's own CIDR blocks. */
    LOCAL,
    /** "igw-…". */
    INTERNET_GATEWAY,
    /** "eigw-…" (IPv6 only). */
    EGRESS_ONLY_INTERNET_GATEWAY,
    /** "nat-…". */
    NAT_GATEWAY,
    /** "pcx-…". */
    VPC_PEERING_CONNECTION,
    /** "tgw-…". */
    TRANSIT_GATEWAY,
    /** "vgw-…". */
    VIRTUAL_PRIVATE_GATEWAY,
    /** "vpce-…" of a gateway endpoint (S3, DynamoDB). */
    GATEWAY_ENDPOINT,
    /** "vpce-…" of a Gateway Load Balancer endpoint. */
    GATEWAY_LOAD_BALANCER_ENDPOINT,
    /** "eni-…", or "i-…" meaning the instance's primary interface. */
    NETWORK_INTERFACE,
    /** Anything else. */
    UNKNOWN;

    /**
     * @param target a route target as written
     * @return its kind from the id prefix (endpoint kinds are refined by the compiler)
     */
    public static RouteTargetKind of(String target) {
        if ("local".equals(target)) {
            return LOCAL;
        }
        if (target.startsWith("igw-")) {
            return INTERNET_GATEWAY;
        }
        if (target.startsWith("eigw-")) {
            return EGRESS_ONLY_INTERNET_GATEWAY;
        }
        if (target.startsWith("nat-")) {
            return NAT_GATEWAY;
        }
        if (target.startsWith("pcx-")) {
            return VPC_PEERING_CONNECTION;
        }
        if (target.startsWith("tgw-")) {
            return TRANSIT_GATEWAY;
        }
        if (target.startsWith("vgw-")) {
            return VIRTUAL_PRIVATE_GATEWAY;
        }
        if (target.startsWith("vpce-")) {
            return GATEWAY_ENDPOINT;
        }
        if (target.startsWith("eni-") || target.startsWith("i-")) {
            return NETWORK_INTERFACE;
        }
        return UNKNOWN;
    }
}
