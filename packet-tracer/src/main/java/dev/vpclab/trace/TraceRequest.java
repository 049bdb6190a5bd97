package dev.vpclab.trace;

import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Protocol;

/**
 * One request to trace.
 *
 * @param source where it starts
 * @param destination where it goes
 * @param protocol TCP, UDP or ICMP
 * @param destinationPort the port, or 0 for the default (a DB's port, a load balancer's first listener, else 443)
 * @param sourcePort the client's port (its ephemeral port; replies come back to it)
 * @param icmp for ICMP the type and code (echo request by default)
 * @param http for requests through an Application Load Balancer, the HTTP parts its rules look at, or null
 */
public record TraceRequest(Endpoint source, Endpoint destination, Protocol protocol, int destinationPort, int sourcePort,
                           IcmpTypeCode icmp, HttpRequest http) {

    /** The client port used when none is given. */
    public static final int DEFAULT_SOURCE_PORT = 49152;

    /** Validates. */
    public TraceRequest {
        if (source == null || destination == null) {
            throw new IllegalArgumentException("a trace needs a source and a destination");
        }
        protocol = protocol == null ? Protocol.TCP : protocol;
        if (protocol.number() < 0) {
            throw new IllegalArgumentException("trace one protocol: tcp, udp or icmp");
        }
        if (destinationPort < 0 || destinationPort > 65535 || sourcePort < 0 || sourcePort > 65535) {
            throw new IllegalArgumentException("ports must be between 0 and 65535");
        }
        if (sourcePort == 0) {
            sourcePort = DEFAULT_SOURCE_PORT;
        }
        if (icmp == null && protocol.equals(Protocol.ICMP)) {
            icmp = IcmpTypeCode.ECHO_REQUEST;
        }
    }

    /**
     * @param source where it starts
     * @param destination where it goes
     * @param port the TCP destination port (0 for the default)
     * @return a TCP request from port 49152
     */
    public static TraceRequest tcp(Endpoint source, Endpoint destination, int port) {
        return new TraceRequest(source, destination, Protocol.TCP, port, DEFAULT_SOURCE_PORT, null, null);
    }

    /**
     * @param port the client's port
     * @return this request from that port
     */
    public TraceRequest withSourcePort(int port) {
        return new TraceRequest(source, destination, protocol, destinationPort, port, icmp, http);
    }

    /**
     * @param request the HTTP parts
     * @return this request carrying them
     */
    public TraceRequest withHttp(HttpRequest request) {
        return new TraceRequest(source, destination, protocol, destinationPort, sourcePort, icmp, request);
    }

    /**
     * @param p a protocol
     * @return this request with that protocol
     */
    public TraceRequest withProtocol(Protocol p) {
        return new TraceRequest(source, destination, p, destinationPort, sourcePort, icmp, http);
    }
}
