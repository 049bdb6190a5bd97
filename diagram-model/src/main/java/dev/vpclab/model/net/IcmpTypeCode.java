package dev.vpclab.model.net;

/**
 * An ICMP type and code for a rule; −1 means any. Written "8:0", "8:-1" or "all".
 *
 * @param type −1 … 255
 * @param code −1 … 255
 */
public record IcmpTypeCode(int type, int code) {

    /** Any type, any code. */
    public static final IcmpTypeCode ANY = new IcmpTypeCode(-1, -1);
    /** Echo request (ping). */
    public static final IcmpTypeCode ECHO_REQUEST = new IcmpTypeCode(8, 0);
    /** Echo reply. */
    public static final IcmpTypeCode ECHO_REPLY = new IcmpTypeCode(0, 0);

    /**
     * Validates.
     *
     * @param type the type
     * @param code the code
     */
    public IcmpTypeCode {
        if (type < -1 || type > 255 || code < -1 || code > 255) {
            throw new IllegalArgumentException("ICMP type " + type + " code " + code + " must each be 0-255 or -1 for any");
        }
    }

    /**
     * Parses "type:code" or "all".
     *
     * @param text the type and code
     * @return the value
     */
    public static IcmpTypeCode parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return ANY;
        }
        String[] parts = text.trim().split(":", -1);
        try {
            return new IcmpTypeCode(Integer.parseInt(parts[0].trim()), parts.length > 1 ? Integer.parseInt(parts[1].trim()) : -1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ICMP type:code like 8:0");
        }
    }

    /**
     * @param actual the type and code of a packet
     * @return true if a rule with this value applies
     */
    public boolean matches(IcmpTypeCode actual) {
        return (type == -1 || type == actual.type) && (code == -1 || code == actual.code);
    }

    @Override
    public String toString() {
        return type == -1 && code == -1 ? "all" : type + ":" + code;
    }
}
