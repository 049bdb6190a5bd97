package dev.vpclab.trace;

import static dev.vpclab.engine.testing.Rules.ALLOW;
import static dev.vpclab.engine.testing.Rules.DENY;
import static dev.vpclab.engine.testing.Rules.allOut;
import static dev.vpclab.engine.testing.Rules.in;
import static dev.vpclab.engine.testing.Rules.out;
import static dev.vpclab.engine.testing.Rules.sg;
import static dev.vpclab.trace.TraceCheck.base;
import static dev.vpclab.trace.TraceCheck.components;
import static dev.vpclab.trace.TraceCheck.request;
import static dev.vpclab.trace.TraceCheck.rules;
import static dev.vpclab.trace.TraceCheck.run;
import static dev.vpclab.trace.TraceCheck.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.trace.fix.DocumentChange;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Checklist items 19–28: network ACLs and security groups. */
class ChecklistFilteringTest {

    private static NetworkBuilder web() {
        return base().sg("sg-web", "vpc-a", sg("tcp", "443", "0.0.0.0/0"))
                .instance("i-web", "subnet-p", "10.0.1.10", "sg-web").eip("eipalloc-web", "203.0.113.10", "eni-web");
    }

    @Test
    void item19ACustomAclWithoutOutboundEphemeralPortsDropsTheReply() {
        NetworkBuilder b = web().nacl("acl-web", "vpc-a", in(100, "tcp", "443", "0.0.0.0/0", ALLOW), out(100, "tcp", "443", "0.0.0.0/0", ALLOW))
                .associateAcl("subnet-p", "acl-web");
        Trace t = tcp(b, "internet", "i-web", 443);
        assertThat(t.reachable()).isFalse();
        assertThat(t.explanationCode()).isEqualTo("SUBNET_ACL_RESTRICTION");
        assertThat(t.blockingComponent()).isEqualTo(new BlockingComponent("acl-web", ComponentType.NETWORK_ACL, TraceDirection.RETURN,
                "acl-web outbound rule *: DENY all to 0.0.0.0/0"));
        assertThat(t.forward()).isNotEmpty();
        assertThat(t.explanation().format(Locale.KOREAN))
                .isEqualTo("응답 패킷(목적지 포트 49152)이 subnet-p 서브넷을 나갈 때 아웃바운드 규칙이 없어 NACL의 기본 거부(*) 규칙에 막혔습니다.");
        assertThat(t.suggestedFix().changes()).containsExactly(new DocumentChange.AddNaclEntry("acl-web",
                NetworkAclEntry.of(110, TrafficDirection.OUTBOUND, Protocol.TCP, PortRange.EPHEMERAL, Cidr.ALL, RuleAction.ALLOW)));
        assertThat(t.suggestedFix().message().format(Locale.ENGLISH))
                .isEqualTo("Add outbound rule 110 to acl-web: allow TCP 1024–65535 to 0.0.0.0/0.");
        NetworkBuilder fixed = b.update("acl-web", dev.vpclab.model.resource.NetworkAcl.class, a -> new dev.vpclab.model.resource.NetworkAcl(
                a.id(), a.name(), a.vpcId(), false, List.of(a.entries().get(0), a.entries().get(1),
                ((DocumentChange.AddNaclEntry) t.suggestedFix().changes().get(0)).entry())));
        assertThat(tcp(fixed, "internet", "i-web", 443).reachable()).as("the suggested fix works").isTrue();
    }

    private static NetworkBuilder order(int denyNumber, int allowNumber) {
        return web().vpc("vpc-c", "10.5.0.0/16").subnet("subnet-c", "vpc-c", "a", "10.5.5.0/24")
                .sg("sg-c", "vpc-c", sg("all", "all", "0.0.0.0/0")).instance("i-c", "subnet-c", "10.5.5.5", "sg-c")
                .peering("pcx-ac", "vpc-a", "vpc-c").route("rtb-main-c", "10.0.0.0/16", "pcx-ac").route("rtb-p", "10.5.0.0/16", "pcx-ac")
                .update("sg-web", dev.vpclab.model.resource.SecurityGroup.class, g -> new dev.vpclab.model.resource.SecurityGroup(g.id(),
                        g.name(), g.vpcId(), g.groupName(), "", List.of(sg("tcp", "22", "0.0.0.0/0")), g.egress()))
                .nacl("acl-p", "vpc-a", in(denyNumber, "all", "all", "10.0.0.0/8", DENY), in(allowNumber, "tcp", "22", "0.0.0.0/0", ALLOW),
                        out(100, "all", "all", "0.0.0.0/0", ALLOW))
                .associateAcl("subnet-p", "acl-p");
    }

    @Test
    void item20AclRulesAreEvaluatedInNumberOrder() {
        Network net = order(100, 110).network();
        Trace inside = tcp(net, "10.5.5.5", "10.0.1.10", 22);
        assertThat(inside.explanationCode()).isEqualTo("SUBNET_ACL_RESTRICTION");
        assertThat(inside.blockingComponent().rule()).isEqualTo("acl-p inbound rule 100: DENY all from 10.0.0.0/8");
        Trace outside = tcp(net, "198.51.100.7", "203.0.113.10", 22);
        assertThat(outside.reachable()).isTrue();
        assertThat(rules(outside.forward())).contains("acl-p inbound rule 110: ALLOW TCP 22 from 0.0.0.0/0");
        assertThat(tcp(order(110, 100), "10.5.5.5", "10.0.1.10", 22).reachable()).isTrue();
    }

    @Test
    void item21AFreshCustomAclBlocksEverything() {
        NetworkBuilder b = base().instance("i-p", "subnet-p", "10.0.1.10", "sg-open").instance("i-q", "subnet-q", "10.0.2.20", "sg-open")
                .nacl("acl-new", "vpc-a").associateAcl("subnet-q", "acl-new");
        Trace into = tcp(b, "i-p", "i-q", 5432);
        assertThat(into.explanationCode()).isEqualTo("SUBNET_ACL_RESTRICTION");
        assertThat(into.blockingComponent().rule()).isEqualTo("acl-new inbound rule *: DENY all from 0.0.0.0/0");
        assertThat(into.blockingComponent().direction()).isEqualTo(TraceDirection.FORWARD);
        Trace outOf = tcp(b, "i-q", "i-p", 5432);
        assertThat(outOf.blockingComponent().rule()).isEqualTo("acl-new outbound rule *: DENY all to 0.0.0.0/0");
        assertThat(tcp(b.associateAcl("subnet-q", "acl-default-a"), "i-p", "i-q", 5432).reachable()).isTrue();
    }

    @Test
    void item22TrafficInsideOneSubnetSkipsTheAcl() {
        NetworkBuilder b = base().sg("sg-a", "vpc-a").sg("sg-b", "vpc-a", sg("tcp", "8080", "sg-a"))
                .instance("i-a", "subnet-q", "10.0.2.10", "sg-a").instance("i-b", "subnet-q", "10.0.2.20", "sg-b")
                .nacl("acl-deny", "vpc-a", in(100, "all", "all", "0.0.0.0/0", DENY), out(100, "all", "all", "0.0.0.0/0", DENY))
                .associateAcl("subnet-q", "acl-deny");
        Trace t = tcp(b, "i-a", "i-b", 8080);
        assertThat(t.reachable()).isTrue();
        assertThat(components(t.allHops())).doesNotContain("acl-deny", "rtb-main-a");
        assertThat(rules(t.forward())).contains("sg-b inbound: TCP 8080 from sg-a");
        assertThat(tcp(b, "i-a", "i-b", 8081).blockingComponent().id()).isEqualTo("sg-b");
    }

    @Test
    void item23ANarrowEphemeralRangeFailsSomeClients() {
        NetworkBuilder b = web().nacl("acl-web", "vpc-a", in(100, "tcp", "443", "0.0.0.0/0", ALLOW), out(100, "tcp", "32768-61000", "0.0.0.0/0", ALLOW))
                .associateAcl("subnet-p", "acl-web");
        Network net = b.network();
        Trace windows = run(net, request(net, "internet", "i-web", "tcp", 443).withSourcePort(62001));
        assertThat(windows.explanationCode()).isEqualTo("SUBNET_ACL_RESTRICTION");
        assertThat(windows.blockingComponent().direction()).isEqualTo(TraceDirection.RETURN);
        assertThat(windows.suggestedFix().message().format(Locale.ENGLISH)).contains("TCP 1024–65535");
        assertThat(run(net, request(net, "internet", "i-web", "tcp", 443).withSourcePort(49152)).reachable()).isTrue();
    }

    @Test
    void item24TheNatSubnetAclMustLetRepliesIn() {
        NetworkBuilder b = ChecklistRoutingTest.natEgress()
                .nacl("acl-nat", "vpc-a", in(100, "tcp", "443", "10.0.2.0/24", ALLOW), out(100, "all", "all", "0.0.0.0/0", ALLOW))
                .associateAcl("subnet-p", "acl-nat");
        Trace t = tcp(b, "i-q", "93.184.216.34", 443);
        assertThat(t.explanationCode()).isEqualTo("SUBNET_ACL_RESTRICTION");
        assertThat(t.blockingComponent().id()).isEqualTo("acl-nat");
        assertThat(t.blockingComponent().direction()).isEqualTo(TraceDirection.RETURN);
        assertThat(t.returnPath().get(t.returnPath().size() - 1).lastStep().packet().destinationPort()).isBetween(1024, 65535);
        DocumentChange.AddNaclEntry fix = (DocumentChange.AddNaclEntry) t.suggestedFix().changes().get(0);
        assertThat(fix.entry()).isEqualTo(NetworkAclEntry.of(110, TrafficDirection.INBOUND, Protocol.TCP, PortRange.EPHEMERAL, Cidr.ALL,
                RuleAction.ALLOW));
    }

    @Test
    void item25SecurityGroupsAreStateful() {
        NetworkBuilder b = base().sg("sg-web", "vpc-a", List.of(sg("tcp", "443", "0.0.0.0/0")), List.of())
                .instance("i-web", "subnet-p", "10.0.1.10", "sg-web").eip("eipalloc-web", "203.0.113.10", "eni-web");
        Trace in = tcp(b, "internet", "i-web", 443);
        assertThat(in.reachable()).isTrue();
        assertThat(in.returnPath().stream().flatMap(h -> h.steps().stream()).map(Step::kind)).contains(StepKind.CONNECTION_TRACKING);
        Trace out = tcp(b, "i-web", "1.1.1.1", 443);
        assertThat(out.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(out.blockingComponent().id()).isEqualTo("sg-web");
        assertThat(out.blockingComponent().direction()).isEqualTo(TraceDirection.FORWARD);
        assertThat(out.suggestedFix().changes()).containsExactly(new DocumentChange.AddSecurityGroupRule("sg-web", TrafficDirection.OUTBOUND,
                SecurityGroupRule.of(Protocol.TCP, PortRange.of(443), RulePeer.cidr(Cidr.ALL))));
    }

    @Test
    void item26SecurityGroupReferencesMatchMembers() {
        NetworkBuilder b = base().sg("sg-app", "vpc-a").sg("sg-other", "vpc-a").sg("sg-db", "vpc-a", sg("tcp", "5432", "sg-app"))
                .instance("i-app", "subnet-p", "10.0.1.10", "sg-app").instance("i-other", "subnet-p", "10.0.1.11", "sg-other")
                .instance("i-db", "subnet-q", "10.0.2.30", "sg-db");
        assertThat(tcp(b, "i-app", "i-db", 5432).reachable()).isTrue();
        Trace other = tcp(b, "i-other", "i-db", 5432);
        assertThat(other.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(other.blockingComponent().id()).isEqualTo("sg-db");
        assertThat(other.suggestedFix().changes()).containsExactly(new DocumentChange.AddSecurityGroupRule("sg-db", TrafficDirection.INBOUND,
                SecurityGroupRule.of(Protocol.TCP, PortRange.of(5432), RulePeer.group("sg-other"))));
    }

    @Test
    void item27TheDefaultGroupAdmitsOnlyItsMembers() {
        NetworkBuilder b = base().sg("sg-custom", "vpc-a")
                .instance("i-1", "subnet-p", "10.0.1.10", NetworkBuilder.defaultSg("vpc-a"))
                .instance("i-2", "subnet-q", "10.0.2.20", NetworkBuilder.defaultSg("vpc-a"))
                .instance("i-3", "subnet-p", "10.0.1.30", "sg-custom");
        assertThat(tcp(b, "i-1", "i-2", 8443).reachable()).isTrue();
        Network net = b.network();
        assertThat(run(net, request(net, "i-1", "i-2", "udp", 53)).reachable()).isTrue();
        Trace t = tcp(b, "i-3", "i-2", 8443);
        assertThat(t.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(t.blockingComponent().id()).isEqualTo("sg-default-a");
    }

    private static NetworkBuilder peeredReference(String regionOfB) {
        return base().sg("sg-A", "vpc-a").instance("i-a", "subnet-p", "10.0.1.10", "sg-A")
                .vpcInRegion("vpc-b", regionOfB, "10.2.0.0/16").subnet("subnet-b", "vpc-b", regionOfB + "a", "10.2.1.0/24")
                .sg("sg-B", "vpc-b", List.of(sg("tcp", "443", "sg-A")), List.of(allOut())).instance("i-b", "subnet-b", "10.2.1.10", "sg-B")
                .peering("pcx-ab", "vpc-a", "vpc-b").route("rtb-p", "10.2.0.0/16", "pcx-ab").route("rtb-main-b", "10.0.0.0/16", "pcx-ab");
    }

    @Test
    void item28SecurityGroupReferencesWorkAcrossSameRegionPeeringOnly() {
        assertThat(tcp(peeredReference("us-east-1"), "i-a", "i-b", 443).reachable()).isTrue();
        Trace interRegion = tcp(peeredReference("eu-west-1"), "i-a", "i-b", 443);
        assertThat(interRegion.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(interRegion.blockingComponent().id()).isEqualTo("sg-B");
        // Across Regions the fix names the peer's block, not its group.
        DocumentChange.AddSecurityGroupRule fix = (DocumentChange.AddSecurityGroupRule) interRegion.suggestedFix().changes().get(0);
        assertThat(fix.rule().peer()).isEqualTo(RulePeer.cidr(Cidr.parse("10.0.1.0/24")));
    }
}
