package dev.vpclab.model.validation;

import static dev.vpclab.model.testing.Fixtures.cidr;
import static dev.vpclab.model.testing.Fixtures.ip;
import static dev.vpclab.model.validation.Docs.addRoutes;
import static dev.vpclab.model.validation.Docs.eni;
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
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.VpcPeeringConnection;
import dev.vpclab.model.validation.Expect.Sample;
import java.util.ArrayList;
import java.util.List;

/** One small broken document per rule of the VPC, subnet, address, route-table and network ACL areas. */
final class NetworkSamples {

    private NetworkSamples() {
    }

    /** @return the samples */
    static List<Sample> all() {
        List<Sample> s = new ArrayList<>();
        s.add(sample(CidrChecks.VPC_TOO_LARGE, () -> withVpc(small(), "big", "us-east-1", "172.16.0.0/12"),
                error("vpc-big", "cidrBlocks[0]", CidrChecks.VPC_TOO_LARGE)));
        s.add(sample(CidrChecks.VPC_TOO_SMALL, () -> withVpc(small(), "tiny", "us-east-1", "172.16.0.0/29"),
                error("vpc-tiny", "cidrBlocks[0]", CidrChecks.VPC_TOO_SMALL)));
        s.add(sample(CidrChecks.VPC_BLOCKS_OVERLAP, () -> withVpc(small(), "x", "us-east-1", "10.1.0.0/16", "10.1.128.0/17"),
                error("vpc-x", "cidrBlocks[1]", CidrChecks.VPC_BLOCKS_OVERLAP)));
        s.add(sample(CidrChecks.SUBNET_TOO_SMALL,
                () -> put(small(), subnet("subnet-tiny", "public-a", "vpc-1", "us-east-1a", "10.0.9.0/29", null)),
                error("subnet-tiny", "cidr", CidrChecks.SUBNET_TOO_SMALL)));
        s.add(sample(CidrChecks.SUBNET_TOO_LARGE,
                () -> put(withVpc(small(), "big", "us-east-1", "172.16.0.0/12"),
                        subnet("subnet-huge", "huge", "vpc-big", "us-east-1a", "172.16.0.0/15", null)),
                error("vpc-big", "cidrBlocks[0]", CidrChecks.VPC_TOO_LARGE),
                error("subnet-huge", "cidr", CidrChecks.SUBNET_TOO_LARGE)));
        s.add(sample(CidrChecks.SUBNET_OUTSIDE_VPC,
                () -> put(small(), subnet("subnet-far", "far", "vpc-1", "us-east-1a", "10.5.0.0/24", null)),
                error("subnet-far", "cidr", CidrChecks.SUBNET_OUTSIDE_VPC)));
        s.add(sample(CidrChecks.SUBNET_OVERLAP,
                () -> put(small(), subnet("subnet-half", "private-b", "vpc-1", "us-east-1b", "10.0.2.128/25", null)),
                error("subnet-half", "cidr", CidrChecks.SUBNET_OVERLAP)));
        s.add(sample(CidrChecks.SUBNET_ZONE_REGION,
                () -> put(small(), new Region("eu-west-1", "Europe (Ireland)"),
                        new AvailabilityZone("eu-west-1a", "eu-west-1a", "eu-west-1"),
                        subnet("subnet-eu", "eu", "vpc-1", "eu-west-1a", "10.0.4.0/24", null)),
                error("subnet-eu", "availabilityZoneId", CidrChecks.SUBNET_ZONE_REGION)));
        s.add(sample(AddressChecks.OUTSIDE_SUBNET, () -> put(small(), eni("eni-app", "subnet-private", "10.0.3.20", "i-app", 0)),
                error("eni-app", "privateIps[0]", AddressChecks.OUTSIDE_SUBNET)));
        s.add(sample(AddressChecks.RESERVED, () -> put(small(), eni("eni-app", "subnet-private", "10.0.2.3", "i-app", 0)),
                error("eni-app", "privateIps[0]", AddressChecks.RESERVED)));
        s.add(sample(AddressChecks.DUPLICATE, () -> put(small(), eni("eni-dup", "subnet-private", "10.0.2.20", "i-app", 1)),
                error("eni-dup", "privateIps[0]", AddressChecks.DUPLICATE)));
        s.add(sample(AddressChecks.EIP_SAME_ADDRESS,
                () -> put(small(), new ElasticIp("eipalloc-a", "a", ip("198.51.100.1"), "eni-web", null),
                        new ElasticIp("eipalloc-b", "b", ip("198.51.100.2"), "eni-web", ip("10.0.1.10"))),
                error("eipalloc-b", "privateIp", AddressChecks.EIP_SAME_ADDRESS)));
        s.add(sample(AddressChecks.EIP_NOT_ON_INTERFACE,
                () -> put(small(), new ElasticIp("eipalloc-a", "a", ip("198.51.100.1"), "eni-web", ip("10.0.1.99"))),
                error("eipalloc-a", "privateIp", AddressChecks.EIP_NOT_ON_INTERFACE)));
        s.addAll(routeTables());
        s.addAll(routeTargets());
        s.addAll(acls());
        s.add(sample(ReferenceChecks.MISSING,
                () -> put(small(), subnet("subnet-orphan", "orphan", "vpc-gone", "us-east-1a", "10.9.0.0/24", null)),
                error("subnet-orphan", "vpcId", ReferenceChecks.MISSING)));
        return s;
    }

    private static List<Sample> routeTables() {
        List<Sample> s = new ArrayList<>();
        s.add(sample(RouteTableChecks.MISSING_LOCAL,
                () -> put(small(), new RouteTable("rtb-public", "public", "vpc-1", false, List.of(Route.to(Cidr.ALL, "igw-1")),
                        List.of(), List.of())),
                error("rtb-public", "routes", RouteTableChecks.MISSING_LOCAL)));
        s.add(sample(RouteTableChecks.LOCAL_NOT_VPC_BLOCK,
                () -> addRoutes(small(), "rtb-public", Route.to(cidr("10.9.0.0/16"), Route.LOCAL)),
                error("rtb-public", "routes[2].destinationCidr", RouteTableChecks.LOCAL_NOT_VPC_BLOCK)));
        s.add(sample(RouteTableChecks.DUPLICATE, () -> addRoutes(small(), "rtb-public", Route.to(Cidr.ALL, "igw-1")),
                error("rtb-public", "routes[2].destinationCidr", RouteTableChecks.DUPLICATE)));
        s.add(sample(RouteTableChecks.MORE_SPECIFIC_NOT_SUBNET,
                () -> addRoutes(small(), "rtb-public", Route.to(cidr("10.0.2.0/25"), "eni-web")),
                error("rtb-public", "routes[2].destinationCidr", RouteTableChecks.MORE_SPECIFIC_NOT_SUBNET)));
        s.add(sample(RouteTableChecks.MORE_SPECIFIC_BAD_TARGET,
                () -> addRoutes(small(), "rtb-public", Route.to(cidr("10.0.2.0/24"), "igw-1")),
                error("rtb-public", "routes[2].target", RouteTableChecks.MORE_SPECIFIC_BAD_TARGET)));
        s.add(sample(RouteTableChecks.NO_MAIN,
                () -> put(small(), new RouteTable("rtb-main", "main", "vpc-1", false,
                        List.of(Route.to(cidr("10.0.0.0/16"), Route.LOCAL)), List.of(), List.of())),
                error("vpc-1", "", RouteTableChecks.NO_MAIN)));
        s.add(sample(RouteTableChecks.MANY_MAIN,
                () -> put(small(), new RouteTable("rtb-public", "public", "vpc-1", true,
                        List.of(Route.to(cidr("10.0.0.0/16"), Route.LOCAL), Route.to(Cidr.ALL, "igw-1")), List.of(), List.of())),
                error("vpc-1", "", RouteTableChecks.MANY_MAIN)));
        s.add(sample(RouteTableChecks.SUBNET_TABLE_OTHER_VPC,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"),
                        subnet("subnet-private", "private-a", "vpc-1", "us-east-1a", "10.0.2.0/24", "rtb-x")),
                error("subnet-private", "routeTableId", RouteTableChecks.SUBNET_TABLE_OTHER_VPC)));
        return s;
    }

    private static List<Sample> routeTargets() {
        List<Sample> s = new ArrayList<>();
        s.add(sample(RouteTargetChecks.BLACKHOLE, () -> addRoutes(small(), "rtb-main", Route.to(Cidr.ALL, "nat-deleted")),
                error("rtb-main", "routes[1].target", RouteTargetChecks.BLACKHOLE)));
        s.add(sample(RouteTargetChecks.BLACKHOLE_STATE,
                () -> addRoutes(put(small(),
                        new NatGateway("nat-1", "nat-a", "subnet-public", NatGateway.Connectivity.PUBLIC, ip("10.0.1.5"),
                                LifecycleState.DELETED),
                        new ElasticIp("eipalloc-nat", "nat", ip("198.51.100.9"), "nat-1", null)),
                        "rtb-main", Route.to(Cidr.ALL, "nat-1")),
                error("rtb-main", "routes[1].target", RouteTargetChecks.BLACKHOLE_STATE)));
        s.add(sample(RouteTargetChecks.BLACKHOLE_DETACHED,
                () -> addRoutes(put(small(), new InternetGateway("igw-2", "spare", null)), "rtb-public",
                        Route.to(cidr("198.51.100.0/24"), "igw-2")),
                error("rtb-public", "routes[2].target", RouteTargetChecks.BLACKHOLE_DETACHED),
                warning("igw-2", "vpcId", GatewayChecks.IGW_DETACHED)));
        s.add(sample(RouteTargetChecks.BAD_TARGET_KIND,
                () -> addRoutes(small(), "rtb-public", Route.to(cidr("192.0.2.0/24"), "sg-web")),
                error("rtb-public", "routes[2].target", RouteTargetChecks.BAD_TARGET_KIND)));
        s.add(sample(RouteTargetChecks.TARGET_OTHER_VPC,
                () -> addRoutes(put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), new InternetGateway("igw-x", "x", "vpc-x")),
                        "rtb-public", Route.to(cidr("192.0.2.0/24"), "igw-x")),
                error("rtb-public", "routes[2].target", RouteTargetChecks.TARGET_OTHER_VPC)));
        s.add(sample(RouteTargetChecks.PEERING_NOT_OF_VPC,
                () -> addRoutes(put(withVpc(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), "y", "us-east-1", "10.2.0.0/16"),
                        new VpcPeeringConnection("pcx-xy", "x-y", "vpc-x", "vpc-y",
                                VpcPeeringConnection.Status.ACTIVE)),
                        "rtb-public", Route.to(cidr("10.2.0.0/16"), "pcx-xy")),
                error("rtb-public", "routes[2].target", RouteTargetChecks.PEERING_NOT_OF_VPC)));
        s.add(sample(RouteTargetChecks.PREFIX_LIST_MISSING,
                () -> addRoutes(small(), "rtb-public", new Route(null, "pl-gone", "igw-1", RouteOrigin.STATIC)),
                error("rtb-public", "routes[2].destinationPrefixListId", RouteTargetChecks.PREFIX_LIST_MISSING)));
        return s;
    }

    private static List<Sample> acls() {
        List<Sample> s = new ArrayList<>();
        s.add(sample(AclChecks.RULE_NUMBER_RANGE, () -> defaultAclWith(
                NetworkAclEntry.of(32767, TrafficDirection.INBOUND, Protocol.TCP, null, Cidr.ALL, RuleAction.DENY)),
                error("acl-default", "entries[2].ruleNumber", AclChecks.RULE_NUMBER_RANGE)));
        s.add(sample(AclChecks.RULE_NUMBER_REPEATED, () -> defaultAclWith(
                NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.TCP, null, Cidr.ALL, RuleAction.DENY)),
                error("acl-default", "entries[2].ruleNumber", AclChecks.RULE_NUMBER_REPEATED)));
        s.add(sample(AclChecks.TOO_MANY_RULES, () -> defaultAclWith(inboundRules(20)),
                warning("acl-default", "entries", AclChecks.TOO_MANY_RULES)));
        s.add(sample(AclChecks.NO_DEFAULT, () -> small().without(List.of("acl-default")),
                warning("vpc-1", "", AclChecks.NO_DEFAULT)));
        s.add(sample(AclChecks.MANY_DEFAULT, () -> put(small(), new NetworkAcl("acl-second", "", "vpc-1", true, Docs.allowAll())),
                error("vpc-1", "", AclChecks.MANY_DEFAULT)));
        s.add(sample(AclChecks.NO_EPHEMERAL_OUT, () -> put(small(), new NetworkAcl("acl-default", "default", "vpc-1", true, List.of(
                        NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.TCP, PortRange.of(443), Cidr.ALL, RuleAction.ALLOW),
                        NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.TCP, PortRange.of(443), Cidr.ALL, RuleAction.ALLOW),
                        NetworkAclEntry.of(110, TrafficDirection.OUTBOUND, Protocol.TCP, new PortRange(32768, 61000), Cidr.ALL, RuleAction.ALLOW)))),
                warning("acl-default", "entries", AclChecks.NO_EPHEMERAL_OUT)));
        s.add(sample(AclChecks.SUBNET_ACL_OTHER_VPC,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"),
                        new Subnet("subnet-private", "private-a", "vpc-1", "us-east-1a", cidr("10.0.2.0/24"), false, null, "acl-x")),
                error("subnet-private", "networkAclId", AclChecks.SUBNET_ACL_OTHER_VPC)));
        return s;
    }

    /** @param extra entries appended to acl-default @return the small network with them */
    static Document defaultAclWith(NetworkAclEntry... extra) {
        List<NetworkAclEntry> entries = new ArrayList<>(Docs.allowAll());
        entries.addAll(List.of(extra));
        return put(small(), new NetworkAcl("acl-default", "default", "vpc-1", true, entries));
    }

    /** @param n how many @return n inbound allow rules numbered 110, 120, … */
    static NetworkAclEntry[] inboundRules(int n) {
        NetworkAclEntry[] out = new NetworkAclEntry[n];
        for (int i = 0; i < n; i++) {
            out[i] = NetworkAclEntry.of(110 + 10 * i, TrafficDirection.INBOUND, Protocol.TCP,
                    PortRange.of(1000 + i), Cidr.ALL, RuleAction.ALLOW);
        }
        return out;
    }
}
