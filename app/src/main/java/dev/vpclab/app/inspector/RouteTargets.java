package dev.vpclab.app.inspector;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets a route of a VPC's table can name, in the order the console lists them: local, internet gateways,
 * egress-only gateways, NAT gateways, virtual private gateways, peering connections, transit gateways attached to
 * the VPC, Gateway Load Balancer endpoints, network interfaces and instances of the VPC
 * (https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html).
 */
public final class RouteTargets {

    /**
     * One target.
     *
     * @param id "local" or a resource id
     * @param label how the chooser shows it: "igw-0a1b (igw-main)"
     */
    public record Target(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private RouteTargets() {
    }

    /**
     * @param doc the document
     * @param vpcId the table's VPC
     * @param localText the label of "local" in the UI language
     * @return the targets
     */
    public static List<Target> of(Document doc, String vpcId, String localText) {
        List<Target> out = new ArrayList<>();
        out.add(new Target(Route.LOCAL, localText));
        doc.all(InternetGateway.class).stream().filter(g -> vpcId.equals(g.vpcId())).forEach(g -> out.add(target(g)));
        doc.all(EgressOnlyInternetGateway.class).stream().filter(g -> vpcId.equals(g.vpcId())).forEach(g -> out.add(target(g)));
        doc.all(NatGateway.class).stream().filter(n -> inVpc(doc, n.subnetId(), vpcId)).forEach(n -> out.add(target(n)));
        doc.all(VirtualPrivateGateway.class).stream().filter(g -> vpcId.equals(g.vpcId())).forEach(g -> out.add(target(g)));
        doc.all(VpcPeeringConnection.class).stream()
                .filter(p -> vpcId.equals(p.requesterVpcId()) || vpcId.equals(p.accepterVpcId())).forEach(p -> out.add(target(p)));
        for (TransitGateway t : doc.all(TransitGateway.class)) {
            boolean attached = doc.all(TransitGatewayAttachment.class).stream()
                    .anyMatch(a -> a.transitGatewayId().equals(t.id()) && vpcId.equals(a.resourceId()));
            Vpc vpc = doc.get(vpcId, Vpc.class);
            if (attached || vpc != null && vpc.regionId().equals(t.regionId())) {
                out.add(target(t));
            }
        }
        doc.all(VpcEndpoint.class).stream()
                .filter(e -> vpcId.equals(e.vpcId()) && e.type() == VpcEndpoint.EndpointType.GATEWAY_LOAD_BALANCER)
                .forEach(e -> out.add(target(e)));
        doc.all(NetworkInterface.class).stream().filter(e -> inVpc(doc, e.subnetId(), vpcId)).forEach(e -> out.add(target(e)));
        doc.all(Instance.class).stream().filter(i -> inVpc(doc, i.subnetId(), vpcId)).forEach(i -> out.add(target(i)));
        return out;
    }

    private static boolean inVpc(Document doc, String subnetId, String vpcId) {
        Subnet s = doc.get(subnetId, Subnet.class);
        return s != null && s.vpcId().equals(vpcId);
    }

    /**
     * @param r a resource
     * @return it as a target: its id, with its name when it has one
     */
    public static Target target(Resource r) {
        return new Target(r.id(), r.name().isBlank() || r.name().equals(r.id()) ? r.id() : r.id() + " (" + r.name() + ")");
    }
}
