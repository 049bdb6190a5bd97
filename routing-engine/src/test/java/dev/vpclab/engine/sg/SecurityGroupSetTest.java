package dev.vpclab.engine.sg;

import static dev.vpclab.engine.testing.NetworkBuilder.ip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Packet;
import dev.vpclab.engine.testing.Rules;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.SecurityGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityGroupSetTest {

    private static final Map<String, PrefixList> LISTS = Map.of("pl-s3",
            new PrefixList("pl-s3", "", "com.amazonaws.us-east-1.s3", List.of(dev.vpclab.model.net.Cidr.parse("52.216.0.0/15")), true));

    private static CompiledSecurityGroup group(String id, List<dev.vpclab.model.resource.SecurityGroupRule> in,
                                               List<dev.vpclab.model.resource.SecurityGroupRule> out) {
        return new CompiledSecurityGroup(new SecurityGroup(id, "", "vpc-1", id, "", in, out), LISTS);
    }

    @Test
    void rulesOfAllGroupsAreUnioned() {
        SecurityGroupSet set = new SecurityGroupSet(List.of(group("sg-a", List.of(Rules.sg("tcp", "22", "10.0.0.0/8")), List.of()),
                group("sg-b", List.of(Rules.sg("tcp", "443", "0.0.0.0/0")), List.of())));
        SecurityGroupMembership none = (g, a, v) -> false;
        Packet https = Packet.tcp(ip("198.51.100.7"), 50000, ip("10.0.1.10"), 443);
        SecurityGroupSet.Match m = set.evaluate(TrafficDirection.INBOUND, https, "vpc-1", none);
        assertThat(m.group().id()).isEqualTo("sg-b");
        assertThat(m.group().ruleText(TrafficDirection.INBOUND, m.ruleIndex())).isEqualTo("sg-b inbound: TCP 443 from 0.0.0.0/0");
        assertThat(set.evaluate(TrafficDirection.INBOUND, https.withDestination(https.destination(), 22), "vpc-1", none)).isNull();
        assertThat(set.evaluate(TrafficDirection.OUTBOUND, https, "vpc-1", none)).isNull();
        assertThat(set.hasNoRules()).isFalse();
        assertThat(new SecurityGroupSet(List.of(group("sg-x", List.of(), List.of()))).hasNoRules()).isTrue();
    }

    @Test
    void referencesAskTheMembershipAndPrefixListsExpand() {
        CompiledSecurityGroup db = group("sg-db", List.of(Rules.sg("tcp", "5432", "sg-app")), List.of(Rules.sg("tcp", "443", "pl-s3")));
        Packet fromApp = Packet.tcp(ip("10.0.1.10"), 50000, ip("10.0.2.10"), 5432);
        assertThat(db.firstAllowing(TrafficDirection.INBOUND, fromApp, "vpc-1", (g, a, v) -> g.equals("sg-app") && a.equals(ip("10.0.1.10"))))
                .isZero();
        assertThat(db.firstAllowing(TrafficDirection.INBOUND, fromApp, "vpc-1", (g, a, v) -> false)).isNegative();
        Packet toS3 = new Packet(Protocol.TCP, ip("10.0.2.10"), 40000, ip("52.217.3.4"), 443, null);
        assertThat(db.firstAllowing(TrafficDirection.OUTBOUND, toS3, "vpc-1", (g, a, v) -> false)).isZero();
        assertThat(db.firstAllowing(TrafficDirection.OUTBOUND, toS3.withDestination(ip("8.8.8.8"), 443), "vpc-1", (g, a, v) -> false))
                .isNegative();
    }

    @Test
    void icmpRulesMatchTypeAndCode() {
        CompiledSecurityGroup g = group("sg-ping", List.of(Rules.sg("icmp", "8:-1", "0.0.0.0/0")), List.of());
        Packet echo = new Packet(Protocol.ICMP, ip("1.1.1.1"), 0, ip("10.0.0.5"), 0, dev.vpclab.model.net.IcmpTypeCode.ECHO_REQUEST);
        assertThat(g.firstAllowing(TrafficDirection.INBOUND, echo, "vpc-1", (a, b, c) -> false)).isZero();
        assertThat(g.firstAllowing(TrafficDirection.INBOUND, echo.reversed().reversed().withSource(ip("1.1.1.1"), 0), "vpc-1",
                (a, b, c) -> false)).isZero();
        assertThat(g.firstAllowing(TrafficDirection.INBOUND, new Packet(Protocol.ICMP, ip("1.1.1.1"), 0, ip("10.0.0.5"), 0,
                new dev.vpclab.model.net.IcmpTypeCode(3, 4)), "vpc-1", (a, b, c) -> false)).isNegative();
    }
}
