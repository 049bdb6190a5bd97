package dev.vpclab.model.document;

import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Containment as AWS architecture diagrams draw it: Region ⊃ VPC ⊃ Availability Zone column ⊃ subnet ⊃
 * instances, NAT gateways, databases. Gateways sit on their VPC, load balancers and Auto Scaling groups span
 * the zones of their VPC; rule-like resources (route tables, ACLs, security groups, listeners…) are not
 * drawn as boxes of their own.
 */
public final class Containment {

    private static final Set<ResourceKind> DRAWN = EnumSet.of(ResourceKind.REGION, ResourceKind.VPC, ResourceKind.SUBNET,
            ResourceKind.INTERNET_GATEWAY, ResourceKind.NAT_GATEWAY, ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY,
            ResourceKind.VIRTUAL_PRIVATE_GATEWAY, ResourceKind.VPC_PEERING_CONNECTION, ResourceKind.TRANSIT_GATEWAY,
            ResourceKind.VPC_ENDPOINT, ResourceKind.NETWORK_INTERFACE, ResourceKind.INSTANCE,
            ResourceKind.AUTO_SCALING_GROUP, ResourceKind.LOAD_BALANCER, ResourceKind.DB_INSTANCE, ResourceKind.ALARM,
            ResourceKind.INTERNET_CLIENT, ResourceKind.ON_PREMISES_NETWORK);

    private Containment() {
    }

    /**
     * @param kind a kind
     * @return true if it is drawn as a box or icon of its own
     */
    public static boolean isDrawn(ResourceKind kind) {
        return DRAWN.contains(kind);
    }

    /**
     * @param r a resource
     * @return true if it is drawn as a box or icon of its own (an interface attached to an instance is drawn as
     *     part of the instance)
     */
    public static boolean isDrawn(Resource r) {
        if (r instanceof NetworkInterface e && e.instanceId() != null) {
            return false;
        }
        return isDrawn(r.kind());
    }

    /**
     * @param kind a kind
     * @return true if it is drawn as a container that holds others
     */
    public static boolean isContainer(ResourceKind kind) {
        return kind == ResourceKind.REGION || kind == ResourceKind.VPC || kind == ResourceKind.SUBNET
                || kind == ResourceKind.AUTO_SCALING_GROUP;
    }

    /**
     * The element a resource is drawn inside: a resource id or an AZ column key ({@link Layout#azColumnKey}).
     *
     * @param doc the document
     * @param r a resource
     * @return the container's element key, or null for the top level (and for resources not drawn)
     */
    public static String containerOf(Document doc, Resource r) {
        if (r instanceof Vpc v) {
            return v.regionId();
        } else if (r instanceof AvailabilityZone z) {
            return z.regionId();
        } else if (r instanceof Subnet s) {
            return Layout.azColumnKey(s.vpcId(), s.availabilityZoneId());
        } else if (r instanceof InternetGateway g) {
            return g.vpcId();
        } else if (r instanceof EgressOnlyInternetGateway g) {
            return g.vpcId();
        } else if (r instanceof VirtualPrivateGateway g) {
            return g.vpcId();
        } else if (r instanceof VpcEndpoint e) {
            return e.vpcId();
        } else if (r instanceof LoadBalancer lb) {
            return lb.vpcId();
        } else if (r instanceof AutoScalingGroup g) {
            return g.subnetIds().isEmpty() ? null : doc.find(g.subnetIds().get(0), Subnet.class).map(Subnet::vpcId).orElse(null);
        } else if (r instanceof NatGateway n) {
            return n.subnetId();
        } else if (r instanceof Instance i) {
            return i.subnetId();
        } else if (r instanceof NetworkInterface e) {
            return e.instanceId() == null ? e.subnetId() : e.instanceId();
        } else if (r instanceof DbInstance db) {
            return db.primarySubnetId();
        } else if (r instanceof TransitGateway t) {
            return t.regionId();
        } else if (r instanceof VpcPeeringConnection p) {
            return doc.find(p.requesterVpcId(), Vpc.class).map(Vpc::regionId).orElse(null);
        }
        return null;
    }
}
