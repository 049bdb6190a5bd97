package dev.vpclab.model.validation;

import static dev.vpclab.model.testing.Fixtures.cidr;
import static dev.vpclab.model.testing.Fixtures.ip;
import static dev.vpclab.model.validation.Docs.put;
import static dev.vpclab.model.validation.Docs.small;
import static dev.vpclab.model.validation.Docs.subnet;
import static dev.vpclab.model.validation.Docs.withVpc;
import static dev.vpclab.model.validation.Expect.error;
import static dev.vpclab.model.validation.Expect.sample;
import static dev.vpclab.model.validation.Expect.warning;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRoute;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import dev.vpclab.model.validation.Expect.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One small broken document per rule of the gateway, peering, security-group and exposure areas. */
final class ConnectivitySamples {

    private ConnectivitySamples() {
    }

    /** @return the samples */
    static List<Sample> all() {
        List<Sample> s = new ArrayList<>();
        s.add(sample(GatewayChecks.NAT_NO_INTERNET_ROUTE, () -> natIn("subnet-private", true),
                error("nat-1", "subnetId", GatewayChecks.NAT_NO_INTERNET_ROUTE)));
        s.add(sample(GatewayChecks.NAT_NO_ELASTIC_IP, () -> natIn("subnet-public", false),
                error("nat-1", "", GatewayChecks.NAT_NO_ELASTIC_IP)));
        s.add(sample(GatewayChecks.IGW_DETACHED, () -> put(small(), new InternetGateway("igw-2", "spare", null)),
                warning("igw-2", "vpcId", GatewayChecks.IGW_DETACHED)));
        s.add(sample(GatewayChecks.IGW_SECOND_IN_VPC, () -> put(small(), new InternetGateway("igw-2", "second", "vpc-1")),
                error("igw-2", "vpcId", GatewayChecks.IGW_SECOND_IN_VPC)));
        s.add(sample(GatewayChecks.ENDPOINT_NO_PREFIX_LIST, () -> put(small(), s3Endpoint(null)),
                error("vpce-s3", "prefixListId", GatewayChecks.ENDPOINT_NO_PREFIX_LIST)));
        s.add(sample(GatewayChecks.ENDPOINT_PREFIX_LIST_MISSING, () -> put(small(), s3Endpoint("pl-gone")),
                error("vpce-s3", "prefixListId", GatewayChecks.ENDPOINT_PREFIX_LIST_MISSING)));
        s.add(sample(GatewayChecks.TGW_TWO_SUBNETS_IN_ZONE, () -> put(small(), tgw(), attachment("vpc-1", "subnet-public", "subnet-private")),
                error("tgw-attach-1", "subnetIds[1]", GatewayChecks.TGW_TWO_SUBNETS_IN_ZONE)));
        s.add(sample(GatewayChecks.TGW_SUBNET_OTHER_VPC,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), tgw(),
                        subnet("subnet-x", "x-b", "vpc-x", "us-east-1b", "10.1.1.0/24", null),
                        attachment("vpc-1", "subnet-private", "subnet-x")),
                error("tgw-attach-1", "subnetIds[1]", GatewayChecks.TGW_SUBNET_OTHER_VPC)));
        s.add(sample(GatewayChecks.TGW_ROUTE_ATTACHMENT_MISSING,
                () -> put(small(), tgw(), new TransitGatewayRouteTable("tgw-rtb-1", "core", "tgw-1",
                        List.of(new TransitGatewayRoute(cidr("10.9.0.0/16"), "tgw-attach-gone", RouteOrigin.STATIC)), List.of())),
                error("tgw-rtb-1", "routes[0].attachmentId", GatewayChecks.TGW_ROUTE_ATTACHMENT_MISSING)));
        s.add(sample(PeeringChecks.SAME_VPC,
                () -> put(small(), new VpcPeeringConnection("pcx-1", "loop", "vpc-1", "vpc-1", VpcPeeringConnection.Status.ACTIVE)),
                error("pcx-1", "accepterVpcId", PeeringChecks.SAME_VPC)));
        s.add(sample(PeeringChecks.OVERLAPPING_CIDRS,
                () -> put(withVpc(small(), "x", "us-east-1", "172.20.0.0/16", "10.0.128.0/20"), peering("pcx-1")),
                error("pcx-1", "accepterVpcId", PeeringChecks.OVERLAPPING_CIDRS)));
        s.add(sample(PeeringChecks.DUPLICATE,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), peering("pcx-1"), peering("pcx-2")),
                error("pcx-2", "", PeeringChecks.DUPLICATE)));
        s.add(sample(SecurityGroupChecks.STALE_REFERENCE, () -> put(small(), appGroupAlsoFrom(RulePeer.group("sg-gone"))),
                warning("sg-app", "ingress[1].peer", SecurityGroupChecks.STALE_REFERENCE)));
        s.add(sample(SecurityGroupChecks.PREFIX_LIST_MISSING, () -> put(small(), appGroupAlsoFrom(RulePeer.parse("pl-gone"))),
                warning("sg-app", "ingress[1].peer", SecurityGroupChecks.PREFIX_LIST_MISSING)));
        s.add(sample(SecurityGroupChecks.REFERENCE_NOT_PEERED,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), appGroupAlsoFrom(RulePeer.group("sg-x"))),
                error("sg-app", "ingress[1].peer", SecurityGroupChecks.REFERENCE_NOT_PEERED)));
        s.add(sample(SecurityGroupChecks.REFERENCE_ACROSS_REGIONS,
                () -> put(withVpc(small(), "x", "eu-west-1", "10.1.0.0/16"), peering("pcx-1"), appGroupAlsoFrom(RulePeer.group("sg-x"))),
                error("sg-app", "ingress[1].peer", SecurityGroupChecks.REFERENCE_ACROSS_REGIONS)));
        s.add(sample(SecurityGroupChecks.OTHER_VPC,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), new NetworkInterface("eni-app", "", "subnet-private",
                        List.of(ip("10.0.2.20")), List.of("sg-app", "sg-x"), true, "i-app", 0, null, "")),
                error("eni-app", "securityGroupIds[1]", SecurityGroupChecks.OTHER_VPC)));
        s.add(sample(ExposureChecks.PUBLIC_IP_NO_ROUTE,
                () -> put(small(), new NetworkInterface("eni-app", "", "subnet-private", List.of(ip("10.0.2.20")), List.of("sg-app"),
                        true, "i-app", 0, ip("203.0.113.20"), "")),
                warning("i-app", "subnetId", ExposureChecks.PUBLIC_IP_NO_ROUTE)));
        s.add(sample(ExposureChecks.PRIVATE_NAME_PUBLIC_ROUTE,
                () -> put(small(), subnet("subnet-private", "private-a", "vpc-1", "us-east-1a", "10.0.2.0/24", "rtb-public")),
                warning("subnet-private", "routeTableId", ExposureChecks.PRIVATE_NAME_PUBLIC_ROUTE)));
        s.add(sample(ExposureChecks.DB_OPEN,
                () -> put(Docs.withPrivateB(small()), openDbGroup(),
                        Docs.db(List.of("subnet-private", "subnet-private-b"), "subnet-private", "10.0.2.50", List.of("sg-db"))),
                warning("orders-db", "securityGroupIds[0]", ExposureChecks.DB_OPEN)));
        return s;
    }

    /**
     * @param subnet the NAT gateway's subnet
     * @param withElasticIp whether to give it an Elastic IP
     * @return the small network with public NAT gateway nat-1
     */
    static Document natIn(String subnet, boolean withElasticIp) {
        String address = subnet.equals("subnet-public") ? "10.0.1.5" : "10.0.2.5";
        Document doc = put(small(), new NatGateway("nat-1", "nat-a", subnet, NatGateway.Connectivity.PUBLIC, ip(address),
                LifecycleState.AVAILABLE));
        return withElasticIp ? put(doc, new ElasticIp("eipalloc-nat", "nat", ip("198.51.100.9"), "nat-1", null)) : doc;
    }

    private static VpcEndpoint s3Endpoint(String prefixList) {
        return new VpcEndpoint("vpce-s3", "s3", "vpc-1", VpcEndpoint.EndpointType.GATEWAY, "com.amazonaws.us-east-1.s3", prefixList,
                List.of("rtb-main"), List.of(), List.of(), Map.of(), false, LifecycleState.AVAILABLE);
    }

    private static TransitGateway tgw() {
        return new TransitGateway("tgw-1", "core", "us-east-1", 0);
    }

    private static TransitGatewayAttachment attachment(String vpc, String... subnets) {
        return new TransitGatewayAttachment("tgw-attach-1", "attach", "tgw-1", TransitGatewayAttachment.AttachmentType.VPC, vpc,
                List.of(subnets), null, false, LifecycleState.AVAILABLE);
    }

    /** @param id the id @return an active peering between vpc-1 and vpc-x */
    static VpcPeeringConnection peering(String id) {
        return new VpcPeeringConnection(id, id, "vpc-1", "vpc-x", VpcPeeringConnection.Status.ACTIVE);
    }

    /** @param peer a second source @return sg-app allowing 8080 from sg-web and from the peer */
    static SecurityGroup appGroupAlsoFrom(RulePeer peer) {
        return new SecurityGroup("sg-app", "app", "vpc-1", "app", "app servers",
                List.of(SecurityGroupRule.of(Protocol.TCP, PortRange.of(8080), RulePeer.group("sg-web")),
                        SecurityGroupRule.of(Protocol.TCP, PortRange.of(8080), peer)),
                List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL))));
    }

    private static SecurityGroup openDbGroup() {
        return new SecurityGroup("sg-db", "db", "vpc-1", "db", "database",
                List.of(SecurityGroupRule.of(Protocol.TCP, PortRange.of(5432), RulePeer.cidr(Cidr.ALL))), List.of());
    }
}
