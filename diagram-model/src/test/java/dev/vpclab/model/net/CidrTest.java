package dev.vpclab.model.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void parseCanonicalisesAsAwsDoes() {
        assertThat(Cidr.parse("100.68.0.18/18")).hasToString("100.68.0.0/18");
        assertThat(Cidr.parse(" 10.0.1.0/24 ")).isEqualTo(new Cidr(Ipv4Address.parse("10.0.1.0"), 24));
        assertThat(Cidr.parse("10.0.0.5")).hasToString("10.0.0.5/32");
    }

    @Test
    void canonicalConstructorRefusesHostBits() {
        assertThatThrownBy(() -> new Cidr(Ipv4Address.parse("10.0.1.5"), 24))
                .hasMessageContaining("host bits").hasMessageContaining("10.0.1.0/24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.256/24", "10.0.0/24", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/ab", "a.b.c.d/8", "", "10.0.0.0.0/8", "1234.0.0.0/8"})
    void refusesMalformedBlocksWithAMessage(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CIDR");
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0/16,10.0.255.255,true", "10.0.0.0/16,10.1.0.0,false", "0.0.0.0/0,255.255.255.255,true",
            "10.0.1.0/24,10.0.1.0,true", "10.0.1.0/24,10.0.0.255,false"})
    void containsAddress(String cidr, String address, boolean expected) {
        assertThat(Cidr.parse(cidr).contains(Ipv4Address.parse(address))).isEqualTo(expected);
    }

    @Test
    void sizesAndEnds() {
        Cidr c = Cidr.parse("10.0.0.0/24");
        assertThat(c.size()).isEqualTo(256);
        assertThat(c.last()).hasToString("10.0.0.255");
        assertThat(Cidr.ALL.size()).isEqualTo(1L << 32);
    }

    @Property
    void parseOfToStringIsIdentity(@ForAll int bits, @ForAll @IntRange(min = 0, max = 32) int len) {
        Cidr c = Cidr.of(new Ipv4Address(bits), len);
        assertThat(Cidr.parse(c.toString())).isEqualTo(c);
    }

    @Property
    void overlapIsSymmetricAndMeansOneContainsTheOther(@ForAll int a, @ForAll @IntRange(min = 0, max = 32) int la,
                                                        @ForAll int b, @ForAll @IntRange(min = 0, max = 32) int lb) {
        Cidr x = Cidr.of(new Ipv4Address(a), la);
        Cidr y = Cidr.of(new Ipv4Address(b), lb);
        assertThat(x.overlaps(y)).isEqualTo(y.overlaps(x));
        assertThat(x.overlaps(y)).isEqualTo(x.contains(y) || y.contains(x));
    }

    @Property
    void containsIsTransitive(@ForAll int bits, @ForAll @IntRange(min = 0, max = 32) int l1,
                              @ForAll @IntRange(min = 0, max = 32) int l2, @ForAll @IntRange(min = 0, max = 32) int l3) {
        Ipv4Address a = new Ipv4Address(bits);
        Cidr x = Cidr.of(a, Math.min(l1, Math.min(l2, l3)));
        Cidr z = Cidr.of(a, Math.max(l1, Math.max(l2, l3)));
        assertThat(x.contains(z)).isTrue();
        assertThat(z.contains(a)).isTrue();
    }

    @Property
    void addressParseRoundTrips(@ForAll int bits) {
        Ipv4Address a = new Ipv4Address(bits);
        assertThat(Ipv4Address.parse(a.toString())).isEqualTo(a);
    }
}
