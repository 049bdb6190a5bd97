package dev.vpclab.model.net;

/**
 * An IPv4 address, held as its 32 bits. Parsing refuses anything that is not four decimal octets.
 * IPv6 is not modelled yet; AWS keeps IPv4 and IPv6 in separate fields everywhere, and so will we.
 *
 * @param bits the address as an unsigned 32-bit value stored in an int
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

    /** 0.0.0.0. */
    public static final Ipv4Address ANY = new Ipv4Address(0);

    /**
     * Parses dotted-quad notation ("10.0.1.25").
     *
     * @param text the address
     * @return the address
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static Ipv4Address parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("an IPv4 address is required");
        }
        String s = text.trim();
        int bits = 0;
        int octets = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                if (digits == 3) {
                    throw bad(text, "an octet has more than three digits");
                }
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                digits++;
            } else if (c == '.') {
                if (value < 0) {
                    throw bad(text, "an octet is missing");
                }
                if (value > 255) {
                    throw bad(text, "octet " + value + " is over 255");
                }
                if (octets == 4) {
                    throw bad(text, "it has more than four octets");
                }
                bits = (bits << 8) | value;
                octets++;
                value = -1;
                digits = 0;
            } else {
                throw bad(text, "'" + c + "' is not allowed");
            }
        }
        if (octets != 4) {
            throw bad(text, "it needs four octets like 10.0.1.25");
        }
        return new Ipv4Address(bits);
    }

    /**
     * Whether the text parses as an address.
     *
     * @param text any text
     * @return true if {@link #parse} would accept it
     */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not an IPv4 address: " + why);
    }

    /**
     * The address as a non-negative long (0 … 2^32−1).
     *
     * @return the unsigned value
     */
    public long unsigned() {
        return bits & 0xFFFF_FFFFL;
    }

    /**
     * The address {@code n} further on (or back, for negative n), wrapping at the ends of the space.
     *
     * @param n how far
     * @return the address
     */
    public Ipv4Address plus(long n) {
        return new Ipv4Address((int) (unsigned() + n));
    }

    /**
     * RFC 1918 private space: 10/8, 172.16/12, 192.168/16.
     *
     * @return true if the address is private
     */
    public boolean isRfc1918() {
        return Cidr.RFC1918_10.contains(this) || Cidr.RFC1918_172.contains(this) || Cidr.RFC1918_192.contains(this);
    }

    /**
     * RFC 6598 shared address space, 100.64.0.0/10.
     *
     * @return true if the address is carrier-grade NAT space
     */
    public boolean isRfc6598() {
        return Cidr.RFC6598.contains(this);
    }

    @Override
    public int compareTo(Ipv4Address o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xFF) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
    }
}
