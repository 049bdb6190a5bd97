package dev.vpclab.trace;

import static dev.vpclab.engine.testing.Rules.sg;
import static dev.vpclab.trace.TraceCheck.base;
import static dev.vpclab.trace.TraceCheck.components;
import static dev.vpclab.trace.TraceCheck.rules;
import static dev.vpclab.trace.TraceCheck.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.engine.testing.Services;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.trace.fix.DocumentChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checklist items 3–17 of the AWS semantics reference: routes, gateways, NAT. */
class ChecklistRoutingTest {

    @Test
    void item03SecondaryCidrIsReachedThroughItsOwnLocalRoute() {
        NetworkBuilder b = new NetworkBuilder().vpc("vpc-a", "10.0.0.0/16", "10.1.0.0/16")
                .subnet("subnet-q", "vpc-a", "a", "10.0.2.0/24").subnet("subnet-s", "vpc-a", "b", "10.1.0.0/24")
                .sg("sg-open", "vpc-a", sg("all", "all", "0.0.0.0/0"))
                .instance("i-q", "subnet-q", "10.0.2.10", "sg-open").instance("i-s", "subnet-s", "10.1.0.10", "sg-open");
        Trace t = tcp(b, "10.0.2.10", "10.1.0.10", 443);
        assertThat(t.reachable()).isTrue();
        assertThat(rules(t.forward())).contains("rtb-main-a route 10.1.0.0/16 → local");
    }

    @Test
    void item04CrossSubnetInsideTheVpc() {
        NetworkBuilder b = base().sg("sg-db", "vpc-a", sg("tcp", "5432", "10.0.1.0/24"))
                .instance("i-p", "subnet-p", "10.0.1.10", "sg-open").instance("i-q", "subnet-q", "10.0.2.20", "sg-db");
        Trace t = tcp(b, "i-p", "i-q", 5432);
        assertThat(t.reachable()).isTrue();
        assertThat(rules(t.forward())).contains("rtb-p route 10.0.0.0/16 → local", "sg-db inbound: TCP 5432 from 10.0.1.0/24");
        assertThat(components(t.forward())).containsSubsequence("eni-p", "rtb-p", "eni-q");
    }

    @Test
    void item05NoRouteToTheInternetFromAPrivateSubnet() {
        NetworkBuilder b = base().instance("i-q", "subnet-q", "10.0.2.20", "sg-open");
        Trace t = tcp(b, "i-q", "8.8.8.8", 443);
        assertThat(t.reachable()).isFalse();
        assertThat(t.explanationCode()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(t.blockingComponent().id()).isEqualTo("rtb-main-a");
        assertThat(t.blockingComponent().rule()).isEqualTo("rtb-main-a no route to 8.8.8.8");
    }

    @Test
    void item06ASubnetWithoutAssociationUsesTheMainTable() {
        NetworkBuilder b = base().route("rtb-main-a", "0.0.0.0/0", "igw-a").subnet("subnet-r", "vpc-a", "b", "10.0.3.0/24")
                .instance("i-r", "subnet-r", "10.0.3.10", "sg-open").eip("eipalloc-r", "203.0.113.30", "eni-r");
        Trace t = tcp(b, "i-r", "93.184.216.34", 443);
        assertThat(t.reachable()).isTrue();
        Step route = t.forward().stream().filter(h -> h.component().equals("rtb-main-a")).findFirst().orElseThrow().steps().get(0);
        assertThat(route.sentence().key()).isEqualTo("trace.step.route.main");
        assertThat(route.rule()).isEqualTo("rtb-main-a route 0.0.0.0/0 → igw-a");
    }

    /** P: 10.8.0.0/16 → pcx-A (VPC B), 10.8.5.0/24 → tgw-1; B is attached to tgw-1 too. */
    private static NetworkBuilder lpm() {
        NetworkBuilder b = base().instance("i-p", "subnet-p", "10.0.1.10", "sg-open")
                .vpc("vpc-b", "10.8.0.0/16").sg("sg-b", "vpc-b", sg("all", "all", "0.0.0.0/0"))
                .subnet("subnet-b5", "vpc-b", "a", "10.8.5.0/24").subnet("subnet-b6", "vpc-b", "a", "10.8.6.0/24")
                .instance("i-b5", "subnet-b5", "10.8.5.9", "sg-b").instance("i-b6", "subnet-b6", "10.8.6.9", "sg-b")
                .peering("pcx-A", "vpc-a", "vpc-b").route("rtb-p", "10.8.0.0/16", "pcx-A").route("rtb-p", "10.8.5.0/24", "tgw-1")
                .route("rtb-main-b", "10.0.0.0/16", "pcx-A");
        b.put(Services.transitGateway("tgw-1"))
                .put(Services.vpcAttachment("tgw-attach-a", "tgw-1", "vpc-a", "tgw-rtb-1", "subnet-p"))
                .put(Services.vpcAttachment("tgw-attach-b", "tgw-1", "vpc-b", "tgw-rtb-1", "subnet-b5"))
                .put(Services.tgwRouteTable("tgw-rtb-1", "tgw-1", List.of("tgw-attach-a", "tgw-attach-b")));
        return b;
    }

    @Test
    void item07LongestPrefixWins() {
        var net = lpm().network();
        Trace viaTgw = tcp(net, "i-p", "10.8.5.9", 443);
        assertThat(viaTgw.reachable()).isTrue();
        assertThat(rules(viaTgw.forward())).contains("rtb-p route 10.8.5.0/24 → tgw-1");
        assertThat(components(viaTgw.forward())).contains("tgw-attach-a", "tgw-rtb-1").doesNotContain("pcx-A");
        Trace viaPcx = tcp(net, "i-p", "10.8.6.9", 443);
        assertThat(viaPcx.reachable()).isTrue();
        assertThat(rules(viaPcx.forward())).contains("rtb-p route 10.8.0.0/16 → pcx-A");
        assertThat(components(viaPcx.forward())).contains("pcx-A").doesNotContain("tgw-1");
    }

    @Test
    void item08StaticBeatsPropagatedOnTheSamePrefix() {
        NetworkBuilder b = base().instance("i-p", "subnet-p", "10.0.1.10", "sg-open").publicIp("i-p", "203.0.113.10")
                .put(Services.vpnGateway("vgw-1", "vpc-a")).put(Services.onPremises("onprem-1", "vgw-1", "172.31.0.0/24"))
                .update("rtb-p", RouteTable.class, t -> new RouteTable(t.id(), t.name(), t.vpcId(), false, t.routes(), List.of(), List.of("vgw-1")))
                .route("rtb-p", "172.31.0.0/24", "igw-a");
        assertThat(b.network().routeTable("rtb-p").routes()).extracting(r -> r.origin())
                .doesNotContain(RouteOrigin.PROPAGATED);
        Trace t = tcp(b, "i-p", "172.31.0.10", 443);
        assertThat(rules(t.forward())).contains("rtb-p route 172.31.0.0/24 → igw-a");
        assertThat(components(t.forward())).contains("igw-a").doesNotContain("vgw-1");
        // An internet gateway never sends to RFC 1918 space: the static route wins and then drops it there.
        assertThat(t.explanationCode()).isEqualTo("IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS");
        assertThat(t.blockingComponent().id()).isEqualTo("igw-a");
        // Without the static route the propagated VPN route carries it on premises.
        NetworkBuilder propagatedOnly = base().instance("i-p", "subnet-p", "10.0.1.10", "sg-open")
                .put(Services.vpnGateway("vgw-1", "vpc-a")).put(Services.onPremises("onprem-1", "vgw-1", "172.31.0.0/24"))
                .update("rtb-p", RouteTable.class, t2 -> new RouteTable(t2.id(), t2.name(), t2.vpcId(), false, t2.routes(), List.of(),
                        List.of("vgw-1")));
        Trace p = tcp(propagatedOnly, "i-p", "172.31.0.10", 443);
        assertThat(p.reachable()).isTrue();
        assertThat(rules(p.forward())).contains("rtb-p route 172.31.0.0/24 → vgw-1 (propagated)");
    }

    @Test
    void item09ARouteToADeletedNatGatewayIsABlackhole() {
        NetworkBuilder b = base().instance("i-q", "subnet-q", "10.0.2.20", "sg-open").route("rtb-main-a", "0.0.0.0/0", "nat-X");
        Trace t = tcp(b, "i-q", "8.8.8.8", 443);
        assertThat(t.explanationCode()).isEqualTo("BAD_STATE_ROUTE");
        assertThat(t.blockingComponent().id()).isEqualTo("rtb-main-a");
        assertThat(t.blockingComponent().rule()).contains("blackhole", "nat-X does not exist");
    }

    private static NetworkBuilder middlebox(boolean check) {
        return base().subnet("subnet-f", "vpc-a", "a", "10.0.3.0/24")
                .instance("i-fw", "subnet-f", "10.0.3.10", "sg-open").sourceDestCheck("i-fw", check)
                .instance("i-p", "subnet-p", "10.0.1.10", "sg-open").instance("i-q", "subnet-q", "10.0.2.20", "sg-open")
                .route("rtb-p", "10.0.2.0/24", "eni-fw");
    }

    @Test
    void item10MiddleboxNeedsTheSourceDestCheckOff() {
        Trace on = tcp(middlebox(true), "i-p", "i-q", 443);
        assertThat(on.explanationCode()).isEqualTo("ENI_SOURCE_DEST_CHECK_RESTRICTION");
        assertThat(on.blockingComponent().id()).isEqualTo("eni-fw");
        assertThat(on.suggestedFix().changes()).containsExactly(new DocumentChange.DisableSourceDestCheck("eni-fw"));
        Trace off = tcp(middlebox(false), "i-p", "i-q", 443);
        assertThat(off.reachable()).isTrue();
        assertThat(components(off.forward())).containsSubsequence("eni-p", "rtb-p", "eni-fw", "eni-q");
        assertThat(rules(off.forward())).contains("rtb-p route 10.0.2.0/24 → eni-fw");
    }

    private static NetworkBuilder ingress(boolean firewallPublicIp) {
        NetworkBuilder b = base().subnet("subnet-f", "vpc-a", "a", "10.0.3.0/24").routeTable("rtb-f", "vpc-a", "0.0.0.0/0", "igw-a")
                .associate("subnet-f", "rtb-f")
                .instance("i-fw", "subnet-f", "10.0.3.10", "sg-open").sourceDestCheck("i-fw", false)
                .instance("i-web", "subnet-p", "10.0.1.10", "sg-open").eip("eipalloc-web", "203.0.113.10", "eni-web")
                .update("rtb-p", RouteTable.class, t -> new RouteTable(t.id(), t.name(), t.vpcId(), false,
                        List.of(Route.to(NetworkBuilder.cidr("10.0.0.0/16"), Route.LOCAL), Route.to(NetworkBuilder.cidr("0.0.0.0/0"), "eni-fw")),
                        List.of(), List.of()))
                .put(new RouteTable("rtb-edge", "edge", "vpc-a", false, List.of(Route.to(NetworkBuilder.cidr("10.0.0.0/16"), Route.LOCAL),
                        Route.to(NetworkBuilder.cidr("10.0.1.0/24"), "eni-fw")), List.of("igw-a"), List.of()));
        return firewallPublicIp ? b.eip("eipalloc-fw", "203.0.113.99", "eni-fw") : b;
    }

    @Test
    void item11IngressRoutingSendsInboundTrafficThroughTheFirewall() {
        Trace t = tcp(ingress(true), "198.51.100.7", "203.0.113.10", 443);
        assertThat(t.reachable()).isTrue();
        assertThat(components(t.forward())).containsSubsequence("internet", "igw-a", "rtb-edge", "eni-fw", "eni-web");
        assertThat(components(t.returnPath())).containsSubsequence("eni-web", "rtb-p", "eni-fw", "rtb-f", "igw-a", "internet");
        Trace noPublic = tcp(ingress(false), "198.51.100.7", "203.0.113.10", 443);
        assertThat(noPublic.explanationCode()).isEqualTo("INGRESS_RTB_NO_PUBLIC_IP");
        assertThat(noPublic.blockingComponent().id()).isEqualTo("rtb-edge");
    }

    @Test
    void item12InternetGatewayDoesOneToOneNatBothWays() {
        NetworkBuilder b = base().sg("sg-web", "vpc-a", sg("tcp", "443", "0.0.0.0/0"))
                .instance("i-web", "subnet-p", "10.0.1.10", "sg-web").eip("eipalloc-web", "203.0.113.10", "eni-web");
        Trace t = tcp(b, "198.51.100.7", "203.0.113.10", 443);
        assertThat(t.reachable()).isTrue();
        Step dnat = t.forward().stream().filter(h -> h.component().equals("igw-a")).findFirst().orElseThrow().steps().get(0);
        assertThat(dnat.action()).isEqualTo(StepAction.TRANSLATE);
        assertThat(dnat.packet().destination()).hasToString("10.0.1.10");
        // Asking for the private address from the internet cannot work, even though a public one exists.
        Trace privately = tcp(b, "198.51.100.7", "10.0.1.10", 443);
        assertThat(privately.explanationCode()).isEqualTo("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
        assertThat(privately.explanation().format(java.util.Locale.ENGLISH)).contains("203.0.113.10");
        assertThat(tcp(b, "198.51.100.7", "10.9.9.9", 443).explanationCode()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        Step snat = t.returnPath().stream().filter(h -> h.component().equals("igw-a")).findFirst().orElseThrow().steps().get(0);
        assertThat(snat.packet().source()).hasToString("203.0.113.10");
        assertThat(snat.packet().destination()).hasToString("198.51.100.7");
    }

    @Test
    void item13NoPublicAddressNoInternet() {
        NetworkBuilder b = base().instance("i-p", "subnet-p", "10.0.1.20", "sg-open");
        Trace out = tcp(b, "i-p", "1.1.1.1", 443);
        assertThat(out.explanationCode()).isEqualTo("IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS");
        assertThat(out.blockingComponent().id()).isEqualTo("igw-a");
        assertThat(out.suggestedFix().changes()).containsExactly(new DocumentChange.AssociateElasticIp("eni-p", NetworkBuilder.ip("10.0.1.20")));
        Trace in = tcp(b, "internet", "i-p", 443);
        assertThat(in.explanationCode()).isEqualTo("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
        assertThat(in.blockingComponent().id()).isEqualTo("igw-a");
    }

    @Test
    void item14APublicAddressInAPrivateSubnetGivesNoInternet() {
        NetworkBuilder b = base().instance("i-q", "subnet-q", "10.0.2.20", "sg-open").publicIp("i-q", "203.0.113.44");
        Trace t = tcp(b, "i-q", "1.1.1.1", 443);
        assertThat(t.explanationCode()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(t.blockingComponent().id()).isEqualTo("rtb-main-a");
        assertThat(t.suggestedFix().changes()).containsExactly(
                new DocumentChange.AddRoute("rtb-main-a", Route.to(NetworkBuilder.cidr("0.0.0.0/0"), "igw-a")));
    }

    static NetworkBuilder natEgress() {
        return base().nat("nat-1", "subnet-p", "10.0.1.5", "198.51.100.9")
                .routeTable("rtb-q", "vpc-a", "0.0.0.0/0", "nat-1").associate("subnet-q", "rtb-q")
                .instance("i-q", "subnet-q", "10.0.2.20", "sg-open");
    }

    @Test
    void item15NatGatewayEgressAndNothingInbound() {
        Trace t = tcp(natEgress(), "i-q", "93.184.216.34", 443);
        assertThat(t.reachable()).isTrue();
        Step atInternet = t.forward().stream().filter(h -> h.component().equals("internet")).findFirst().orElseThrow().steps().get(0);
        assertThat(atInternet.packet().source()).hasToString("198.51.100.9");
        assertThat(atInternet.packet().sourcePort()).isBetween(1024, 65535);
        assertThat(components(t.forward())).containsSubsequence("eni-q", "rtb-q", "nat-1", "rtb-p", "igw-a", "internet");
        Trace toInstance = tcp(natEgress(), "internet", "i-q", 22);
        assertThat(toInstance.explanationCode()).isEqualTo("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
        Trace toNat = tcp(natEgress(), "internet", "198.51.100.9", 22);
        assertThat(toNat.explanationCode()).isEqualTo("NGW_OUTBOUND_ONLY");
        assertThat(toNat.blockingComponent().id()).isEqualTo("nat-1");
    }

    @Test
    void item16ANatGatewayInAPrivateSubnetHasNoWayOut() {
        NetworkBuilder b = base().subnet("subnet-q2", "vpc-a", "a", "10.0.4.0/24").nat("nat-1", "subnet-q2", "10.0.4.5", "198.51.100.9")
                .routeTable("rtb-q", "vpc-a", "0.0.0.0/0", "nat-1").associate("subnet-q", "rtb-q")
                .instance("i-q", "subnet-q", "10.0.2.20", "sg-open");
        Trace t = tcp(b, "i-q", "93.184.216.34", 443);
        assertThat(t.explanationCode()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(t.blockingComponent().id()).isEqualTo("rtb-main-a");
        assertThat(components(t.forward())).contains("nat-1");
        assertThat(t.explanation().key()).isEqualTo("trace.explain.natSubnetNoRoute");
        assertThat(t.suggestedFix().changes()).as("the NAT gateway belongs in the public subnet of its zone, not its subnet in public")
                .containsExactly(new DocumentChange.MoveNatGateway("nat-1", "subnet-p"));
    }

    @Test
    void item17APeeredVpcCannotUseThePeersGateways() {
        NetworkBuilder b = natEgress().vpc("vpc-b", "10.2.0.0/16").subnet("subnet-b", "vpc-b", "a", "10.2.1.0/24")
                .sg("sg-b", "vpc-b", sg("all", "all", "0.0.0.0/0")).instance("i-b", "subnet-b", "10.2.1.10", "sg-b")
                .peering("pcx-ab", "vpc-a", "vpc-b").route("rtb-main-b", "0.0.0.0/0", "pcx-ab");
        Trace t = tcp(b, "i-b", "93.184.216.34", 443);
        assertThat(t.explanationCode()).isEqualTo("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
        assertThat(t.blockingComponent().id()).isEqualTo("pcx-ab");
    }
}
