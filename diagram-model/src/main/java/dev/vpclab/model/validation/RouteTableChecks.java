package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of route tables ("Configure route tables", https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html):
 * a local route for every VPC block, one route per destination and origin, routes more specific than the
 * local route only to a whole subnet and only through a NAT gateway, a network interface or a Gateway Load
 * Balancer endpoint (allowed since August 2021), exactly one main table per VPC, and subnets associated with a
 * table of their own VPC.
 */
final class RouteTableChecks implements Check {

    static final String MISSING_LOCAL = "validation.route.missingLocal";
    static final String LOCAL_NOT_VPC_BLOCK = "validation.route.localNotVpcBlock";
    static final String DUPLICATE = "validation.route.duplicate";
    static final String MORE_SPECIFIC_NOT_SUBNET = "validation.route.moreSpecificNotSubnet";
    static final String MORE_SPECIFIC_BAD_TARGET = "validation.route.moreSpecificBadTarget";
    static final String NO_MAIN = "validation.vpc.noMainRouteTable";
    static final String MANY_MAIN = "validation.vpc.manyMainRouteTables";
    static final String SUBNET_TABLE_OTHER_VPC = "validation.subnet.routeTableInOtherVpc";

    @Override
    public Set<String> keys() {
        return Set.of(MISSING_LOCAL, LOCAL_NOT_VPC_BLOCK, DUPLICATE, MORE_SPECIFIC_NOT_SUBNET, MORE_SPECIFIC_BAD_TARGET,
                NO_MAIN, MANY_MAIN, SUBNET_TABLE_OTHER_VPC);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        Map<String, List<String>> mainTables = new HashMap<>();
        for (RouteTable table : doc.all(RouteTable.class)) {
            if (table.main()) {
                mainTables.computeIfAbsent(table.vpcId(), k -> new ArrayList<>()).add(table.id());
            }
            Vpc vpc = doc.get(table.vpcId(), Vpc.class);
            if (vpc != null) {
                routes(context, table, vpc, problems);
            }
        }
        for (Vpc vpc : doc.all(Vpc.class)) {
            List<String> mains = mainTables.getOrDefault(vpc.id(), List.of());
            if (mains.isEmpty()) {
                problems.error(vpc.id(), "", NO_MAIN, vpc.label());
            } else if (mains.size() > 1) {
                problems.error(vpc.id(), "", MANY_MAIN, vpc.label(), String.join(", ", mains));
            }
        }
        for (Subnet s : doc.all(Subnet.class)) {
            RouteTable table = doc.get(s.routeTableId(), RouteTable.class);
            if (table != null && !table.vpcId().equals(s.vpcId())) {
                problems.error(s.id(), "routeTableId", SUBNET_TABLE_OTHER_VPC, s.label(), table.label(),
                        context.label(table.vpcId()), context.label(s.vpcId()));
            }
        }
    }

    private static void routes(ValidationContext context, RouteTable table, Vpc vpc, Problems problems) {
        Document doc = context.doc();
        Map<String, Integer> firstByDestination = new HashMap<>();
        List<Route> routes = table.routes();
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            String at = "routes[" + i + "]";
            String destinationField = at + (r.destinationCidr() != null ? ".destinationCidr" : ".destinationPrefixListId");
            Integer first = firstByDestination.putIfAbsent(r.destination() + '\n' + r.origin(), i);
            if (first != null) {
                problems.error(table.id(), destinationField, DUPLICATE, table.label(), r.destination(), "routes[" + first + "]");
            }
            if (r.isLocal()) {
                if (r.destinationCidr() == null || !vpc.cidrBlocks().contains(r.destinationCidr())) {
                    problems.error(table.id(), destinationField, LOCAL_NOT_VPC_BLOCK, table.label(), r.destination(),
                            vpc.label(), ValidationContext.join(vpc.cidrBlocks()));
                }
                continue;
            }
            Cidr dest = r.destinationCidr();
            Cidr block = dest == null ? null : vpc.cidrBlocks().stream()
                    .filter(b -> b.contains(dest) && dest.prefixLength() > b.prefixLength()).findFirst().orElse(null);
            if (block == null) {
                continue;
            }
            if (!context.subnetBlocks(vpc.id()).contains(dest)) {
                problems.error(table.id(), destinationField, MORE_SPECIFIC_NOT_SUBNET, table.label(), dest.toString(),
                        block.toString(), subnetList(context, vpc.id()));
            } else {
                Resource target = doc.get(r.target());
                if (target != null && !middleboxTarget(target)) {
                    problems.error(table.id(), at + ".target", MORE_SPECIFIC_BAD_TARGET, table.label(), dest.toString(),
                            target.label());
                }
            }
        }
        for (Cidr block : vpc.cidrBlocks()) {
            if (routes.stream().noneMatch(r -> block.equals(r.destinationCidr()))) {
                problems.error(table.id(), "routes", MISSING_LOCAL, table.label(), block.toString(), vpc.label());
            }
        }
    }

    /**
     * Targets AWS accepts for a route more specific than the local route: a NAT gateway, a network interface
     * (an instance id stands for its primary interface, as CreateRoute --instance-id does), or a Gateway Load
     * Balancer endpoint ("Routing for a middlebox appliance", route-table-options.html).
     */
    private static boolean middleboxTarget(Resource target) {
        return target instanceof NatGateway || target instanceof NetworkInterface || target instanceof Instance
                || (target instanceof VpcEndpoint e && e.type() == VpcEndpoint.EndpointType.GATEWAY_LOAD_BALANCER);
    }

    private static String subnetList(ValidationContext context, String vpcId) {
        List<Subnet> subnets = context.doc().subnetsOf(vpcId);
        if (subnets.isEmpty()) {
            return "-";
        }
        return subnets.stream().map(Subnet::cidr).sorted().limit(6).map(Cidr::toString).collect(Collectors.joining(", "))
                + (subnets.size() > 6 ? ", …" : "");
    }
}
