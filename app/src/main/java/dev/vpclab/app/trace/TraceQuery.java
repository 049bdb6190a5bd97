package dev.vpclab.app.trace;

import dev.vpclab.model.document.SavedTrace;
import java.util.Locale;

/**
 * A trace as the user asked for it in the Trace tab: the same fields as {@code vpclab trace}, as typed (names and
 * ids are resolved when it runs, so that a re-run after an edit finds what the names mean now).
 *
 * @param from the source: an id, a Name, an address, a load balancer's name or "internet"
 * @param to the destination
 * @param protocol "tcp", "udp" or "icmp"
 * @param port the destination port, or 0 for the default (a DB's port, a load balancer's first listener, else 443)
 * @param sourcePort the client's port, or 0 for the default ephemeral port
 * @param httpHost the HTTP Host header for an Application Load Balancer, or null
 * @param httpPath the HTTP path, or null
 * @param httpMethod the HTTP method, or null
 */
public record TraceQuery(String from, String to, String protocol, int port, int sourcePort, String httpHost, String httpPath,
                         String httpMethod) {

    /** Normalises. */
    public TraceQuery {
        from = from == null ? "" : from.trim();
        to = to == null ? "" : to.trim();
        protocol = protocol == null || protocol.isBlank() ? "tcp" : protocol.trim().toLowerCase(Locale.ROOT);
        httpHost = blankToNull(httpHost);
        httpPath = blankToNull(httpPath);
        httpMethod = blankToNull(httpMethod);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * @param saved a trace kept with the document
     * @return the same request
     */
    public static TraceQuery of(SavedTrace saved) {
        return new TraceQuery(saved.from(), saved.to(), saved.protocol(), saved.port(), saved.sourcePort(), saved.httpHost(),
                saved.httpPath(), saved.httpMethod());
    }

    /**
     * @param from the source
     * @param to the destination
     * @param port the TCP port (0 for the default)
     * @return a TCP request without HTTP parts
     */
    public static TraceQuery tcp(String from, String to, int port) {
        return new TraceQuery(from, to, "tcp", port, 0, null, null, null);
    }

    /** @return true when an HTTP part is given */
    public boolean hasHttp() {
        return httpHost != null || httpPath != null || httpMethod != null;
    }

    /** @return "TCP 443", "UDP 53", "ICMP" — the legend's title */
    public String summary() {
        String p = protocol.toUpperCase(Locale.ROOT);
        return "icmp".equals(protocol) || port == 0 ? p : p + " " + port;
    }
}
