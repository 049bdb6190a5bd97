package dev.vpclab.model.validation;

import static dev.vpclab.model.testing.Fixtures.ip;
import static dev.vpclab.model.validation.Docs.lb;
import static dev.vpclab.model.validation.Docs.put;
import static dev.vpclab.model.validation.Docs.small;
import static dev.vpclab.model.validation.Docs.withPrivateB;
import static dev.vpclab.model.validation.Docs.withVpc;
import static dev.vpclab.model.validation.Expect.assertProblems;
import static dev.vpclab.model.validation.Expect.warning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.LoadBalancer.Scheme;
import dev.vpclab.model.resource.LoadBalancer.Type;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.VpcPeeringConnection;
import dev.vpclab.model.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edge cases of the exposure, security-group, peering, load-balancing and monitoring rules. */
class ServiceRulesTest {

    @ParameterizedTest
    @CsvSource({"private-a, true", "DB-tier, true", "App servers, true", "database, true", "프라이빗 A, true", "public-a, false",
            "web, false"})
    void theNameHeuristicIsSimple(String name, boolean looksPrivate) {
        assertThat(ExposureChecks.looksPrivate(name)).isEqualTo(looksPrivate);
    }

    @Test
    void anElasticIpOnAnInstanceInAPrivateSubnetGivesNoInternetAccess() {
        assertProblems(put(small(), new ElasticIp("eipalloc-1", "", ip("198.51.100.20"), "eni-app", null)),
                warning("i-app", "subnetId", ExposureChecks.PUBLIC_IP_NO_ROUTE));
    }

    @Test
    void aPrivateSubnetWhoseDefaultRouteGoesToANatGatewayIsNotFlagged() {
        Document doc = Docs.addRoutes(ConnectivitySamples.natIn("subnet-public", true), "rtb-main", Route.to(Cidr.ALL, "nat-1"));
        assertProblems(doc);
    }

    @Test
    void aDatabaseGroupOpenOnAllProtocolsWarnsButOneOpenOnAnotherPortDoesNot() {
        Document base = withPrivateB(small());
        SecurityGroup all = new SecurityGroup("sg-db", "db", "vpc-1", "db", "", List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL))),
                List.of());
        SecurityGroup other = new SecurityGroup("sg-db", "db", "vpc-1", "db", "",
                List.of(SecurityGroupRule.of(Protocol.TCP, PortRange.of(443), RulePeer.cidr(Cidr.ALL)),
                        SecurityGroupRule.of(Protocol.TCP, PortRange.of(5432), RulePeer.cidr(Fixtures.cidr("10.0.0.0/16")))),
                List.of());
        var db = Docs.db(List.of("subnet-private", "subnet-private-b"), "subnet-private", "10.0.2.50", List.of("sg-db"));
        assertProblems(put(base, all, db), warning("orders-db", "securityGroupIds[0]", ExposureChecks.DB_OPEN));
        assertProblems(put(base, other, db));
    }

    @Test
    void aSecurityGroupReferenceAcrossASameRegionPeeringIsFine() {
        Document doc = put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), ConnectivitySamples.peering("pcx-1"),
                ConnectivitySamples.appGroupAlsoFrom(RulePeer.group("sg-x")));
        assertProblems(doc);
    }

    @Test
    void peeringsThatAreNotActiveAreNeitherDuplicatesNorOverlapsToReport() {
        Document doc = put(withVpc(small(), "x", "us-east-1", "10.0.0.0/16"),
                new VpcPeeringConnection("pcx-1", "", "vpc-1", "vpc-x", VpcPeeringConnection.Status.REJECTED),
                new VpcPeeringConnection("pcx-2", "", "vpc-1", "vpc-x", VpcPeeringConnection.Status.FAILED));
        assertProblems(doc);
    }

    @Test
    void aNetworkLoadBalancerInOneZoneAndAnInternalOneInPrivateSubnetsAreFine() {
        assertProblems(put(small(), lb("nlb-1", Type.NETWORK, Scheme.INTERNET_FACING, "vpc-1", "subnet-public")));
        assertProblems(put(withPrivateB(small()), lb("alb-1", Type.APPLICATION, Scheme.INTERNAL, "vpc-1", "subnet-private",
                "subnet-private-b")));
    }

    @Test
    void anHttpsListenerNeedsNoCertificateHere() {
        assertProblems(put(ServiceSamples.withAlb(), ServiceSamples.listener(ListenerProtocol.HTTPS, "tg-web")));
    }

    @Test
    void aLoadBalancerSecurityGroupOfAnotherVpcIsRefused() {
        var alb = ServiceSamples.alb();
        var withGroup = new LoadBalancer(alb.id(), alb.name(), alb.type(), alb.scheme(), alb.vpcId(),
                alb.subnetIds(), List.of("sg-x"), Map.of(), Map.of(), "", true, 60, alb.state());
        assertProblems(put(withVpc(ServiceSamples.withAlb(), "x", "us-east-1", "10.1.0.0/16"), withGroup),
                Expect.error("alb-1", "securityGroupIds[0]", SecurityGroupChecks.OTHER_VPC));
    }

    @Test
    void loadBalancerAndTargetGroupDimensionsMatchTheTailOfTheArn() {
        Document every = Fixtures.everyKind();
        assertProblems(put(every, ServiceSamples.alarm(Map.of("LoadBalancer", "app/web-alb/50dc6c495c0c9188",
                "TargetGroup", "targetgroup/web/73e2d6bc24d8a067", "AvailabilityZone", "us-east-1a"), List.of("asg-web/cpu50"))));
        assertProblems(put(every, ServiceSamples.alarm(Map.of("LoadBalancer", "app/gone/1"), List.of())),
                warning("cpu-high", "dimensions.LoadBalancer", MonitoringChecks.DIMENSION_MISSING));
    }

    @Test
    void snsActionsAreNotScalingPolicies() {
        assertProblems(put(small(), ServiceSamples.alarm(Map.of(), List.of("arn:aws:sns:us-east-1:123456789012:ops"))));
    }
}
