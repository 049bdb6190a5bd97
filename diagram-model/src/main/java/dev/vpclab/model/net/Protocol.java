package dev.vpclab.model.net;

/**
 * An IP protocol as AWS rules name it: a protocol number 0 … 255, or −1 for all protocols.
 * Written "tcp", "udp", "icmp", "all" or the number.
 *
 * @param number the IANA protocol number, or −1
 */
public record Protocol(int number) {

    /** All protocols (AWS "-1"). */
    public static final Protocol ALL = new Protocol(-1);
    /** ICMP, 1. */
    public static final Protocol ICMP = new Protocol(1);
    /** TCP, 6. */
    public static final Protocol TCP = new Protocol(6);
    /** UDP, 17. */
    public static final Protocol UDP = new Protocol(17);

    /**
     * Validates.
     *
     * @param number −1 … 255
     */
    public Protocol {
        if (number < -1 || number > 255) {
            throw new IllegalArgumentException("protocol number " + number + " is not between 0 and 255 (or -1 for all)");
        }
    }

    /**
     * Parses a name or a number.
     *
     * @param text "tcp", "udp", "icmp", "all", "-1" or 0 … 255
     * @return the protocol
     */
    public static Protocol parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a protocol is required: tcp, udp, icmp, all or a number");
        }
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "tcp": return TCP;
            case "udp": return UDP;
            case "icmp": return ICMP;
            case "all": case "-1": case "any": return ALL;
            default:
                try {
                    return new Protocol(Integer.parseInt(text.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a protocol: use tcp, udp, icmp, all or a number 0-255");
                }
        }
    }

    /**
     * @return true for TCP and UDP, the protocols whose rules carry ports
     */
    public boolean hasPorts() {
        return number == 6 || number == 17;
    }

    /**
     * @param actual the protocol of a packet
     * @return true if a rule with this protocol applies to the packet's protocol
     */
    public boolean matches(Protocol actual) {
        return number == -1 || number == actual.number;
    }

    @Override
    public String toString() {
        switch (number) {
            case -1: return "all";
            case 1: return "icmp";
            case 6: return "tcp";
            case 17: return "udp";
            default: return Integer.toString(number);
        }
    }
}
