package dev.vpclab.engine.route;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Longest-prefix match without a scan: one hash map per prefix length present, probed from the longest length
 * down, so a lookup costs at most one probe per distinct length (usually two or three). Immutable once built.
 *
 * @param <V> what a prefix maps to (a route)
 */
public final class PrefixTable<V> {

    private final int[] lengths;
    private final int[] masks;
    private final IntObjectMap<V>[] maps;
    private final List<V> entries;

    private PrefixTable(int[] lengths, IntObjectMap<V>[] maps, List<V> entries) {
        this.lengths = lengths;
        this.maps = maps;
        this.entries = entries;
        this.masks = new int[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            masks[i] = Cidr.mask(lengths[i]);
        }
    }

    /**
     * @param <V> the value type
     * @return a builder
     */
    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /**
     * @param address an address as its 32 bits
     * @return the value of the longest prefix holding the address, or null
     */
    public V lookup(int address) {
        for (int i = 0; i < masks.length; i++) {
            V v = maps[i].get(address & masks[i]);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * @param address an address
     * @return the value of the longest prefix holding the address, or null
     */
    public V lookup(Ipv4Address address) {
        return lookup(address.bits());
    }

    /** @return every value, in the order they were first added (after merging equal prefixes) */
    public List<V> entries() {
        return entries;
    }

    /** @return the distinct prefix lengths, longest first */
    public int[] lengths() {
        return lengths.clone();
    }

    /**
     * Collects prefixes; where two have the same prefix a merge function picks the survivor.
     *
     * @param <V> the value type
     */
    public static final class Builder<V> {
        private final IntObjectMap<V>[] byLength = newMaps();
        private final List<Cidr> order = new ArrayList<>();

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static <V> IntObjectMap<V>[] newMaps() {
            return (IntObjectMap<V>[]) new IntObjectMap[33];
        }

        /**
         * @param prefix a block
         * @param value its value
         * @param merge given (present, new), returns the one to keep
         * @return this builder
         */
        public Builder<V> put(Cidr prefix, V value, BinaryOperator<V> merge) {
            int len = prefix.prefixLength();
            IntObjectMap<V> map = byLength[len];
            if (map == null) {
                map = new IntObjectMap<>();
                byLength[len] = map;
            }
            V present = map.get(prefix.network().bits());
            if (present == null) {
                map.put(prefix.network().bits(), value);
                order.add(prefix);
            } else {
                map.put(prefix.network().bits(), merge.apply(present, value));
            }
            return this;
        }

        /** @return the table */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public PrefixTable<V> build() {
            int count = 0;
            for (IntObjectMap<V> m : byLength) {
                if (m != null) {
                    count++;
                }
            }
            int[] lengths = new int[count];
            IntObjectMap<V>[] maps = (IntObjectMap<V>[]) new IntObjectMap[count];
            int k = 0;
            for (int len = 32; len >= 0; len--) {
                if (byLength[len] != null) {
                    lengths[k] = len;
                    maps[k] = byLength[len];
                    k++;
                }
            }
            List<V> entries = new ArrayList<>(order.size());
            for (Cidr c : order) {
                entries.add(byLength[c.prefixLength()].get(c.network().bits()));
            }
            return new PrefixTable<>(lengths, maps, List.copyOf(entries));
        }
    }
}
