package dev.vpclab.app.trace;

import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.engine.Network;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where each hop of a trace happens on the canvas. Devices are drawn (a gateway, a load balancer, an instance for
 * its interface); checks are not, so a network ACL hop happens on the subnet whose border it guards, a route
 * table on the subnet the packet leaves, a security group on the interface it guards, and the internet at the
 * drawn internet user with that address (or the first one).
 */
final class HopPlaces {

    /** Hops that are stops of the drawn path; the others are checks on the way. */
    private static final Set<ComponentType> DEVICES = EnumSet.of(ComponentType.INTERNET, ComponentType.ON_PREMISES_NETWORK,
            ComponentType.NETWORK_INTERFACE, ComponentType.INSTANCE, ComponentType.DB_INSTANCE, ComponentType.LOAD_BALANCER,
            ComponentType.INTERNET_GATEWAY, ComponentType.NAT_GATEWAY, ComponentType.VPC_PEERING_CONNECTION,
            ComponentType.TRANSIT_GATEWAY, ComponentType.TRANSIT_GATEWAY_ATTACHMENT, ComponentType.VIRTUAL_PRIVATE_GATEWAY,
            ComponentType.VPC_ENDPOINT);

    private final Document doc;
    private final Network net;
    private final Set<String> drawn;

    /**
     * @param doc the document the trace ran on
     * @param net that document compiled
     */
    HopPlaces(Document doc, Network net) {
        this.doc = doc;
        this.net = net;
        this.drawn = ElementKeys.drawnKeys(doc);
    }

    /**
     * @param type a hop's kind
     * @return true when hops of that kind are stops of the drawn path
     */
    static boolean isDevice(ComponentType type) {
        return DEVICES.contains(type);
    }

    /**
     * @param hop a hop
     * @return the key of the canvas element it happens at, or null when none is drawn
     */
    String place(Hop hop) {
        String id = hop.component();
        switch (hop.type()) {
            case INTERNET:
                return internetClient(hop);
            case NETWORK_INTERFACE:
                return interfaceOwner(id);
            case SECURITY_GROUP:
                return guarded(hop);
            case NETWORK_ACL:
                return aclSubnet(hop);
            case ROUTE_TABLE:
                return routeSubnet(hop);
            case TARGET_GROUP:
                return null;
            case TRANSIT_GATEWAY_ATTACHMENT: {
                TransitGatewayAttachment a = doc.get(id, TransitGatewayAttachment.class);
                return a == null ? null : drawnOrNull(a.transitGatewayId());
            }
            case TRANSIT_GATEWAY_ROUTE_TABLE: {
                TransitGatewayRouteTable t = doc.get(id, TransitGatewayRouteTable.class);
                return t == null ? null : drawnOrNull(t.transitGatewayId());
            }
            default:
                return drawnOrNull(id);
        }
    }

    private String drawnOrNull(String key) {
        return key != null && drawn.contains(key) ? key : null;
    }

    private String internetClient(Hop hop) {
        String first = null;
        for (InternetClient c : doc.all(InternetClient.class)) {
            if (!drawn.contains(c.id())) {
                continue;
            }
            if (first == null) {
                first = c.id();
            }
            for (Step s : hop.steps()) {
                if (c.publicIp().equals(s.packet().source()) || c.publicIp().equals(s.packet().destination())) {
                    return c.id();
                }
            }
        }
        return first;
    }

    private String interfaceOwner(String id) {
        if (drawn.contains(id)) {
            return id;
        }
        NetworkInterface eni = doc.get(id, NetworkInterface.class);
        if (eni != null && eni.instanceId() != null && drawn.contains(eni.instanceId())) {
            return eni.instanceId();
        }
        AttachmentPoint p = net.attachment(id);
        return p == null ? null : owner(p);
    }

    private String owner(AttachmentPoint p) {
        String owner = drawnOrNull(p.ownerId());
        return owner != null ? owner : drawnOrNull(p.componentId());
    }

    private static Step last(Hop hop) {
        return hop.lastStep();
    }

    /** A security group guards the interface the packet enters (inbound) or leaves (outbound). */
    private String guarded(Hop hop) {
        Resource r = doc.get(hop.component());
        if (!(r instanceof SecurityGroup g)) {
            return interfaceOwner(hop.component());
        }
        TrafficDirection d = RuleDirection.of(hop);
        Step s = last(hop);
        Ipv4Address first = d == TrafficDirection.OUTBOUND ? s.packet().source() : s.packet().destination();
        Ipv4Address second = d == TrafficDirection.OUTBOUND ? s.packet().destination() : s.packet().source();
        for (Ipv4Address a : new Ipv4Address[] {first, second}) {
            AttachmentPoint p = net.attachmentAt(g.vpcId(), a);
            if (p != null) {
                return owner(p);
            }
        }
        return null;
    }

    /** A network ACL guards the border of the subnet the packet enters (inbound) or leaves (outbound). */
    private String aclSubnet(Hop hop) {
        Resource r = doc.get(hop.component());
        if (!(r instanceof NetworkAcl acl)) {
            return drawnOrNull(hop.component());
        }
        Step s = last(hop);
        TrafficDirection d = RuleDirection.of(hop);
        Ipv4Address a = d == TrafficDirection.OUTBOUND ? s.packet().source() : s.packet().destination();
        CompiledSubnet subnet = net.subnetHolding(acl.vpcId(), a);
        return subnet == null ? null : drawnOrNull(subnet.id());
    }

    /** A route table is looked up in the subnet the packet leaves. */
    private String routeSubnet(Hop hop) {
        RouteTable t = doc.get(hop.component(), RouteTable.class);
        if (t == null) {
            return null;
        }
        CompiledSubnet subnet = net.subnetHolding(t.vpcId(), last(hop).packet().source());
        return subnet == null ? null : drawnOrNull(subnet.id());
    }
}
