package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRoute;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gateways and endpoints. A public NAT gateway needs an Elastic IP and a subnet that routes to an internet
 * gateway ("NAT gateways", https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html; checklist
 * #16); an internet gateway serves one VPC and a VPC has at most one ("Internet gateways"); a gateway endpoint
 * routes to its service's prefix list; a transit gateway VPC attachment has one subnet per zone, in the
 * attached VPC ("Transit gateway attachments to a VPC").
 */
final class GatewayChecks implements Check {

    static final String NAT_NO_INTERNET_ROUTE = "validation.natGateway.noInternetRoute";
    static final String NAT_NO_ELASTIC_IP = "validation.natGateway.noElasticIp";
    static final String IGW_DETACHED = "validation.internetGateway.detached";
    static final String IGW_SECOND_IN_VPC = "validation.internetGateway.secondInVpc";
    static final String ENDPOINT_NO_PREFIX_LIST = "validation.endpoint.noPrefixList";
    static final String ENDPOINT_PREFIX_LIST_MISSING = "validation.endpoint.prefixListMissing";
    static final String TGW_TWO_SUBNETS_IN_ZONE = "validation.transitGateway.twoSubnetsInZone";
    static final String TGW_SUBNET_OTHER_VPC = "validation.transitGateway.subnetInOtherVpc";
    static final String TGW_ROUTE_ATTACHMENT_MISSING = "validation.transitGateway.routeAttachmentMissing";

    @Override
    public Set<String> keys() {
        return Set.of(NAT_NO_INTERNET_ROUTE, NAT_NO_ELASTIC_IP, IGW_DETACHED, IGW_SECOND_IN_VPC, ENDPOINT_NO_PREFIX_LIST,
                ENDPOINT_PREFIX_LIST_MISSING, TGW_TWO_SUBNETS_IN_ZONE, TGW_SUBNET_OTHER_VPC, TGW_ROUTE_ATTACHMENT_MISSING);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (NatGateway nat : doc.all(NatGateway.class)) {
            if (nat.connectivityType() != NatGateway.Connectivity.PUBLIC) {
                continue;
            }
            Subnet subnet = doc.get(nat.subnetId(), Subnet.class);
            if (subnet != null && !context.hasInternetRoute(subnet)) {
                String table = doc.routeTableOf(subnet).map(t -> t.label()).orElse("-");
                problems.error(nat.id(), "subnetId", NAT_NO_INTERNET_ROUTE, nat.label(), subnet.label(), table);
            }
            if (doc.elasticIpsOf(nat.id()).isEmpty()) {
                problems.error(nat.id(), "", NAT_NO_ELASTIC_IP, nat.label());
            }
        }
        Map<String, InternetGateway> firstByVpc = new HashMap<>();
        for (InternetGateway igw : doc.all(InternetGateway.class)) {
            if (igw.vpcId() == null) {
                problems.warning(igw.id(), "vpcId", IGW_DETACHED, igw.label());
                continue;
            }
            InternetGateway first = firstByVpc.putIfAbsent(igw.vpcId(), igw);
            if (first != null) {
                problems.error(igw.id(), "vpcId", IGW_SECOND_IN_VPC, igw.label(), context.label(igw.vpcId()), first.label());
            }
        }
        for (VpcEndpoint e : doc.all(VpcEndpoint.class)) {
            if (e.type() != VpcEndpoint.EndpointType.GATEWAY) {
                continue;
            }
            if (e.prefixListId() == null) {
                problems.error(e.id(), "prefixListId", ENDPOINT_NO_PREFIX_LIST, e.label(), e.serviceName());
            } else if (doc.get(e.prefixListId(), PrefixList.class) == null) {
                problems.error(e.id(), "prefixListId", ENDPOINT_PREFIX_LIST_MISSING, e.label(), e.prefixListId(), e.serviceName());
            }
        }
        attachments(context, problems);
        for (TransitGatewayRouteTable t : doc.all(TransitGatewayRouteTable.class)) {
            List<TransitGatewayRoute> routes = t.routes();
            for (int i = 0; i < routes.size(); i++) {
                TransitGatewayRoute r = routes.get(i);
                if (r.attachmentId() != null && doc.get(r.attachmentId(), TransitGatewayAttachment.class) == null) {
                    problems.error(t.id(), "routes[" + i + "].attachmentId", TGW_ROUTE_ATTACHMENT_MISSING, t.label(),
                            r.destination().toString(), r.attachmentId());
                }
            }
        }
    }

    private static void attachments(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (TransitGatewayAttachment a : doc.all(TransitGatewayAttachment.class)) {
            if (a.resourceType() != TransitGatewayAttachment.AttachmentType.VPC) {
                continue;
            }
            Map<String, Subnet> firstByZone = new HashMap<>();
            for (int j = 0; j < a.subnetIds().size(); j++) {
                Subnet s = doc.get(a.subnetIds().get(j), Subnet.class);
                if (s == null) {
                    continue;
                }
                String field = "subnetIds[" + j + "]";
                if (!s.vpcId().equals(a.resourceId())) {
                    problems.error(a.id(), field, TGW_SUBNET_OTHER_VPC, a.label(), s.label(), context.label(s.vpcId()),
                            context.label(a.resourceId()));
                }
                Subnet first = firstByZone.putIfAbsent(s.availabilityZoneId(), s);
                if (first != null) {
                    problems.error(a.id(), field, TGW_TWO_SUBNETS_IN_ZONE, a.label(), s.label(), first.label(),
                            s.availabilityZoneId());
                }
            }
        }
    }
}
