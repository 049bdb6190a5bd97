package dev.vpclab.engine;

import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.Protocol;

/**
 * The header fields a simulated packet is judged by: protocol, source and destination address and port (ports
 * only mean something for TCP and UDP), and the ICMP type and code for ICMP. Immutable; translations make new
 * packets.
 *
 * @param protocol the IP protocol (never "all")
 * @param source the source address
 * @param sourcePort the source port (0 when the protocol has none)
 * @param destination the destination address
 * @param destinationPort the destination port (0 when the protocol has none)
 * @param icmp the ICMP type and code for ICMP, else null
 */
public record Packet(Protocol protocol, Ipv4Address source, int sourcePort, Ipv4Address destination, int destinationPort,
                     IcmpTypeCode icmp) {

    /** Validates. */
    public Packet {
        if (protocol == null || protocol.number() < 0) {
            throw new IllegalArgumentException("a packet needs one protocol (tcp, udp, icmp or a number)");
        }
        if (source == null || destination == null) {
            throw new IllegalArgumentException("a packet needs a source and a destination address");
        }
        if (protocol.hasPorts()) {
            checkPort(sourcePort);
            checkPort(destinationPort);
            icmp = null;
        } else {
            sourcePort = 0;
            destinationPort = 0;
            icmp = protocol.equals(Protocol.ICMP) ? (icmp == null ? IcmpTypeCode.ECHO_REQUEST : icmp) : null;
        }
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    /**
     * A TCP packet.
     *
     * @param source source address
     * @param sourcePort source port
     * @param destination destination address
     * @param destinationPort destination port
     * @return the packet
     */
    public static Packet tcp(Ipv4Address source, int sourcePort, Ipv4Address destination, int destinationPort) {
        return new Packet(Protocol.TCP, source, sourcePort, destination, destinationPort, null);
    }

    /** @return the same flow seen from the other end: addresses and ports swapped, an echo request answered */
    public Packet reversed() {
        IcmpTypeCode reply = icmp;
        if (icmp != null && icmp.type() == 8) {
            reply = IcmpTypeCode.ECHO_REPLY;
        } else if (icmp != null && icmp.type() == 0) {
            reply = IcmpTypeCode.ECHO_REQUEST;
        }
        return new Packet(protocol, destination, destinationPort, source, sourcePort, reply);
    }

    /**
     * @param address the new source address
     * @param port the new source port (ignored without ports)
     * @return the packet with its source rewritten
     */
    public Packet withSource(Ipv4Address address, int port) {
        return new Packet(protocol, address, port, destination, destinationPort, icmp);
    }

    /**
     * @param address the new destination address
     * @param port the new destination port (ignored without ports)
     * @return the packet with its destination rewritten
     */
    public Packet withDestination(Ipv4Address address, int port) {
        return new Packet(protocol, source, sourcePort, address, port, icmp);
    }

    /** @return the protocol number */
    public int protocolNumber() {
        return protocol.number();
    }

    @Override
    public String toString() {
        String p = protocol.toString().toUpperCase(java.util.Locale.ROOT);
        if (protocol.hasPorts()) {
            return p + " " + source + ":" + sourcePort + " → " + destination + ":" + destinationPort;
        }
        if (icmp != null) {
            return p + " " + source + " → " + destination + " (type " + icmp.type() + " code " + icmp.code() + ")";
        }
        return p + " " + source + " → " + destination;
    }
}
