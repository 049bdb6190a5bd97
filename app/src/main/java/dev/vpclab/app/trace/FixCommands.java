package dev.vpclab.app.trace;

import dev.vpclab.model.command.AddNaclEntry;
import dev.vpclab.model.command.AddResources;
import dev.vpclab.model.command.AddRoute;
import dev.vpclab.model.command.AddSecurityGroupRule;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.CompositeCommand;
import dev.vpclab.model.command.EditProperty;
import dev.vpclab.model.command.EditRoute;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.trace.fix.DocumentChange;
import dev.vpclab.trace.fix.SuggestedFix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a suggested fix into one undoable command: each {@link DocumentChange} becomes the model command that
 * makes it (a rule, a route, an Elastic IP, a property), all in one {@link CompositeCommand} so that one undo
 * takes the whole fix back.
 */
public final class FixCommands {

    /** Elastic IPs are allocated from 203.0.113.0/24 (TEST-NET-3, RFC 5737: documentation addresses). */
    private static final Ipv4Address PUBLIC_POOL = Ipv4Address.parse("203.0.113.0");

    private final IdGenerator ids;

    /** @param ids where new resource ids come from (an Elastic IP's allocation id) */
    public FixCommands(IdGenerator ids) {
        this.ids = ids;
    }

    /**
     * @param doc the document the fix is for
     * @param fix the fix
     * @return one command for all its changes, or null when it has none (a fix only a person can make)
     * @throws IllegalArgumentException when a change names something the document lacks
     */
    public Command command(Document doc, SuggestedFix fix) {
        if (fix == null || fix.changes().isEmpty()) {
            return null;
        }
        List<Command> parts = new ArrayList<>();
        for (DocumentChange c : fix.changes()) {
            parts.add(command(doc, c));
        }
        return new CompositeCommand(Message.of("tracemode.fix.command"), parts);
    }

    /**
     * @param doc the document the change is for
     * @param change one change
     * @return the model command that makes it
     * @throws IllegalArgumentException when it names a route, an interface, an attachment or a target group the
     *     document lacks
     */
    public Command command(Document doc, DocumentChange change) {
        if (change instanceof DocumentChange.AddNaclEntry c) {
            return new AddNaclEntry(c.networkAclId(), c.entry());
        } else if (change instanceof DocumentChange.AddSecurityGroupRule c) {
            return new AddSecurityGroupRule(c.securityGroupId(), c.direction(), c.rule());
        } else if (change instanceof DocumentChange.AddRoute c) {
            return new AddRoute(c.routeTableId(), c.route());
        } else if (change instanceof DocumentChange.ReplaceRouteTarget c) {
            return replaceTarget(doc, c);
        } else if (change instanceof DocumentChange.AssociateElasticIp c) {
            if (doc.get(c.networkInterfaceId(), NetworkInterface.class) == null) {
                throw new IllegalArgumentException("no network interface " + c.networkInterfaceId());
            }
            ElasticIp eip = new ElasticIp(ids.next(ResourceKind.ELASTIC_IP, doc::contains), "", freePublicAddress(doc),
                    c.networkInterfaceId(), c.privateIp());
            return AddResources.of(List.of(eip));
        } else if (change instanceof DocumentChange.DisableSourceDestCheck c) {
            return new EditProperty(c.networkInterfaceId(), "sourceDestCheck", Boolean.FALSE);
        } else if (change instanceof DocumentChange.StartInstance c) {
            return new EditProperty(c.instanceId(), "state", Instance.State.RUNNING);
        } else if (change instanceof DocumentChange.AddTransitGatewayAttachmentSubnet c) {
            TransitGatewayAttachment a = doc.get(c.attachmentId(), TransitGatewayAttachment.class);
            if (a == null) {
                throw new IllegalArgumentException("no transit gateway attachment " + c.attachmentId());
            }
            List<String> subnets = new ArrayList<>(a.subnetIds());
            if (!subnets.contains(c.subnetId())) {
                subnets.add(c.subnetId());
            }
            return new EditProperty(a.id(), "subnetIds", subnets);
        } else if (change instanceof DocumentChange.SetTargetGroupCrossZone c) {
            TargetGroup g = doc.get(c.targetGroupId(), TargetGroup.class);
            if (g == null) {
                throw new IllegalArgumentException("no target group " + c.targetGroupId());
            }
            TargetGroupAttributes a = g.attributes();
            return new EditProperty(g.id(), "attributes", new TargetGroupAttributes(a.algorithm(), a.stickiness(),
                    a.stickinessDurationSeconds(), a.appCookieName(), a.deregistrationDelaySeconds(), a.slowStartSeconds(),
                    c.enabled() ? TargetGroupAttributes.CrossZone.ON : TargetGroupAttributes.CrossZone.OFF, a.preserveClientIp(),
                    a.minimumHealthyTargets()));
        } else if (change instanceof DocumentChange.MoveNatGateway c) {
            if (doc.get(c.natGatewayId(), dev.vpclab.model.resource.NatGateway.class) == null) {
                throw new IllegalArgumentException("no NAT gateway " + c.natGatewayId());
            }
            return moveInto(doc, c.natGatewayId(), c.subnetId());
        }
        throw new IllegalArgumentException("unknown change " + change);
    }

    /**
     * Moves an element into another subnet and draws it there: in the first free grid position, or, when the
     * subnet's elements leave no gap, with them laid out again in a row-by-row grid that makes room (the subnet's
     * own size is kept). Drawing stays as it is when the subnet is not drawn or cannot hold them all.
     */
    private static Command moveInto(Document doc, String movedId, String subnetId) {
        dev.vpclab.model.document.Bounds box = doc.layout().get(subnetId);
        dev.vpclab.model.document.Bounds own = doc.layout().get(movedId);
        if (box == null) {
            return new dev.vpclab.model.command.Reparent(movedId, subnetId, null);
        }
        double w = own == null ? dev.vpclab.model.layout.LayoutMetrics.NODE_WIDTH : own.width();
        double h = own == null ? dev.vpclab.model.layout.LayoutMetrics.NODE_HEIGHT : own.height();
        List<String> children = new ArrayList<>();
        List<dev.vpclab.model.document.Bounds> taken = new ArrayList<>();
        for (dev.vpclab.model.resource.Resource r : doc.all()) {
            dev.vpclab.model.document.Bounds b = doc.layout().get(r.id());
            if (b != null && !r.id().equals(movedId) && subnetId.equals(dev.vpclab.model.document.Containment.containerOf(doc, r))) {
                children.add(r.id());
                taken.add(b);
            }
        }
        double gap = dev.vpclab.model.layout.LayoutMetrics.GAP;
        double left = box.x() + dev.vpclab.model.layout.LayoutMetrics.SUBNET_PADDING;
        double top = box.y() + dev.vpclab.model.layout.LayoutMetrics.SUBNET_HEADER;
        for (double y = top; y + h <= box.maxY(); y += gap) {
            for (double x = left; x + w <= box.maxX(); x += gap) {
                dev.vpclab.model.document.Bounds candidate = dev.vpclab.model.document.Bounds.of(x, y, w, h);
                if (taken.stream().noneMatch(candidate::intersects)) {
                    return new dev.vpclab.model.command.Reparent(movedId, subnetId, candidate);
                }
            }
        }
        int cols = (int) Math.max(1, Math.floor((box.maxX() - left - dev.vpclab.model.layout.LayoutMetrics.SUBNET_PADDING + gap) / (w + gap)));
        int rows = (children.size() + 1 + cols - 1) / cols;
        if (top + rows * h + (rows - 1) * gap > box.maxY()) {
            return new dev.vpclab.model.command.Reparent(movedId, subnetId, null);
        }
        List<dev.vpclab.model.command.EditLayout.Placement> tidy = new ArrayList<>();
        dev.vpclab.model.document.Bounds slot = null;
        for (int i = 0; i <= children.size(); i++) {
            dev.vpclab.model.document.Bounds b = dev.vpclab.model.document.Bounds.of(left + (i % cols) * (w + gap), top + (i / cols) * (h + gap), w, h);
            if (i < children.size()) {
                tidy.add(new dev.vpclab.model.command.EditLayout.Placement(children.get(i), b));
            } else {
                slot = b;
            }
        }
        return new CompositeCommand(Message.of("tracemode.fix.command"),
                List.of(new dev.vpclab.model.command.EditLayout(tidy), new dev.vpclab.model.command.Reparent(movedId, subnetId, slot)));
    }

    private static Command replaceTarget(Document doc, DocumentChange.ReplaceRouteTarget c) {
        RouteTable t = doc.get(c.routeTableId(), RouteTable.class);
        if (t == null) {
            throw new IllegalArgumentException("no route table " + c.routeTableId());
        }
        for (Route r : t.routes()) {
            if (r.destination().equals(c.destination())) {
                return new EditRoute(t.id(), c.destination(), new Route(r.destinationCidr(), r.destinationPrefixListId(), c.newTarget(),
                        r.origin()));
            }
        }
        // the route is gone since the trace ran: adding it does what the fix meant
        return new AddRoute(t.id(), Route.to(Cidr.parse(c.destination()), c.newTarget()));
    }

    /**
     * @param doc a document
     * @return the first address of 203.0.113.10–254 that no Elastic IP, interface, load balancer node or internet
     *     user of the document uses
     */
    static Ipv4Address freePublicAddress(Document doc) {
        Set<Ipv4Address> used = new HashSet<>();
        doc.all(ElasticIp.class).forEach(e -> used.add(e.publicIp()));
        doc.all(NetworkInterface.class).forEach(e -> used.add(e.publicIp()));
        doc.all(LoadBalancer.class).forEach(lb -> used.addAll(lb.nodePublicAddresses().values()));
        doc.all(InternetClient.class).forEach(c -> used.add(c.publicIp()));
        for (int i = 10; i < 255; i++) {
            if (!used.contains(PUBLIC_POOL.plus(i))) {
                return PUBLIC_POOL.plus(i);
            }
        }
        throw new IllegalStateException("every documentation address 203.0.113.10-254 is in use");
    }
}
