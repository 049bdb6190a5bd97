package dev.vpclab.engine.tgw;

import dev.vpclab.model.net.Cidr;

/**
 * One route of a transit gateway route table, static or propagated.
 *
 * @param routeTableId its table
 * @param destination the destination block
 * @param attachmentId where it sends traffic, or null for a blackhole route
 * @param rank precedence on equal prefixes, lower wins: 0 static, 2 VPC-propagated, 3 VPN-propagated
 * @param text the route as the console shows it
 */
public record TgwRoute(String routeTableId, Cidr destination, String attachmentId, int rank, String text) {

    /** @return true for a blackhole route */
    public boolean blackhole() {
        return attachmentId == null;
    }

    /**
     * @param a a route
     * @param b a route with the same destination
     * @return the one the transit gateway uses: static beats propagated, VPC-propagated beats VPN-propagated
     *     (<a href="https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html">route evaluation order</a>)
     */
    public static TgwRoute preferred(TgwRoute a, TgwRoute b) {
        return b.rank < a.rank ? b : a;
    }

    @Override
    public String toString() {
        return text;
    }
}
