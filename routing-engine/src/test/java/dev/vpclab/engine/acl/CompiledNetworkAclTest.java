package dev.vpclab.engine.acl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Packet;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledNetworkAclTest {

    private static final TrafficDirection IN = TrafficDirection.INBOUND;
    private static final TrafficDirection OUT = TrafficDirection.OUTBOUND;

    @Test
    void namesRulesTheWayTheConsoleShowsThem() {
        CompiledNetworkAcl acl = new CompiledNetworkAcl(new NetworkAcl("acl-0a1b", "", "vpc-1", false, List.of(
                NetworkAclEntry.of(110, IN, Protocol.TCP, PortRange.of(22), Cidr.ALL, RuleAction.ALLOW),
                NetworkAclEntry.of(100, IN, Protocol.ALL, null, Cidr.parse("10.0.0.0/8"), RuleAction.DENY))));
        Packet fromInside = Packet.tcp(Ipv4Address.parse("10.5.5.5"), 49152, Ipv4Address.parse("10.0.1.10"), 22);
        Packet fromOutside = Packet.tcp(Ipv4Address.parse("198.51.100.7"), 49152, Ipv4Address.parse("10.0.1.10"), 22);

        int a = acl.evaluate(IN, fromInside);
        assertThat(acl.allows(IN, a)).isFalse();
        assertThat(acl.ruleText(IN, a)).isEqualTo("acl-0a1b inbound rule 100: DENY all from 10.0.0.0/8");
        int b = acl.evaluate(IN, fromOutside);
        assertThat(acl.allows(IN, b)).isTrue();
        assertThat(acl.ruleText(IN, b)).isEqualTo("acl-0a1b inbound rule 110: ALLOW TCP 22 from 0.0.0.0/0");
        int c = acl.evaluate(OUT, fromOutside.reversed());
        assertThat(c).isEqualTo(CompiledNetworkAcl.IMPLICIT_DENY);
        assertThat(acl.ruleText(OUT, c)).isEqualTo("acl-0a1b outbound rule *: DENY all to 0.0.0.0/0");
    }
}
