package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.List;
import java.util.Set;

/**
 * Where routes point. A route whose target was deleted, or whose NAT gateway is not available, or whose
 * gateway was detached, stays in the table in state "blackhole" and drops traffic (boto3 Route.state,
 * https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/ec2/route/state.html; "NAT
 * gateways": deleting one leaves its routes in blackhole). A target must be a kind CreateRoute accepts and,
 * except for a transit gateway, belong to the table's VPC; a peering connection must have that VPC on one side.
 */
final class RouteTargetChecks implements Check {

    static final String BLACKHOLE = "validation.route.blackhole";
    static final String BLACKHOLE_STATE = "validation.route.blackholeState";
    static final String BLACKHOLE_DETACHED = "validation.route.blackholeDetached";
    static final String BAD_TARGET_KIND = "validation.route.badTargetKind";
    static final String TARGET_OTHER_VPC = "validation.route.targetInOtherVpc";
    static final String PEERING_NOT_OF_VPC = "validation.route.peeringNotOfVpc";
    static final String PREFIX_LIST_MISSING = "validation.route.prefixListMissing";

    @Override
    public Set<String> keys() {
        return Set.of(BLACKHOLE, BLACKHOLE_STATE, BLACKHOLE_DETACHED, BAD_TARGET_KIND, TARGET_OTHER_VPC,
                PEERING_NOT_OF_VPC, PREFIX_LIST_MISSING);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (RouteTable table : doc.all(RouteTable.class)) {
            List<Route> routes = table.routes();
            for (int i = 0; i < routes.size(); i++) {
                Route r = routes.get(i);
                String at = "routes[" + i + "]";
                if (r.destinationPrefixListId() != null && doc.get(r.destinationPrefixListId(), PrefixList.class) == null) {
                    problems.error(table.id(), at + ".destinationPrefixListId", PREFIX_LIST_MISSING, table.label(),
                            r.destinationPrefixListId());
                }
                if (!r.isLocal()) {
                    target(context, table, r, at + ".target", problems);
                }
            }
        }
    }

    private static void target(ValidationContext context, RouteTable table, Route r, String field, Problems problems) {
        Resource target = context.doc().get(r.target());
        if (target == null) {
            problems.error(table.id(), field, BLACKHOLE, table.label(), r.destination(), r.target());
            return;
        }
        if (!routeTarget(target)) {
            problems.error(table.id(), field, BAD_TARGET_KIND, table.label(), r.destination(), target.label());
            return;
        }
        if (target instanceof VpcPeeringConnection p) {
            if (p.peerOf(table.vpcId()) == null) {
                problems.error(table.id(), field, PEERING_NOT_OF_VPC, table.label(), r.destination(), p.label(),
                        context.label(p.requesterVpcId()), context.label(p.accepterVpcId()), context.label(table.vpcId()));
            } else if (p.status() != VpcPeeringConnection.Status.ACTIVE) {
                problems.error(table.id(), field, BLACKHOLE_STATE, table.label(), r.destination(), p.label(), p.status().name());
            }
            return;
        }
        LifecycleState state = stateOf(target);
        if (state != null && state != LifecycleState.AVAILABLE) {
            problems.error(table.id(), field, BLACKHOLE_STATE, table.label(), r.destination(), target.label(), state.name());
            return;
        }
        if (target instanceof TransitGateway) {
            return;
        }
        String targetVpc = context.vpcOf(target.id());
        if (targetVpc == null) {
            if (target instanceof InternetGateway || target instanceof EgressOnlyInternetGateway
                    || target instanceof VirtualPrivateGateway) {
                problems.error(table.id(), field, BLACKHOLE_DETACHED, table.label(), r.destination(), target.label());
            }
        } else if (!targetVpc.equals(table.vpcId())) {
            problems.error(table.id(), field, TARGET_OTHER_VPC, table.label(), r.destination(), target.label(),
                    context.label(targetVpc), context.label(table.vpcId()));
        }
    }

    /** The kinds CreateRoute accepts as a target (the local route aside). */
    private static boolean routeTarget(Resource r) {
        return r instanceof InternetGateway || r instanceof NatGateway || r instanceof EgressOnlyInternetGateway
                || r instanceof VirtualPrivateGateway || r instanceof VpcPeeringConnection || r instanceof TransitGateway
                || r instanceof VpcEndpoint || r instanceof NetworkInterface || r instanceof Instance;
    }

    private static LifecycleState stateOf(Resource r) {
        if (r instanceof NatGateway n) {
            return n.state();
        }
        if (r instanceof VpcEndpoint e) {
            return e.state();
        }
        return null;
    }
}
