package dev.vpclab.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PrefixTableProperties {

    record Entry(Cidr cidr, int value) {
    }

    @Provide
    Arbitrary<List<Entry>> tables() {
        // Few distinct networks and lengths so that prefixes nest and collide often.
        Arbitrary<Integer> base = Arbitraries.of(0x0A000000, 0x0A010000, 0x0A000100, 0xC0A80000, 0xAC100000, 0x08080808);
        Arbitrary<Integer> noise = Arbitraries.integers().between(0, 0xFFFF);
        Arbitrary<Integer> length = Arbitraries.of(0, 8, 12, 16, 20, 24, 25, 28, 32);
        Arbitrary<Cidr> cidr = Combinators.combine(base, noise, length).as((b, n, l) -> Cidr.of(new Ipv4Address(b | n), l));
        Arbitrary<Entry> entry = Combinators.combine(cidr, Arbitraries.integers().between(0, 1000)).as(Entry::new);
        return entry.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Ipv4Address> addresses() {
        Arbitrary<Integer> base = Arbitraries.of(0x0A000000, 0x0A010000, 0x0A000100, 0xC0A80000, 0xAC100000, 0x08080808);
        return Combinators.combine(base, Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers())
                .as((b, n, r) -> new Ipv4Address((r & 7) == 0 ? r : b | n));
    }

    @Property(tries = 500)
    void longestPrefixMatchEqualsBruteForce(@ForAll("tables") List<Entry> entries, @ForAll("addresses") Ipv4Address address) {
        PrefixTable.Builder<Entry> b = PrefixTable.builder();
        for (Entry e : entries) {
            // Keep the smaller value on equal prefixes: an arbitrary but deterministic tie-break to check.
            b.put(e.cidr(), e, (x, y) -> y.value() < x.value() ? y : x);
        }
        PrefixTable<Entry> table = b.build();

        Entry expected = null;
        for (Entry e : entries) {
            if (!e.cidr().contains(address)) {
                continue;
            }
            if (expected == null || e.cidr().prefixLength() > expected.cidr().prefixLength()
                    || (e.cidr().prefixLength() == expected.cidr().prefixLength() && e.value() < expected.value())) {
                expected = e;
            }
        }
        Entry actual = table.lookup(address);
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull();
            assertThat(actual.cidr()).isEqualTo(expected.cidr());
            assertThat(actual.value()).isEqualTo(expected.value());
        }
    }

    @Property(tries = 100)
    void everyDistinctPrefixIsKeptOnce(@ForAll("tables") List<Entry> entries) {
        PrefixTable.Builder<Entry> b = PrefixTable.builder();
        entries.forEach(e -> b.put(e.cidr(), e, (x, y) -> x));
        List<Cidr> distinct = new ArrayList<>();
        entries.stream().map(Entry::cidr).distinct().forEach(distinct::add);
        assertThat(b.build().entries()).extracting(Entry::cidr).containsExactlyElementsOf(distinct);
    }
}
