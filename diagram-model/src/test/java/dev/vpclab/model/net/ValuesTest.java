package dev.vpclab.model.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @Test
    void portRanges() {
        assertThat(PortRange.parse("1024-65535")).isEqualTo(PortRange.EPHEMERAL);
        assertThat(PortRange.parse("443")).isEqualTo(PortRange.of(443));
        assertThat(PortRange.parse("all")).isEqualTo(PortRange.ALL);
        assertThat(PortRange.EPHEMERAL.contains(49152)).isTrue();
        assertThat(PortRange.EPHEMERAL.contains(80)).isFalse();
        assertThat(PortRange.of(443)).hasToString("443");
    }

    @ParameterizedTest
    @ValueSource(strings = {"65536", "-1", "80-22", "http", "1-2-3", ""})
    void badPortsAreRefusedWithAMessage(String text) {
        assertThatThrownBy(() -> PortRange.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    }

    @Test
    void protocols() {
        assertThat(Protocol.parse("TCP")).isEqualTo(Protocol.TCP);
        assertThat(Protocol.parse("-1")).isEqualTo(Protocol.ALL);
        assertThat(Protocol.parse("6")).isEqualTo(Protocol.TCP);
        assertThat(Protocol.parse("50").number()).isEqualTo(50);
        assertThat(Protocol.ALL.matches(Protocol.UDP)).isTrue();
        assertThat(Protocol.TCP.matches(Protocol.UDP)).isFalse();
        assertThatThrownBy(() -> Protocol.parse("tcpp")).hasMessageContaining("not a protocol");
        assertThatThrownBy(() -> Protocol.parse("256")).hasMessageContaining("255");
    }

    @Test
    void addresses() {
        assertThat(Ipv4Address.parse("10.1.2.3").isRfc1918()).isTrue();
        assertThat(Ipv4Address.parse("172.31.0.1").isRfc1918()).isTrue();
        assertThat(Ipv4Address.parse("172.32.0.1").isRfc1918()).isFalse();
        assertThat(Ipv4Address.parse("100.64.0.1").isRfc6598()).isTrue();
        assertThat(Ipv4Address.parse("255.255.255.255").unsigned()).isEqualTo(0xFFFF_FFFFL);
        assertThatThrownBy(() -> Ipv4Address.parse("1.2.3")).hasMessageContaining("four octets");
        assertThatThrownBy(() -> Ipv4Address.parse("1.2.3.256")).hasMessageContaining("256");
    }

    @Test
    void icmp() {
        assertThat(IcmpTypeCode.parse("8:0")).isEqualTo(IcmpTypeCode.ECHO_REQUEST);
        assertThat(IcmpTypeCode.ANY.matches(IcmpTypeCode.ECHO_REPLY)).isTrue();
        assertThat(IcmpTypeCode.parse("8").matches(IcmpTypeCode.ECHO_REQUEST)).isTrue();
    }
}
