package dev.vpclab.model.validation;

import static dev.vpclab.model.testing.Fixtures.cidr;
import static dev.vpclab.model.testing.Fixtures.ip;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Building blocks for the validation samples: Fixtures.smallNetwork() (vpc-1 10.0.0.0/16, subnet-public
 * 10.0.1.0/24 with rtb-public → igw-1, subnet-private 10.0.2.0/24 on the main table rtb-main, i-web/eni-web and
 * i-app/eni-app) plus a few resources with readable fixed ids.
 */
final class Docs {

    private Docs() {
    }

    /** @return the small network, which validates clean */
    static Document small() {
        return Fixtures.smallNetwork();
    }

    /**
     * @param doc a document
     * @param rs resources to add or replace
     * @return the document with them
     */
    static Document put(Document doc, Resource... rs) {
        return doc.withAll(Arrays.asList(rs));
    }

    /**
     * Adds a VPC "vpc-{suffix}" the way AWS creates one: main table "rtb-{suffix}" with the local routes, default
     * network ACL "acl-{suffix}" allowing everything, default security group "sg-{suffix}".
     *
     * @param doc a document
     * @param suffix the id suffix
     * @param region its Region (added with zone {region}a if missing)
     * @param blocks its CIDR blocks
     * @return the document with the VPC
     */
    static Document withVpc(Document doc, String suffix, String region, String... blocks) {
        List<Cidr> cidrs = Arrays.stream(blocks).map(Fixtures::cidr).toList();
        List<Resource> rs = new ArrayList<>();
        if (!doc.contains(region)) {
            rs.add(new Region(region, region));
            rs.add(new AvailabilityZone(region + "a", region + "a", region));
        }
        String vpc = "vpc-" + suffix;
        rs.add(new Vpc(vpc, suffix, region, cidrs, true, true));
        rs.add(new RouteTable("rtb-" + suffix, suffix + "-main", vpc, true,
                cidrs.stream().map(c -> Route.to(c, Route.LOCAL)).toList(), List.of(), List.of()));
        rs.add(new NetworkAcl("acl-" + suffix, suffix + "-default", vpc, true, allowAll()));
        rs.add(new SecurityGroup("sg-" + suffix, "", vpc, "default", "default VPC security group",
                List.of(SecurityGroupRule.allowAll(RulePeer.group("sg-" + suffix))),
                List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL)))));
        return doc.withAll(rs);
    }

    /** @return the default network ACL rules: 100 allow all, both directions */
    static List<NetworkAclEntry> allowAll() {
        return List.of(NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW),
                NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW));
    }

    /**
     * @param id id
     * @param name name
     * @param vpc VPC
     * @param zone zone
     * @param block CIDR
     * @param routeTable explicit route table, or null
     * @return the subnet
     */
    static Subnet subnet(String id, String name, String vpc, String zone, String block, String routeTable) {
        return new Subnet(id, name, vpc, zone, cidr(block), false, routeTable, null);
    }

    /** @param doc a document @return it with subnet-public-b 10.0.3.0/24 in us-east-1b on rtb-public */
    static Document withPublicB(Document doc) {
        return put(doc, subnet("subnet-public-b", "public-b", "vpc-1", "us-east-1b", "10.0.3.0/24", "rtb-public"));
    }

    /** @param doc a document @return it with subnet-private-b 10.0.4.0/24 in us-east-1b on the main table */
    static Document withPrivateB(Document doc) {
        return put(doc, subnet("subnet-private-b", "private-b", "vpc-1", "us-east-1b", "10.0.4.0/24", null));
    }

    /**
     * @param id id
     * @param subnet subnet
     * @param address its one private address
     * @param instance attached instance, or null
     * @param deviceIndex device index
     * @return the interface
     */
    static NetworkInterface eni(String id, String subnet, String address, String instance, int deviceIndex) {
        return new NetworkInterface(id, "", subnet, List.of(ip(address)), List.of(), true, instance, deviceIndex, null, "");
    }

    /**
     * @param doc a document
     * @param id the route table to change
     * @param extra routes appended
     * @return the document with the table's routes extended
     */
    static Document addRoutes(Document doc, String id, Route... extra) {
        RouteTable t = doc.get(id, RouteTable.class);
        List<Route> routes = new ArrayList<>(t.routes());
        routes.addAll(Arrays.asList(extra));
        return put(doc, new RouteTable(t.id(), t.name(), t.vpcId(), t.main(), routes, t.edgeAssociations(),
                t.propagatingGatewayIds()));
    }

    /**
     * An application or network load balancer with default settings.
     *
     * @param id id
     * @param type type
     * @param scheme scheme
     * @param vpc VPC
     * @param subnets enabled subnets
     * @return the load balancer
     */
    static LoadBalancer lb(String id, LoadBalancer.Type type, LoadBalancer.Scheme scheme, String vpc, String... subnets) {
        return new LoadBalancer(id, id, type, scheme, vpc, List.of(subnets), List.of(), Map.of(), Map.of(), "", true, 60,
                LifecycleState.AVAILABLE);
    }

    /**
     * A single-AZ PostgreSQL DB instance.
     *
     * @param subnetGroup the DB subnet group's subnets
     * @param primarySubnet the primary's subnet
     * @param primaryAddress the primary's address
     * @param securityGroups its security groups
     * @return the DB instance "orders-db"
     */
    static DbInstance db(List<String> subnetGroup, String primarySubnet, String primaryAddress, List<String> securityGroups) {
        return new DbInstance("orders-db", "orders", "postgres", "db.t3.medium", 5432, subnetGroup, securityGroups, false,
                primarySubnet, ip(primaryAddress), null, null, false, "", 100, LifecycleState.AVAILABLE);
    }
}
