package dev.vpclab.trace;

import static dev.vpclab.trace.TraceCheck.base;
import static dev.vpclab.trace.TraceCheck.components;
import static dev.vpclab.trace.TraceCheck.run;
import static dev.vpclab.trace.TraceCheck.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.engine.testing.Services;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.testing.Fixtures;
import dev.vpclab.trace.fix.DocumentChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paths beyond the checklist: VPN through a transit gateway, weighted ALB rules, ICMP, the fixture document. */
class TraceFeaturesTest {

    @Test
    void onPremisesThroughATransitGatewayVpnAttachment() {
        NetworkBuilder b = base().instance("i-q", "subnet-q", "10.0.2.20", "sg-open").route("rtb-main-a", "192.168.0.0/16", "tgw-1");
        b.put(Services.transitGateway("tgw-1")).put(Services.onPremises("onprem-1", "tgw-1", "192.168.0.0/16"))
                .put(Services.vpcAttachment("tgw-attach-a", "tgw-1", "vpc-a", "tgw-rtb-1", "subnet-q"))
                .put(Services.vpnAttachment("tgw-attach-vpn", "tgw-1", "onprem-1", "tgw-rtb-1"))
                .put(Services.tgwRouteTable("tgw-rtb-1", "tgw-1", List.of("tgw-attach-a", "tgw-attach-vpn")));
        Network net = b.network();
        Trace out = tcp(net, "i-q", "192.168.7.7", 22);
        assertThat(out.reachable()).isTrue();
        assertThat(TraceCheck.rules(out.forward())).contains("tgw-rtb-1 route 192.168.0.0/16 → tgw-attach-vpn (propagated)");
        assertThat(components(out.forward())).endsWith("onprem-1");
        Trace in = tcp(net, "onprem-1", "i-q", 22);
        assertThat(in.reachable()).isTrue();
        assertThat(components(in.forward())).startsWith("onprem-1", "tgw-rtb-1");
    }

    @Test
    void icmpEchoGetsAnEchoReply() {
        NetworkBuilder b = base().instance("i-p", "subnet-p", "10.0.1.10", "sg-open").instance("i-q", "subnet-q", "10.0.2.20", "sg-open");
        Network net = b.network();
        Trace t = run(net, TraceCheck.request(net, "i-p", "i-q", "icmp", 0));
        assertThat(t.reachable()).isTrue();
        assertThat(t.returnPath().get(0).steps().get(0).packet().icmp().type()).isZero();
    }

    @Test
    void theFixtureAlbNamesItsWeightedGroupsAndAlgorithmAndFailsWith504() {
        Network net = NetworkCompiler.compile(Fixtures.everyKind());
        TraceRequest r = TraceCheck.request(net, "i-web", "web-alb", "tcp", 443)
                .withHttp(new HttpRequest("shop.example.com", "/api/v1", "GET", Map.of("x-env", "PROD"), ""));
        Trace t = run(net, r);
        List<String> keys = t.forward().stream().flatMap(h -> h.steps().stream()).map(s -> s.sentence().key()).toList();
        assertThat(keys).contains("trace.step.tg.weighted", "trace.step.target.algorithm");
        assertThat(TraceCheck.rules(t.forward())).contains("least_outstanding_requests");
        assertThat(t.httpStatus()).isEqualTo(504);
        assertThat(t.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(t.blockingComponent().id()).isEqualTo("sg-app");
        assertThat(t.suggestedFix().changes()).containsExactly(new DocumentChange.AddSecurityGroupRule("sg-app", TrafficDirection.INBOUND,
                SecurityGroupRule.of(Protocol.TCP, PortRange.of(8080), RulePeer.group("sg-alb"))));
    }

    @Test
    void udpThroughANatGatewayAndAnUnsupportedProtocolAtIt() {
        Network net = ChecklistRoutingTest.natEgress().network();
        assertThat(run(net, TraceCheck.request(net, "i-q", "8.8.8.8", "udp", 53)).reachable()).isTrue();
        Trace gre = run(net, TraceCheck.request(net, "i-q", "8.8.8.8", "47", 0));
        assertThat(gre.explanationCode()).isEqualTo("PROTOCOL_RESTRICTION");
        assertThat(gre.blockingComponent().id()).isEqualTo("nat-1");
    }

    @Test
    void aRoutingLoopIsCaught() {
        NetworkBuilder b = base().subnet("subnet-f", "vpc-a", "a", "10.0.3.0/24").routeTable("rtb-f", "vpc-a", "0.0.0.0/0", "eni-fw")
                .associate("subnet-f", "rtb-f").instance("i-fw", "subnet-f", "10.0.3.10", "sg-open").sourceDestCheck("i-fw", false)
                .instance("i-p", "subnet-p", "10.0.1.10", "sg-open").route("rtb-p", "8.8.8.0/24", "eni-fw");
        Trace t = tcp(b, "i-p", "8.8.8.8", 443);
        assertThat(t.explanationCode()).isEqualTo("CANNOT_ROUTE");
    }
}
