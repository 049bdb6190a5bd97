package dev.vpclab.model.validation;

import static dev.vpclab.model.testing.Fixtures.cidr;
import static dev.vpclab.model.testing.Fixtures.ip;
import static dev.vpclab.model.validation.Docs.addRoutes;
import static dev.vpclab.model.validation.Docs.eni;
import static dev.vpclab.model.validation.Docs.put;
import static dev.vpclab.model.validation.Docs.small;
import static dev.vpclab.model.validation.Docs.withVpc;
import static dev.vpclab.model.validation.Expect.assertProblems;
import static dev.vpclab.model.validation.Expect.error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import dev.vpclab.model.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Edge cases of the address, route-table and network ACL rules: what must be reported and what must not. */
class NetworkRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.2.0", "10.0.2.1", "10.0.2.2", "10.0.2.3", "10.0.2.255"})
    void theFiveReservedAddressesOfASubnetAreRefused(String address) {
        assertProblems(put(small(), eni("eni-app", "subnet-private", address, "i-app", 0)),
                error("eni-app", "privateIps[0]", AddressChecks.RESERVED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.2.4", "10.0.2.254"})
    void theFirstAndLastUsableAddressesAreFine(String address) {
        assertProblems(put(small(), eni("eni-app", "subnet-private", address, "i-app", 0)));
    }

    @Test
    void secondaryAddressesAreCheckedWithTheirIndex() {
        Document doc = put(small(), new NetworkInterface("eni-app", "", "subnet-private",
                List.of(ip("10.0.2.20"), ip("10.0.2.255")), List.of("sg-app"), true, "i-app", 0, null, ""));
        assertProblems(doc, error("eni-app", "privateIps[1]", AddressChecks.RESERVED));
    }

    @Test
    void anInstanceMadeByTheFactoryWithATakenAddressIsADuplicate() {
        Document doc = small();
        ResourceFactory factory = Fixtures.factory(doc);
        List<Resource> made = factory.instance(doc.get("subnet-private", Subnet.class), "app-2", "t3.micro", ip("10.0.2.20"),
                List.of("sg-app"), null);
        assertProblems(doc.withAll(made), error(made.get(1).id(), "privateIps[0]", AddressChecks.DUPLICATE));
    }

    @Test
    void theSameAddressInTwoVpcsIsFine() {
        Document doc = withVpc(small(), "x", "us-east-1", "10.0.0.0/16");
        doc = put(doc, Docs.subnet("subnet-x", "x-a", "vpc-x", "us-east-1a", "10.0.2.0/24", null),
                eni("eni-x", "subnet-x", "10.0.2.20", null, 0));
        assertProblems(doc);
    }

    @Test
    void serviceAddressesAreCheckedAgainstInterfacesOfInstancesButNotAgainstTheirOwnInterface() {
        NatGateway nat = new NatGateway("nat-1", "nat", "subnet-public", NatGateway.Connectivity.PRIVATE, ip("10.0.1.10"),
                LifecycleState.AVAILABLE);
        assertProblems(put(small(), nat), error("nat-1", "privateIp", AddressChecks.DUPLICATE));
        NatGateway own = new NatGateway("nat-1", "nat", "subnet-public", NatGateway.Connectivity.PRIVATE, ip("10.0.1.50"),
                LifecycleState.AVAILABLE);
        assertProblems(put(small(), own, eni("eni-nat", "subnet-public", "10.0.1.50", null, 0)));
    }

    @Test
    void loadBalancerNodesAndDatabasesAreAddressHolders() {
        LoadBalancer alb = new LoadBalancer("alb-1", "alb", LoadBalancer.Type.APPLICATION, LoadBalancer.Scheme.INTERNAL, "vpc-1",
                List.of("subnet-private", "subnet-private-b"), List.of(),
                Map.of("subnet-private", ip("10.0.2.0"), "subnet-private-b", ip("10.0.4.10")), Map.of(), "", true, 60,
                LifecycleState.AVAILABLE);
        assertProblems(put(Docs.withPrivateB(small()), alb),
                error("alb-1", "nodeAddresses.subnet-private", AddressChecks.RESERVED));
        assertProblems(put(Docs.withPrivateB(small()), Docs.db(List.of("subnet-private", "subnet-private-b"), "subnet-private",
                        "10.0.9.9", List.of())),
                error("orders-db", "primaryAddress", AddressChecks.OUTSIDE_SUBNET));
    }

    @Test
    void aBlackholeAfterTheNatGatewayIsDeletedNamesTheRoute() {
        Document withNat = put(addRoutes(small(), "rtb-main", Route.to(Cidr.ALL, "nat-1")),
                new NatGateway("nat-1", "nat", "subnet-public", NatGateway.Connectivity.PRIVATE, ip("10.0.1.5"), LifecycleState.AVAILABLE));
        assertProblems(withNat);
        assertProblems(withNat.without(List.of("nat-1")), error("rtb-main", "routes[1].target", RouteTargetChecks.BLACKHOLE));
    }

    @Test
    void aRouteThroughAPeeringThatIsNotActiveIsABlackhole() {
        Document doc = put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"),
                new VpcPeeringConnection("pcx-1", "", "vpc-1", "vpc-x", VpcPeeringConnection.Status.DELETED));
        assertProblems(addRoutes(doc, "rtb-public", Route.to(cidr("10.1.0.0/16"), "pcx-1")),
                error("rtb-public", "routes[2].target", RouteTargetChecks.BLACKHOLE_STATE));
    }

    @Test
    void aWholeSubnetRouteToAMiddleboxIsAllowed() {
        VpcEndpoint gwlbe = new VpcEndpoint("vpce-fw", "fw", "vpc-1", VpcEndpoint.EndpointType.GATEWAY_LOAD_BALANCER, "", null,
                List.of(), List.of("subnet-public"), List.of(), Map.of(), false, LifecycleState.AVAILABLE);
        for (String target : List.of("eni-web", "i-web", "vpce-fw")) {
            assertProblems(put(addRoutes(small(), "rtb-public", Route.to(cidr("10.0.2.0/24"), target)), gwlbe));
        }
    }

    @Test
    void aRouteLessSpecificThanTheVpcOrOutsideItIsNotAMiddleboxRoute() {
        Document doc = put(small(), new TransitGateway("tgw-1", "core", "us-east-1", 0));
        assertProblems(addRoutes(doc, "rtb-public", Route.to(cidr("10.0.0.0/8"), "tgw-1"), Route.to(cidr("10.9.1.0/24"), "tgw-1")));
    }

    @Test
    void aReplacedLocalRouteCountsAsTheLocalRouteButTwoRoutesToTheBlockAreDuplicates() {
        Document doc = put(small(), new RouteTable("rtb-public", "public", "vpc-1", false,
                List.of(Route.to(cidr("10.0.0.0/16"), "eni-web"), Route.to(Cidr.ALL, "igw-1")), List.of(), List.of()));
        assertProblems(doc);
        assertProblems(addRoutes(small(), "rtb-public", Route.to(cidr("10.0.0.0/16"), "eni-web")),
                error("rtb-public", "routes[2].destinationCidr", RouteTableChecks.DUPLICATE));
    }

    @Test
    void ruleNumbersAtTheLimitsAreFineAndZeroIsNot() {
        assertProblems(NetworkSamples.defaultAclWith(
                NetworkAclEntry.of(1, TrafficDirection.INBOUND, Protocol.TCP, null, Cidr.ALL, RuleAction.DENY),
                NetworkAclEntry.of(32766, TrafficDirection.OUTBOUND, Protocol.TCP, null, Cidr.ALL, RuleAction.DENY)));
        assertProblems(NetworkSamples.defaultAclWith(
                        NetworkAclEntry.of(0, TrafficDirection.OUTBOUND, Protocol.UDP, null, Cidr.ALL, RuleAction.DENY)),
                error("acl-default", "entries[2].ruleNumber", AclChecks.RULE_NUMBER_RANGE));
    }

    @Test
    void twentyRulesInADirectionAreWithinTheQuota() {
        assertProblems(NetworkSamples.defaultAclWith(NetworkSamples.inboundRules(19)));
    }

    @Test
    void aPrivateNatGatewayNeedsNeitherAnElasticIpNorAnInternetRoute() {
        assertProblems(put(small(), new NatGateway("nat-1", "nat", "subnet-private", NatGateway.Connectivity.PRIVATE, ip("10.0.2.5"),
                LifecycleState.AVAILABLE)));
    }

    @Test
    void aPublicNatGatewayInAPublicSubnetWithAnElasticIpIsFine() {
        assertProblems(ConnectivitySamples.natIn("subnet-public", true));
    }

    @Test
    void overlapsAreFoundInWhicheverOrderSubnetsAreListed() {
        Document doc = put(small(), Docs.subnet("subnet-0", "big", "vpc-1", "us-east-1b", "10.0.0.0/20", null));
        assertThat(Expect.found(doc)).extracting(Expect.Found::resourceId)
                .containsExactlyInAnyOrder("subnet-private", "subnet-public");
    }
}
