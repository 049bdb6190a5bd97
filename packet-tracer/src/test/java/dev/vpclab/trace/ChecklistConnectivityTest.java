package dev.vpclab.trace;

import static dev.vpclab.engine.testing.Rules.allOut;
import static dev.vpclab.engine.testing.Rules.sg;
import static dev.vpclab.trace.TraceCheck.base;
import static dev.vpclab.trace.TraceCheck.components;
import static dev.vpclab.trace.TraceCheck.rules;
import static dev.vpclab.trace.TraceCheck.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.engine.testing.Services;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.trace.fix.DocumentChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checklist items 29–33 (peering, transit gateway, endpoints) and the stopped-instance case. */
class ChecklistConnectivityTest {

    private static NetworkBuilder threeVpcs() {
        return base().instance("i-a", "subnet-p", "10.0.1.10", "sg-open")
                .vpc("vpc-b", "10.2.0.0/16").subnet("subnet-b", "vpc-b", "a", "10.2.1.0/24")
                .sg("sg-b", "vpc-b", sg("all", "all", "0.0.0.0/0")).instance("i-b", "subnet-b", "10.2.1.10", "sg-b")
                .vpc("vpc-c", "10.3.0.0/16").subnet("subnet-c", "vpc-c", "a", "10.3.1.0/24")
                .sg("sg-c", "vpc-c", sg("all", "all", "0.0.0.0/0")).instance("i-c", "subnet-c", "10.3.1.10", "sg-c")
                .peering("pcx-ab", "vpc-a", "vpc-b").peering("pcx-bc", "vpc-b", "vpc-c");
    }

    @Test
    void item29PeeringIsNotTransitive() {
        NetworkBuilder b = threeVpcs().route("rtb-p", "10.3.0.0/16", "pcx-ab").route("rtb-main-b", "10.3.0.0/16", "pcx-bc");
        Trace t = tcp(b, "i-a", "i-c", 443);
        assertThat(t.explanationCode()).isEqualTo("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
        assertThat(t.blockingComponent().id()).isEqualTo("pcx-ab");
        assertThat(t.suggestedFix().message().key()).isEqualTo("trace.fix.connect");
    }

    @Test
    void item30AOneSidedPeeringRouteFailsOnTheReply() {
        NetworkBuilder b = threeVpcs().route("rtb-p", "10.2.0.0/16", "pcx-ab");
        Trace t = tcp(b, "i-a", "i-b", 443);
        assertThat(t.reachable()).isFalse();
        assertThat(components(t.forward())).containsSubsequence("pcx-ab", "eni-b");
        assertThat(t.explanationCode()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(t.blockingComponent().id()).isEqualTo("rtb-main-b");
        assertThat(t.blockingComponent().direction()).isEqualTo(TraceDirection.RETURN);
        assertThat(t.suggestedFix().changes()).containsExactly(new DocumentChange.AddRoute("rtb-main-b",
                dev.vpclab.model.resource.Route.to(NetworkBuilder.cidr("10.0.0.0/16"), "pcx-ab")));
        assertThat(tcp(b.route("rtb-main-b", "10.0.0.0/16", "pcx-ab"), "i-a", "i-b", 443).reachable()).isTrue();
    }

    /** VPC X (10.0/16) has its attachment subnet only in zone a; VPC Y (10.9/16) is attached in zone a. */
    private static NetworkBuilder transit() {
        NetworkBuilder b = base().subnet("subnet-qb", "vpc-a", "b", "10.0.12.0/24")
                .routeTable("rtb-x", "vpc-a", "10.9.0.0/16", "tgw-1").associate("subnet-q", "rtb-x").associate("subnet-qb", "rtb-x")
                .instance("i-xa", "subnet-q", "10.0.2.10", "sg-open").instance("i-xb", "subnet-qb", "10.0.12.10", "sg-open")
                .vpc("vpc-y", "10.9.0.0/16").subnet("subnet-y", "vpc-y", "a", "10.9.1.0/24")
                .sg("sg-y", "vpc-y", sg("all", "all", "0.0.0.0/0")).instance("i-y", "subnet-y", "10.9.1.10", "sg-y")
                .route("rtb-main-y", "10.0.0.0/16", "tgw-1");
        b.put(Services.transitGateway("tgw-1"))
                .put(Services.vpcAttachment("tgw-attach-x", "tgw-1", "vpc-a", "tgw-rtb-1", "subnet-q"))
                .put(Services.vpcAttachment("tgw-attach-y", "tgw-1", "vpc-y", "tgw-rtb-1", "subnet-y"))
                .put(Services.tgwRouteTable("tgw-rtb-1", "tgw-1", List.of("tgw-attach-x", "tgw-attach-y")));
        return b;
    }

    @Test
    void item31ATransitGatewayServesOnlyZonesWithAnAttachmentSubnet() {
        Network net = transit().network();
        Trace fromB = tcp(net, "i-xb", "i-y", 443);
        assertThat(fromB.explanationCode()).isEqualTo("TGW_ROUTE_AZ_RESTRICTION");
        assertThat(fromB.blockingComponent().id()).isEqualTo("tgw-attach-x");
        assertThat(fromB.suggestedFix().changes()).containsExactly(new DocumentChange.AddTransitGatewayAttachmentSubnet("tgw-attach-x",
                "subnet-qb"));
        Trace fromA = tcp(net, "i-xa", "i-y", 443);
        assertThat(fromA.reachable()).isTrue();
        assertThat(rules(fromA.forward())).contains("tgw-rtb-1 route 10.9.0.0/16 → tgw-attach-y (propagated)");
        assertThat(components(fromA.forward())).containsSubsequence("rtb-x", "tgw-attach-x", "tgw-rtb-1", "tgw-attach-y", "eni-y");
    }

    @Test
    void transitGatewayBlackholeAndMissingRoute() {
        NetworkBuilder b = transit();
        b.put(Services.tgwRouteTable("tgw-rtb-1", "tgw-1", List.of("tgw-attach-x"), "10.9.0.0/16", "blackhole"));
        Trace t = tcp(b, "i-xa", "i-y", 443);
        assertThat(t.explanationCode()).isEqualTo("TGW_RTB_BAD_STATE_ROUTE");
        b.put(Services.tgwRouteTable("tgw-rtb-1", "tgw-1", List.of("tgw-attach-x")));
        assertThat(tcp(b, "i-xa", "i-y", 443).explanationCode()).isEqualTo("TGW_RTB_CANNOT_ROUTE");
    }

    private static NetworkBuilder s3() {
        return base().subnet("subnet-r", "vpc-a", "b", "10.0.3.0/24")
                .routeTable("rtb-q", "vpc-a").associate("subnet-q", "rtb-q")
                .instance("i-q", "subnet-q", "10.0.2.20", "sg-open").instance("i-r", "subnet-r", "10.0.3.20", "sg-open")
                .put(Services.prefixList("pl-s3", "com.amazonaws.us-east-1.s3", "52.216.0.0/15", "54.231.0.0/16"))
                .put(Services.gatewayEndpoint("vpce-s3", "vpc-a", "com.amazonaws.us-east-1.s3", "pl-s3", "rtb-q"));
    }

    @Test
    void item32AGatewayEndpointServesItsRouteTablesAndRegionOnly() {
        Network net = s3().network();
        Trace same = tcp(net, "i-q", "52.216.10.10", 443);
        assertThat(same.reachable()).isTrue();
        assertThat(rules(same.forward())).contains("rtb-q route pl-s3 (52.216.0.0/15) → vpce-s3");
        assertThat(tcp(net, "i-q", "com.amazonaws.us-east-1.s3", 443).reachable()).isTrue();
        Trace otherRegion = tcp(net, "i-q", "52.92.16.10", 443);
        assertThat(otherRegion.explanationCode()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(otherRegion.blockingComponent().id()).isEqualTo("rtb-q");
        Trace notAssociated = tcp(net, "i-r", "52.216.10.10", 443);
        assertThat(notAssociated.explanationCode()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(notAssociated.blockingComponent().id()).isEqualTo("rtb-main-a");
        Trace udp = TraceCheck.run(net, TraceCheck.request(net, "i-q", "52.216.10.10", "udp", 443));
        assertThat(udp.explanationCode()).isEqualTo("VPCE_GATEWAY_PROTOCOL_RESTRICTION");
        assertThat(udp.request().protocol()).isEqualTo(Protocol.UDP);
    }

    private static NetworkBuilder interfaceEndpoint(boolean allow443) {
        NetworkBuilder b = base().instance("i-q", "subnet-q", "10.0.2.20", "sg-open")
                .put(Services.interfaceEndpoint("vpce-ec2", "vpc-a", "com.amazonaws.us-east-1.ec2", "sg-vpce", "subnet-q", "10.0.2.50"));
        return allow443 ? b.sg("sg-vpce", "vpc-a", sg("tcp", "443", "10.0.2.0/24")) : b.sg("sg-vpce", "vpc-a", List.of(), List.of(allOut()));
    }

    @Test
    void item33AnInterfaceEndpointsSecurityGroupApplies() {
        Trace blocked = tcp(interfaceEndpoint(false), "i-q", "ec2.us-east-1.amazonaws.com", 443);
        assertThat(blocked.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(blocked.blockingComponent().id()).isEqualTo("sg-vpce");
        assertThat(blocked.forward().get(0).steps().get(1).kind()).isEqualTo(StepKind.DNS);
        Trace open = tcp(interfaceEndpoint(true), "i-q", "com.amazonaws.us-east-1.ec2", 443);
        assertThat(open.reachable()).isTrue();
        assertThat(components(open.forward())).endsWith("vpce-ec2");
        Trace noDns = tcp(base().instance("i-q", "subnet-q", "10.0.2.20", "sg-open"), "i-q", "com.amazonaws.us-east-1.ec2", 443);
        assertThat(noDns.explanationCode()).isEqualTo("UNKNOWN_DESTINATION");
    }

    @Test
    void aStoppedInstanceIsUnreachable() {
        NetworkBuilder b = base().instance("i-p", "subnet-p", "10.0.1.10", "sg-open").instance("i-q", "subnet-q", "10.0.2.20", "sg-open")
                .state("i-q", Instance.State.STOPPED);
        Trace t = tcp(b, "i-p", "i-q", 22);
        assertThat(t.explanationCode()).isEqualTo("INSTANCE_NOT_RUNNING");
        assertThat(t.blockingComponent().id()).isEqualTo("i-q");
        assertThat(t.suggestedFix().changes()).containsExactly(new DocumentChange.StartInstance("i-q"));
    }

    @Test
    void onPremisesThroughAVirtualPrivateGateway() {
        NetworkBuilder b = base().instance("i-q", "subnet-q", "10.0.2.20", "sg-open")
                .put(Services.vpnGateway("vgw-1", "vpc-a")).put(Services.onPremises("onprem-1", "vgw-1", "192.168.0.0/16"))
                .route("rtb-main-a", "192.168.0.0/16", "vgw-1");
        Trace out = tcp(b, "i-q", "192.168.1.5", 22);
        assertThat(out.reachable()).isTrue();
        assertThat(components(out.forward())).endsWith("vgw-1", "onprem-1");
        Trace in = tcp(b, "onprem-1", "i-q", 22);
        assertThat(in.reachable()).isTrue();
        assertThat(components(in.forward())).startsWith("onprem-1", "vgw-1");
        Trace noRoute = tcp(base().instance("i-q", "subnet-q", "10.0.2.20", "sg-open")
                .put(Services.vpnGateway("vgw-1", "vpc-a")).put(Services.onPremises("onprem-1", "vgw-1", "192.168.0.0/16")), "onprem-1", "i-q", 22);
        assertThat(noRoute.explanationCode()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(noRoute.blockingComponent().direction()).isEqualTo(TraceDirection.RETURN);
        assertThat(noRoute.suggestedFix().changes()).containsExactly(new DocumentChange.AddRoute("rtb-main-a",
                dev.vpclab.model.resource.Route.to(NetworkBuilder.cidr("192.168.0.0/16"), "vgw-1")));
    }
}
