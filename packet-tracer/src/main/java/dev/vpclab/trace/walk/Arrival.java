package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.Packet;
import dev.vpclab.model.net.Ipv4Address;

/**
 * Where a walk delivered its packet.
 *
 * @param kind what kind of place
 * @param attachment the interface, for {@link Kind#INTERFACE}
 * @param componentId the on-premises network, gateway endpoint or "internet"
 * @param gatewayId for on-premises arrivals, the gateway the VPN ends on
 * @param packet the packet as delivered
 */
public record Arrival(Kind kind, AttachmentPoint attachment, String componentId, String gatewayId, Packet packet) {

    /** Places a packet can arrive. */
    public enum Kind {
        /** An attachment point in a VPC. */
        INTERFACE,
        /** A host on the internet. */
        INTERNET,
        /** A host on premises. */
        ON_PREMISES,
        /** An AWS service behind a gateway endpoint. */
        AWS_SERVICE
    }

    /**
     * @param point the interface
     * @param packet the packet
     * @return the arrival
     */
    static Arrival at(AttachmentPoint point, Packet packet) {
        return new Arrival(Kind.INTERFACE, point, point.componentId(), null, packet);
    }

    /** @return the address the packet was delivered to */
    public Ipv4Address address() {
        return packet.destination();
    }
}
