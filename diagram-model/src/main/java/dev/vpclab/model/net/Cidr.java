package dev.vpclab.model.net;

/**
 * An IPv4 CIDR block in canonical form: the host bits of {@code network} are zero.
 * {@link #parse} canonicalises as AWS does ("100.68.0.18/18" becomes "100.68.0.0/18"); the canonical
 * constructor refuses non-canonical input. Whether a prefix length suits a VPC or subnet (/16–/28) is a
 * validation question, not a property of the value.
 *
 * @param network the first address of the block
 * @param prefixLength 0 … 32
 */
public record Cidr(Ipv4Address network, int prefixLength) implements Comparable<Cidr> {

    /** 0.0.0.0/0, everything. */
    public static final Cidr ALL = new Cidr(Ipv4Address.ANY, 0);
    static final Cidr RFC1918_10 = parse("10.0.0.0/8");
    static final Cidr RFC1918_172 = parse("172.16.0.0/12");
    static final Cidr RFC1918_192 = parse("192.168.0.0/16");
    static final Cidr RFC6598 = parse("100.64.0.0/10");

    /**
     * Validates.
     *
     * @param network the first address
     * @param prefixLength the prefix length
     */
    public Cidr {
        if (network == null) {
            throw new IllegalArgumentException("a CIDR needs a network address");
        }
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length /" + prefixLength + " is not between /0 and /32");
        }
        if ((network.bits() & ~mask(prefixLength)) != 0) {
            throw new IllegalArgumentException(network + "/" + prefixLength + " has host bits set; the block is "
                    + new Ipv4Address(network.bits() & mask(prefixLength)) + "/" + prefixLength);
        }
    }

    /**
     * Parses "a.b.c.d/n", canonicalising the network address; a bare address is a /32.
     *
     * @param text the block
     * @return the canonical block
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a CIDR block is required, like 10.0.0.0/16");
        }
        String s = text.trim();
        int slash = s.indexOf('/');
        Ipv4Address address;
        int length;
        try {
            address = Ipv4Address.parse(slash < 0 ? s : s.substring(0, slash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block: " + e.getMessage());
        }
        if (slash < 0) {
            length = 32;
        } else {
            String len = s.substring(slash + 1);
            if (len.isEmpty() || len.length() > 2 || !len.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("'" + text + "' is not a CIDR block: the prefix length after '/' must be 0 to 32");
            }
            length = Integer.parseInt(len);
            if (length > 32) {
                throw new IllegalArgumentException("'" + text + "' is not a CIDR block: prefix length /" + length + " is over /32");
            }
        }
        return of(address, length);
    }

    /**
     * The block of the given length that holds the address.
     *
     * @param address any address in the block
     * @param prefixLength 0 … 32
     * @return the canonical block
     */
    public static Cidr of(Ipv4Address address, int prefixLength) {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length /" + prefixLength + " is not between /0 and /32");
        }
        return new Cidr(new Ipv4Address(address.bits() & mask(prefixLength)), prefixLength);
    }

    /**
     * Whether the text parses as a CIDR block.
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

    /**
     * The netmask bits for a prefix length.
     *
     * @param prefixLength 0 … 32
     * @return the mask as an int
     */
    public static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /**
     * @param address an address
     * @return true if the address is inside the block
     */
    public boolean contains(Ipv4Address address) {
        return (address.bits() & mask(prefixLength)) == network.bits();
    }

    /**
     * @param other a block
     * @return true if every address of {@code other} is in this block
     */
    public boolean contains(Cidr other) {
        return other.prefixLength >= prefixLength && contains(other.network);
    }

    /**
     * @param other a block
     * @return true if the two blocks share at least one address
     */
    public boolean overlaps(Cidr other) {
        return contains(other.network) || other.contains(network);
    }

    /**
     * @return how many addresses the block holds (2^(32−n))
     */
    public long size() {
        return 1L << (32 - prefixLength);
    }

    /**
     * @return the last address of the block
     */
    public Ipv4Address last() {
        return new Ipv4Address(network.bits() | ~mask(prefixLength));
    }

    /**
     * The address at an offset from the start of the block.
     *
     * @param offset 0 … size−1
     * @return the address
     */
    public Ipv4Address address(long offset) {
        if (offset < 0 || offset >= size()) {
            throw new IllegalArgumentException("offset " + offset + " is outside " + this);
        }
        return network.plus(offset);
    }

    @Override
    public int compareTo(Cidr o) {
        int c = network.compareTo(o.network);
        return c != 0 ? c : Integer.compare(prefixLength, o.prefixLength);
    }

    @Override
    public String toString() {
        return network + "/" + prefixLength;
    }
}
