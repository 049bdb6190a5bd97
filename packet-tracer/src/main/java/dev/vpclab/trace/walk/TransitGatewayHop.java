package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.engine.tgw.CompiledTgwAttachment;
import dev.vpclab.engine.tgw.CompiledTgwRouteTable;
import dev.vpclab.engine.tgw.CompiledTransitGateway;
import dev.vpclab.engine.tgw.TgwRoute;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.TransitGatewayAttachment.AttachmentType;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * A transit gateway: the packet enters through the attachment's interface in the source's zone (none there:
 * {@code TGW_ROUTE_AZ_RESTRICTION}), is routed by the route table associated with that attachment (longest
 * prefix, static before propagated, blackholes), and leaves through the destination attachment — into a VPC
 * through the attachment subnet in the destination's zone, whose route table and ACL then apply
 * (<a href="https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html">how transit gateways
 * work</a>, <a href="https://docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html">network ACLs and transit
 * gateways</a>).
 */
final class TransitGatewayHop {

    private TransitGatewayHop() {
    }

    /** From a subnet whose route sends the packet to the transit gateway. */
    static Arrival enter(Walk w, String tgwId, CompiledVpc vpc, CompiledSubnet from) {
        CompiledTransitGateway tgw = w.net.transitGateway(tgwId);
        CompiledTgwAttachment att = tgw == null ? null : tgw.attachmentOf(AttachmentType.VPC, vpc.id());
        if (att == null) {
            return w.fail(ExplanationCodes.BAD_STATE_ATTACHMENT, tgwId, ComponentType.TRANSIT_GATEWAY, tgwId, StepKind.GATEWAY, null,
                    () -> Msg.of("trace.explain.tgwNoAttachment", vpc.id(), tgwId), null);
        }
        String zone = from == null ? null : from.availabilityZone();
        CompiledSubnet tgwSubnet = zone == null ? att.entrySubnet(null) : att.subnetIn(zone);
        if (tgwSubnet == null) {
            return w.fail(ExplanationCodes.TGW_ROUTE_AZ_RESTRICTION, att.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, att.attachment().label(),
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.tgwZone", att.id(), zone),
                    () -> FixAdvisor.tgwSubnet(att, from));
        }
        if (!SubnetHop.acl(w, tgwSubnet, TrafficDirection.INBOUND)) {
            return null;
        }
        w.step(att.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, att.attachment().label(), StepKind.FORWARD, null, StepAction.FORWARD,
                "trace.step.tgw.enter", att.id(), tgwSubnet.label());
        return routeIn(w, tgw, att);
    }

    /** From an on-premises network through its VPN attachment. */
    static Arrival fromVpn(Walk w, String tgwId, OnPremisesNetwork onPrem) {
        CompiledTransitGateway tgw = w.net.transitGateway(tgwId);
        CompiledTgwAttachment att = tgw == null ? null : tgw.attachmentOf(AttachmentType.VPN, onPrem.id());
        if (att == null) {
            return w.fail(ExplanationCodes.BAD_STATE_ATTACHMENT, tgwId, ComponentType.TRANSIT_GATEWAY, tgwId, StepKind.GATEWAY, null,
                    () -> Msg.of("trace.explain.tgwNoAttachment", onPrem.id(), tgwId), null);
        }
        return routeIn(w, tgw, att);
    }

    private static Arrival routeIn(Walk w, CompiledTransitGateway tgw, CompiledTgwAttachment from) {
        if (--w.budget < 0) {
            return w.fail(ExplanationCodes.CANNOT_ROUTE, tgw.id(), ComponentType.TRANSIT_GATEWAY, tgw.label(), StepKind.TRANSIT_GATEWAY_ROUTE,
                    null, () -> Msg.of("trace.explain.loop", tgw.id()), null);
        }
        if (!from.available()) {
            return w.fail(ExplanationCodes.BAD_STATE_ATTACHMENT, from.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, from.id(),
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.badState", from.id(), from.attachment().state().name()), null);
        }
        CompiledTgwRouteTable rt = from.routeTable();
        if (rt == null) {
            return w.fail(ExplanationCodes.TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION, from.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT,
                    from.id(), StepKind.TRANSIT_GATEWAY_ROUTE, null, () -> Msg.of("trace.explain.tgwNoTable", from.id()), null);
        }
        Ipv4Address dst = w.target();
        TgwRoute r = rt.lookup(dst);
        if (r == null) {
            return w.fail(ExplanationCodes.TGW_RTB_CANNOT_ROUTE, rt.id(), ComponentType.TRANSIT_GATEWAY_ROUTE_TABLE, rt.id(),
                    StepKind.TRANSIT_GATEWAY_ROUTE, rt.id() + " no route to " + dst,
                    () -> Msg.of("trace.explain.tgwNoRoute", rt.id(), dst.toString()), null);
        }
        if (r.blackhole()) {
            return w.fail(ExplanationCodes.TGW_RTB_BAD_STATE_ROUTE, rt.id(), ComponentType.TRANSIT_GATEWAY_ROUTE_TABLE, rt.id(),
                    StepKind.TRANSIT_GATEWAY_ROUTE, r.text(), () -> Msg.of("trace.explain.tgwBlackhole", rt.id(), r.text()), null);
        }
        w.step(rt.id(), ComponentType.TRANSIT_GATEWAY_ROUTE_TABLE, rt.id(), StepKind.TRANSIT_GATEWAY_ROUTE, r.text(), StepAction.FORWARD,
                "trace.step.tgw.route", tgw.id(), r.text());
        CompiledTgwAttachment to = tgw.attachment(r.attachmentId());
        if (to == null || !to.available()) {
            return w.fail(ExplanationCodes.BAD_STATE_ATTACHMENT, r.attachmentId(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, r.attachmentId(),
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.badState", r.attachmentId(),
                            to == null ? "missing" : to.attachment().state().name()), null);
        }
        AttachmentType type = to.attachment().resourceType();
        if (type == AttachmentType.VPC) {
            return exitToVpc(w, to);
        }
        if (type == AttachmentType.PEERING) {
            CompiledTransitGateway peer = w.net.transitGateway(to.attachment().resourceId());
            CompiledTgwAttachment back = peer == null ? null : peer.attachmentOf(AttachmentType.PEERING, tgw.id());
            if (back == null) {
                return w.fail(ExplanationCodes.BAD_STATE_ATTACHMENT, to.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, to.id(), StepKind.GATEWAY,
                        null, () -> Msg.of("trace.explain.tgwNoAttachment", tgw.id(), to.attachment().resourceId()), null);
            }
            w.step(to.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, to.id(), StepKind.FORWARD, null, StepAction.FORWARD,
                    "trace.step.tgw.peer", tgw.id(), peer.id());
            return routeIn(w, peer, back);
        }
        OnPremisesNetwork onPrem = w.net.document().get(to.attachment().resourceId(), OnPremisesNetwork.class);
        if (onPrem == null) {
            return w.fail(ExplanationCodes.BAD_STATE_ATTACHMENT, to.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, to.id(), StepKind.GATEWAY,
                    null, () -> Msg.of("trace.explain.badState", to.id(), "no on-premises network"), null);
        }
        return VpnHop.deliverOnPremises(w, onPrem, tgw.id());
    }

    private static Arrival exitToVpc(Walk w, CompiledTgwAttachment to) {
        CompiledVpc vpc = w.net.vpc(to.attachment().resourceId());
        AttachmentPoint dest = vpc == null ? null : vpc.attachmentAt(w.target());
        String zone = dest == null ? null : dest.availabilityZone();
        CompiledSubnet s = to.entrySubnet(zone);
        if (vpc == null || s == null) {
            return w.fail(ExplanationCodes.BAD_STATE_ATTACHMENT, to.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, to.id(), StepKind.GATEWAY,
                    null, () -> Msg.of("trace.explain.badState", to.id(), "no attachment subnet"), null);
        }
        if (zone != null && !zone.equals(s.availabilityZone())) {
            w.hint(ExplanationCodes.AVAILABILITY_ZONE_CROSSED);
        }
        w.step(to.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, to.attachment().label(), StepKind.FORWARD, null, StepAction.FORWARD,
                "trace.step.tgw.exit", to.id(), s.label(), vpc.id());
        return PacketWalker.leaveSubnet(w, s);
    }
}
