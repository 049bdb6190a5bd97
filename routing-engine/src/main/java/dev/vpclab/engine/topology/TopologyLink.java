package dev.vpclab.engine.topology;

/**
 * A connection between two places in the topology graph.
 *
 * @param kind what connects them
 * @param via the resource that makes the connection (a gateway, peering, attachment or VPN), never null
 * @param from one end
 * @param to the other end
 */
public record TopologyLink(Kind kind, String via, String from, String to) {

    /** Kinds of connection. */
    public enum Kind {
        /** A VPC and its internet gateway; the gateway and the internet. */
        INTERNET_GATEWAY,
        /** Two VPCs through an active peering connection. */
        PEERING,
        /** A VPC (or on-premises network, or peer) and a transit gateway through an attachment. */
        TRANSIT_GATEWAY_ATTACHMENT,
        /** A VPC and its virtual private gateway. */
        VPN_GATEWAY,
        /** A gateway and an on-premises network through a Site-to-Site VPN. */
        VPN
    }
}
