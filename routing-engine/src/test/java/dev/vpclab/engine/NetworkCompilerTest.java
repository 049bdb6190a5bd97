package dev.vpclab.engine;

import static dev.vpclab.engine.testing.NetworkBuilder.ip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.engine.lb.CompiledTargetGroup;
import dev.vpclab.engine.route.CompiledRoute;
import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.engine.route.RouteTargetKind;
import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

class NetworkCompilerTest {

    private final Network everyKind = NetworkCompiler.compile(Fixtures.everyKind());

    @Test
    void routeTablesGetLocalRoutesPrefixListsAndPropagatedRoutes() {
        CompiledRouteTable t = everyKind.routeTable("rtb-main-2");
        assertThat(t.lookup(ip("10.2.3.4")).targetKind()).isEqualTo(RouteTargetKind.LOCAL);
        CompiledRoute s3 = t.lookup(ip("52.217.1.1"));
        assertThat(s3.target()).isEqualTo("vpce-s3");
        assertThat(s3.prefixListId()).isEqualTo("pl-s3");
        assertThat(s3.text()).isEqualTo("rtb-main-2 route pl-s3 (52.216.0.0/15) → vpce-s3");
        assertThat(t.lookup(ip("172.16.5.5")).origin()).isEqualTo(RouteOrigin.PROPAGATED);
        // 192.168.0.0/16 → vgw-1 is written statically and also propagated; the static route wins.
        assertThat(t.lookup(ip("192.168.1.1")).origin()).isEqualTo(RouteOrigin.STATIC);
        assertThat(t.lookup(ip("8.8.8.8"))).isNull();
    }

    @Test
    void aTableWithoutTheLocalRouteStillHasIt() {
        NetworkBuilder b = new NetworkBuilder().vpc("vpc-a", "10.0.0.0/16", "10.1.0.0/16")
                .put(new dev.vpclab.model.resource.RouteTable("rtb-x", "", "vpc-a", false, java.util.List.of(), java.util.List.of(),
                        java.util.List.of()));
        CompiledRouteTable t = b.network().routeTable("rtb-x");
        assertThat(t.lookup(ip("10.1.9.9")).targetKind()).isEqualTo(RouteTargetKind.LOCAL);
        assertThat(t.routes()).hasSize(2);
    }

    @Test
    void blackholesNameTheirReason() {
        Network n = new NetworkBuilder().vpc("vpc-a", "10.0.0.0/16").route(NetworkBuilder.mainRouteTable("vpc-a"), "0.0.0.0/0", "nat-gone")
                .igw("igw-other", null).route(NetworkBuilder.mainRouteTable("vpc-a"), "1.0.0.0/8", "igw-other").network();
        CompiledRouteTable t = n.routeTable("rtb-main-a");
        assertThat(t.lookup(ip("8.8.8.8")).blackholeReason()).isEqualTo("nat-gone does not exist");
        assertThat(t.lookup(ip("1.1.1.1")).blackholeReason()).isEqualTo("igw-other is not attached to a VPC");
        assertThat(t.lookup(ip("8.8.8.8")).text()).isEqualTo("rtb-main-a route 0.0.0.0/0 → nat-gone (blackhole: nat-gone does not exist)");
    }

    @Test
    void staticBeatsEndpointBeatsPropagatedOnEqualPrefixes() {
        NetworkBuilder b = new NetworkBuilder().vpc("vpc-a", "10.0.0.0/16").igw("igw-1", "vpc-a");
        b.put(new dev.vpclab.model.resource.VirtualPrivateGateway("vgw-1", "", "vpc-a", 0));
        b.addRoute("rtb-main-a", new Route(NetworkBuilder.cidr("172.31.0.0/24"), null, "vgw-1", RouteOrigin.PROPAGATED));
        b.addRoute("rtb-main-a", Route.to(NetworkBuilder.cidr("172.31.0.0/24"), "igw-1"));
        assertThat(b.network().routeTable("rtb-main-a").lookup(ip("172.31.0.9")).target()).isEqualTo("igw-1");
    }

    @Test
    void attachmentPointsAreIndexedByPrivateAndPublicAddress() {
        AttachmentPoint web = everyKind.attachmentAt("vpc-1", ip("10.0.1.10"));
        assertThat(web.kind()).isEqualTo(AttachmentKind.INSTANCE);
        assertThat(web.ownerId()).isEqualTo("i-web");
        // The Elastic IP wins over the auto-assigned address.
        assertThat(web.publicIp()).isEqualTo(ip("203.0.113.20"));
        assertThat(everyKind.attachmentByPublicIp(ip("203.0.113.20"))).isSameAs(web);
        assertThat(everyKind.attachmentByPublicIp(ip("198.51.100.9")).kind()).isEqualTo(AttachmentKind.NAT_GATEWAY);
        assertThat(everyKind.attachmentAt("vpc-1", ip("10.0.21.10")).kind()).isEqualTo(AttachmentKind.DB_INSTANCE);
        assertThat(everyKind.attachmentAt("vpc-2", ip("10.1.1.50")).kind()).isEqualTo(AttachmentKind.VPC_ENDPOINT);
        assertThat(everyKind.attachment("eni-asg-1").usable()).isFalse();
        assertThat(everyKind.attachment("eni-asg-1").unusableReason()).isEqualTo("i-asg-1 is stopped");
    }

    @Test
    void loadBalancersHaveOneNodePerSubnetAndResolvedTargets() {
        CompiledLoadBalancer alb = everyKind.loadBalancers().iterator().next();
        assertThat(alb.nodes()).extracting(AttachmentPoint::availabilityZone).containsExactly("us-east-1a", "us-east-1b");
        assertThat(alb.nodeFor("us-east-1b").primaryIp()).isEqualTo(ip("10.0.3.25"));
        assertThat(alb.nodeFor(null).publicIp()).isEqualTo(ip("54.12.0.10"));
        assertThat(alb.listenerOn(443)).isNotNull();
        CompiledTargetGroup ipTargets = everyKind.targetGroup("tg-ip");
        assertThat(ipTargets.targets().get(0).attachment().ownerId()).isEqualTo("i-app");
        assertThat(ipTargets.targets().get(1).attachment()).isNull();
        assertThat(ipTargets.targets().get(1).availabilityZone()).isNull();
    }

    @Test
    void securityGroupReferencesMatchMembersOnly() {
        assertThat(everyKind.carries("sg-web", ip("10.0.1.10"), "vpc-1")).isTrue();
        assertThat(everyKind.carries("sg-web", ip("10.0.2.20"), "vpc-1")).isFalse();
        // vpc-2 is peered with vpc-1 in the same Region, so its rules may reference sg-web.
        assertThat(everyKind.carries("sg-web", ip("10.0.1.10"), "vpc-2")).isTrue();
    }

    @Test
    void topologyJoinsPeeredVpcsAndTheInternet() {
        assertThat(everyKind.topology().connected("vpc-2", "internet")).isTrue();
        assertThat(everyKind.topology().connected("vpc-1", "onprem-1")).isTrue();
    }
}
