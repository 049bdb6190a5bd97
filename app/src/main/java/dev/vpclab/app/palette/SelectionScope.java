package dev.vpclab.app.palette;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds the VPC a selection is in: where resources that are not drawn (route tables, ACLs…) are added. */
public final class SelectionScope {

    private SelectionScope() {
    }

    /**
     * @param doc the document
     * @param selection selected element keys
     * @return the VPC of the first selected element that lies in one; else the document's only VPC
     */
    public static Optional<Vpc> vpc(Document doc, Collection<String> selection) {
        for (String key : selection) {
            String vpcId = vpcIdOf(doc, key);
            if (vpcId != null && doc.get(vpcId, Vpc.class) != null) {
                return Optional.of(doc.get(vpcId, Vpc.class));
            }
        }
        List<Vpc> vpcs = doc.all(Vpc.class);
        return vpcs.size() == 1 ? Optional.of(vpcs.get(0)) : Optional.empty();
    }

    /**
     * @param doc the document
     * @param key an element key: a resource id or an Availability Zone column key "vpcId|zone"
     * @return the VPC it lies in, or null
     */
    public static String vpcIdOf(Document doc, String key) {
        int bar = key.indexOf('|');
        if (bar > 0 && !doc.contains(key)) {
            return key.substring(0, bar);
        }
        return vpcIdOf(doc, doc.get(key));
    }

    /**
     * @param doc the document
     * @param r a resource, or null
     * @return the VPC it lies in, or null
     */
    public static String vpcIdOf(Document doc, Resource r) {
        if (r instanceof Vpc v) {
            return v.id();
        } else if (r instanceof Subnet s) {
            return s.vpcId();
        } else if (r instanceof RouteTable t) {
            return t.vpcId();
        } else if (r instanceof NetworkAcl a) {
            return a.vpcId();
        } else if (r instanceof SecurityGroup g) {
            return g.vpcId();
        } else if (r instanceof TargetGroup g) {
            return g.vpcId();
        } else if (r instanceof LoadBalancer lb) {
            return lb.vpcId();
        } else if (r instanceof InternetGateway g) {
            return g.vpcId();
        } else if (r instanceof VpcEndpoint e) {
            return e.vpcId();
        } else if (r instanceof EgressOnlyInternetGateway g) {
            return g.vpcId();
        } else if (r instanceof VirtualPrivateGateway g) {
            return g.vpcId();
        } else if (r instanceof Instance i) {
            return subnetVpc(doc, i.subnetId());
        } else if (r instanceof NetworkInterface e) {
            return subnetVpc(doc, e.subnetId());
        } else if (r instanceof NatGateway n) {
            return subnetVpc(doc, n.subnetId());
        } else if (r instanceof DbInstance db) {
            return subnetVpc(doc, db.primarySubnetId());
        } else if (r instanceof AutoScalingGroup g) {
            return g.subnetIds().isEmpty() ? null : subnetVpc(doc, g.subnetIds().get(0));
        }
        return null;
    }

    private static String subnetVpc(Document doc, String subnetId) {
        Subnet s = doc.get(subnetId, Subnet.class);
        return s == null ? null : s.vpcId();
    }
}
