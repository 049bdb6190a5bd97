package dev.vpclab.app.inspector;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * What the inspector shows as chips under a resource's header: the route table, network ACL and security groups
 * that apply to it, or for a table, ACL or group the subnets and members that use it. A chip opens its resource.
 */
public final class Associations {

    /**
     * One chip.
     *
     * @param role the row it belongs to: "routeTable", "networkAcl", "securityGroups", "subnets", "members"
     * @param id the resource it opens
     * @param label its name
     * @param icon its icon name
     */
    public record Chip(String role, String id, String label, String icon) {
    }

    private Associations() {
    }

    /**
     * @param doc the document
     * @param r the inspected resource
     * @return its chips, grouped by role in display order
     */
    public static List<Chip> of(Document doc, Resource r) {
        List<Chip> out = new ArrayList<>();
        if (r instanceof Vpc v) {
            doc.mainRouteTable(v.id()).ifPresent(t -> out.add(chip(doc, "routeTable", t)));
            doc.defaultNetworkAcl(v.id()).ifPresent(a -> out.add(chip(doc, "networkAcl", a)));
        } else if (r instanceof Subnet s) {
            subnet(doc, s, out);
        } else if (r instanceof Instance i) {
            subnet(doc, doc.get(i.subnetId(), Subnet.class), out);
            doc.interfacesOf(i.id()).stream().flatMap(e -> e.securityGroupIds().stream()).distinct()
                    .forEach(g -> group(doc, g, out));
        } else if (r instanceof NetworkInterface e) {
            subnet(doc, doc.get(e.subnetId(), Subnet.class), out);
            e.securityGroupIds().forEach(g -> group(doc, g, out));
        } else if (r instanceof NatGateway n) {
            subnet(doc, doc.get(n.subnetId(), Subnet.class), out);
        } else if (r instanceof DbInstance db) {
            subnet(doc, doc.get(db.primarySubnetId(), Subnet.class), out);
            db.securityGroupIds().forEach(g -> group(doc, g, out));
        } else if (r instanceof LoadBalancer lb) {
            lb.securityGroupIds().forEach(g -> group(doc, g, out));
        } else if (r instanceof VpcEndpoint e) {
            e.securityGroupIds().forEach(g -> group(doc, g, out));
        } else if (r instanceof RouteTable t) {
            for (Subnet s : doc.all(Subnet.class)) {
                if (doc.routeTableOf(s).map(x -> x.id().equals(t.id())).orElse(false)) {
                    out.add(chip(doc, "subnets", s));
                }
            }
        } else if (r instanceof NetworkAcl a) {
            for (Subnet s : doc.all(Subnet.class)) {
                if (doc.networkAclOf(s).map(x -> x.id().equals(a.id())).orElse(false)) {
                    out.add(chip(doc, "subnets", s));
                }
            }
        } else if (r instanceof SecurityGroup g) {
            members(doc, g, out);
        }
        return out;
    }

    private static void subnet(Document doc, Subnet s, List<Chip> out) {
        if (s == null) {
            return;
        }
        doc.routeTableOf(s).ifPresent(t -> out.add(chip(doc, "routeTable", t)));
        doc.networkAclOf(s).ifPresent(a -> out.add(chip(doc, "networkAcl", a)));
    }

    private static void group(Document doc, String id, List<Chip> out) {
        SecurityGroup g = doc.get(id, SecurityGroup.class);
        if (g != null) {
            out.add(chip(doc, "securityGroups", g));
        }
    }

    private static void members(Document doc, SecurityGroup g, List<Chip> out) {
        for (NetworkInterface e : doc.all(NetworkInterface.class)) {
            if (e.securityGroupIds().contains(g.id())) {
                Resource owner = e.instanceId() != null && doc.contains(e.instanceId()) ? doc.get(e.instanceId()) : e;
                if (out.stream().noneMatch(c -> c.id().equals(owner.id()))) {
                    out.add(chip(doc, "members", owner));
                }
            }
        }
        for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
            if (lb.securityGroupIds().contains(g.id())) {
                out.add(chip(doc, "members", lb));
            }
        }
        for (DbInstance db : doc.all(DbInstance.class)) {
            if (db.securityGroupIds().contains(g.id())) {
                out.add(chip(doc, "members", db));
            }
        }
    }

    private static Chip chip(Document doc, String role, Resource r) {
        String label = r.label();
        if (r instanceof SecurityGroup g && g.name().isBlank() && !g.groupName().isBlank()) {
            label = g.groupName();
        }
        return new Chip(role, r.id(), label, Labels.icon(doc, r));
    }
}
