package dev.vpclab.engine.acl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Packet;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NetworkAclProperties {

    @Provide
    Arbitrary<List<NetworkAclEntry>> entries() {
        Arbitrary<Integer> number = Arbitraries.integers().between(1, 300);
        Arbitrary<TrafficDirection> dir = Arbitraries.of(TrafficDirection.class);
        Arbitrary<Protocol> proto = Arbitraries.of(Protocol.ALL, Protocol.TCP, Protocol.UDP, Protocol.ICMP, new Protocol(50));
        Arbitrary<PortRange> ports = Arbitraries.of(PortRange.of(22), PortRange.of(443), PortRange.EPHEMERAL, new PortRange(32768, 61000),
                PortRange.ALL, new PortRange(400, 500));
        Arbitrary<IcmpTypeCode> icmp = Arbitraries.of(IcmpTypeCode.ANY, IcmpTypeCode.ECHO_REQUEST, IcmpTypeCode.ECHO_REPLY, new IcmpTypeCode(3, -1));
        Arbitrary<Cidr> cidr = Arbitraries.of(Cidr.ALL, Cidr.parse("10.0.0.0/8"), Cidr.parse("10.0.1.0/24"), Cidr.parse("198.51.100.0/24"),
                Cidr.parse("10.0.1.7/32"));
        Arbitrary<RuleAction> action = Arbitraries.of(RuleAction.class);
        return Combinators.combine(number, dir, proto, ports, icmp, cidr, action).as(NetworkAclEntry::new).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Packet> packets() {
        Arbitrary<Protocol> proto = Arbitraries.of(Protocol.TCP, Protocol.UDP, Protocol.ICMP, new Protocol(50));
        Arbitrary<Ipv4Address> addr = Arbitraries.of("10.0.1.7", "10.0.1.200", "10.9.9.9", "198.51.100.77", "8.8.8.8")
                .map(Ipv4Address::parse);
        Arbitrary<Integer> port = Arbitraries.of(22, 443, 450, 1023, 1024, 32767, 32768, 49152, 61000, 62001, 65535);
        Arbitrary<IcmpTypeCode> icmp = Arbitraries.of(IcmpTypeCode.ECHO_REQUEST, IcmpTypeCode.ECHO_REPLY, new IcmpTypeCode(3, 4));
        return Combinators.combine(proto, addr, port, addr, port, icmp).as(Packet::new);
    }

    @Property(tries = 1000)
    void firstMatchEqualsASortedLinearScan(@ForAll("entries") List<NetworkAclEntry> entries, @ForAll("packets") Packet packet,
                                           @ForAll TrafficDirection direction) {
        CompiledNetworkAcl acl = new CompiledNetworkAcl(new NetworkAcl("acl-1", "", "vpc-1", false, entries));

        NetworkAclEntry expected = entries.stream().filter(e -> e.direction() == direction)
                .sorted(Comparator.comparingInt(NetworkAclEntry::ruleNumber))
                .filter(e -> oracleMatches(e, packet)).findFirst().orElse(null);

        int index = acl.evaluate(direction, packet);
        NetworkAclEntry actual = acl.entry(direction, index);
        assertThat(actual).isEqualTo(expected);
        assertThat(acl.allows(direction, index)).isEqualTo(expected != null && expected.action() == RuleAction.ALLOW);
    }

    /** The rule semantics written the slow, obvious way with the model's own value methods. */
    private static boolean oracleMatches(NetworkAclEntry e, Packet p) {
        if (!e.protocol().matches(p.protocol())) {
            return false;
        }
        Ipv4Address peer = e.inbound() ? p.source() : p.destination();
        if (!e.cidr().contains(peer)) {
            return false;
        }
        if (e.portRange() != null && !e.portRange().contains(p.destinationPort())) {
            return false;
        }
        return e.icmp() == null || e.icmp().matches(p.icmp());
    }
}
