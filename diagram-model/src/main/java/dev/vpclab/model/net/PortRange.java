package dev.vpclab.model.net;

/**
 * An inclusive range of TCP/UDP ports, 0 … 65535. Written "443" or "1024-65535".
 *
 * @param from the first port
 * @param to the last port, not below {@code from}
 */
public record PortRange(int from, int to) {

    /** Every port. */
    public static final PortRange ALL = new PortRange(0, 65535);
    /** The range AWS advises for replies to clients, load balancers and NAT gateways. */
    public static final PortRange EPHEMERAL = new PortRange(1024, 65535);

    /**
     * Validates.
     *
     * @param from first port
     * @param to last port
     */
    public PortRange {
        if (from < 0 || from > 65535) {
            throw new IllegalArgumentException("port " + from + " is not between 0 and 65535");
        }
        if (to < 0 || to > 65535) {
            throw new IllegalArgumentException("port " + to + " is not between 0 and 65535");
        }
        if (from > to) {
            throw new IllegalArgumentException("port range " + from + "-" + to + " runs backwards; write " + to + "-" + from);
        }
    }

    /**
     * @param port a port
     * @return the range of that one port
     */
    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    /**
     * Parses "443", "1024-65535" or "all".
     *
     * @param text the range
     * @return the range
     */
    public static PortRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a port or port range is required, like 443 or 1024-65535");
        }
        String s = text.trim();
        if (s.equalsIgnoreCase("all")) {
            return ALL;
        }
        int dash = s.indexOf('-', 1);
        try {
            if (dash < 0) {
                return of(Integer.parseInt(s));
            }
            return new PortRange(Integer.parseInt(s.substring(0, dash).trim()), Integer.parseInt(s.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a port or port range like 443 or 1024-65535");
        }
    }

    /**
     * @param port a port
     * @return true if the port is in the range
     */
    public boolean contains(int port) {
        return port >= from && port <= to;
    }

    /**
     * @param other a range
     * @return true if every port of other is in this range
     */
    public boolean contains(PortRange other) {
        return other.from >= from && other.to <= to;
    }

    /**
     * @return true if this is 0-65535
     */
    public boolean isAll() {
        return from == 0 && to == 65535;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
