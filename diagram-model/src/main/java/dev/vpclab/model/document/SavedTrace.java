package dev.vpclab.model.document;

/**
 * A trace kept with a document so that it can be run again in one click: the same fields as
 * {@code vpclab trace}.
 *
 * @param name what the trace list shows
 * @param description what the trace shows, for teachers
 * @param from the source (id, Name, address, DNS name or "internet")
 * @param to the destination
 * @param protocol "tcp", "udp" or "icmp"
 * @param port destination port (0 for ICMP)
 * @param sourcePort the client's source port, or 0 for the default ephemeral port
 * @param httpHost HTTP Host header for load balancers, or null
 * @param httpPath HTTP path, or null
 * @param httpMethod HTTP method, or null
 * @param expectReachable what a teacher expects, or null when not stated
 */
public record SavedTrace(String name, String description, String from, String to, String protocol, int port, int sourcePort,
                         String httpHost, String httpPath, String httpMethod, Boolean expectReachable) {
    /** Validates. */
    public SavedTrace {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a saved trace needs a source and a destination");
        }
        name = name == null || name.isBlank() ? from + " → " + to : name;
        description = description == null ? "" : description;
        protocol = protocol == null || protocol.isBlank() ? "tcp" : protocol;
        if (port < 0 || port > 65535 || sourcePort < 0 || sourcePort > 65535) {
            throw new IllegalArgumentException("saved trace '" + name + "': ports must be 0-65535");
        }
    }
}
