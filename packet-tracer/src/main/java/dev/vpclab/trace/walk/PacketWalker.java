package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentKind;
import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.engine.route.CompiledRoute;
import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.VpcPeeringConnection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * Moves a packet across subnet boundaries and route tables (spec §0 steps 3–7): the same-subnet shortcut, the
 * source subnet's ACL outbound, the route lookup and its target, the destination subnet's ACL inbound. Every
 * method returns where the packet arrived, or null when the walk stopped (the walk holds the block).
 */
final class PacketWalker {

    private PacketWalker() {
    }

    /**
     * A packet leaving an interface: egress checks, then out of its subnet.
     */
    static Arrival fromInterface(Walk w, AttachmentPoint source) {
        if (!InterfaceHop.egress(w, source)) {
            return null;
        }
        return leaveSubnet(w, source.subnet());
    }

    /**
     * A packet leaving subnet {@code s}. Traffic to another interface of the same subnet is delivered at layer 2:
     * no route table, no network ACL (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html">NACLs
     * are evaluated at the subnet boundary</a>).
     */
    static Arrival leaveSubnet(Walk w, CompiledSubnet s) {
        if (--w.budget < 0) {
            return w.fail(ExplanationCodes.CANNOT_ROUTE, s.id(), ComponentType.ROUTE_TABLE, s.label(), StepKind.ROUTE, null,
                    () -> Msg.of("trace.explain.loop", s.id()), null);
        }
        Ipv4Address target = w.target();
        if (s.cidr().contains(target)) {
            AttachmentPoint neighbour = w.net.attachmentAt(s.vpcId(), target);
            if (neighbour != null && neighbour.subnet() == s) {
                w.step(s.id(), ComponentType.SUBNET, s.label(), StepKind.SAME_SUBNET, null, StepAction.FORWARD, "trace.step.sameSubnet", s.label());
                return InterfaceHop.ingress(w, neighbour);
            }
        }
        if (!SubnetHop.acl(w, s, TrafficDirection.OUTBOUND)) {
            return null;
        }
        CompiledRouteTable table = s.routeTable();
        if (table == null) {
            return w.fail(ExplanationCodes.NO_ROUTE_TO_DESTINATION, s.vpcId(), ComponentType.VPC, s.vpcId(), StepKind.ROUTE, null,
                    () -> Msg.of("trace.explain.noRouteTable", s.label()), null);
        }
        return route(w, table, s, null);
    }

    /**
     * A route lookup and what the target does with the packet.
     *
     * @param from the subnet the packet leaves (null for an ingress route table)
     * @param edgeGateway the gateway an ingress route table is associated with, or null
     */
    static Arrival route(Walk w, CompiledRouteTable table, CompiledSubnet from, String edgeGateway) {
        Ipv4Address target = w.target();
        CompiledRoute r = table.lookup(target);
        if (r == null) {
            AttachmentPoint nat = from == null ? null : w.net.vpc(table.vpcId()).attachmentAt(w.packet.source());
            if (nat != null && nat.kind() == AttachmentKind.NAT_GATEWAY && nat.subnet() == from) {
                return w.fail(ExplanationCodes.NO_ROUTE_TO_DESTINATION, table.id(), ComponentType.ROUTE_TABLE, label(table), StepKind.ROUTE,
                        table.noRouteText(target), () -> Msg.of("trace.explain.natSubnetNoRoute", nat.label(), from.label(), table.id(),
                                target.toString()), () -> FixAdvisor.route(w, table, target));
            }
            return w.fail(ExplanationCodes.NO_ROUTE_TO_DESTINATION, table.id(), ComponentType.ROUTE_TABLE, label(table), StepKind.ROUTE,
                    table.noRouteText(target), () -> Msg.of("trace.explain.noRoute", table.id(), target.toString()),
                    () -> FixAdvisor.route(w, table, target));
        }
        if (r.blackhole()) {
            VpcPeeringConnection pcx = w.net.peering(r.target());
            if (pcx != null && pcx.status() != VpcPeeringConnection.Status.ACTIVE) {
                return w.fail(ExplanationCodes.BAD_STATE, pcx.id(), ComponentType.VPC_PEERING_CONNECTION, pcx.label(), StepKind.GATEWAY,
                        r.text(), () -> Msg.of("trace.explain.badState", pcx.id(), r.blackholeReason()), null);
            }
            return w.fail(ExplanationCodes.BAD_STATE_ROUTE, table.id(), ComponentType.ROUTE_TABLE, label(table), StepKind.ROUTE, r.text(),
                    () -> Msg.of("trace.explain.blackhole", table.id(), r.destinationText(), r.target(), r.blackholeReason()),
                    () -> FixAdvisor.blackhole(w, table, r));
        }
        if (edgeGateway != null) {
            w.step(table.id(), ComponentType.ROUTE_TABLE, label(table), StepKind.ROUTE, r.text(), StepAction.FORWARD, "trace.step.route.edge",
                    table.id(), r.text());
        } else if (from != null && from.usesMainRouteTable()) {
            w.step(table.id(), ComponentType.ROUTE_TABLE, label(table), StepKind.ROUTE, r.text(), StepAction.FORWARD, "trace.step.route.main",
                    table.id(), r.text(), from.label());
        } else {
            w.step(table.id(), ComponentType.ROUTE_TABLE, label(table), StepKind.ROUTE, r.text(), StepAction.FORWARD, "trace.step.route",
                    table.id(), r.text());
        }
        CompiledVpc vpc = w.net.vpc(table.vpcId());
        switch (r.targetKind()) {
            case LOCAL:
                return deliverInVpc(w, vpc, from);
            case INTERNET_GATEWAY:
                return GatewayHop.internetEgress(w, r.target(), vpc);
            case NAT_GATEWAY:
                return NatHop.forward(w, w.net.attachment(r.target()), from);
            case VPC_PEERING_CONNECTION:
                return PeeringHop.cross(w, w.net.peering(r.target()), vpc);
            case TRANSIT_GATEWAY:
                return TransitGatewayHop.enter(w, r.target(), vpc, from);
            case VIRTUAL_PRIVATE_GATEWAY:
                return VpnHop.egress(w, r.target(), vpc);
            case GATEWAY_ENDPOINT:
                return EndpointHop.gateway(w, r.target(), vpc);
            case NETWORK_INTERFACE:
                AttachmentPoint eni = r.target().startsWith("i-") ? w.net.primaryInterface(r.target()) : w.net.attachment(r.target());
                if (edgeGateway != null && GatewayHop.isInternetGateway(edgeGateway) && eni.publicIp() == null) {
                    return w.fail(ExplanationCodes.INGRESS_RTB_NO_PUBLIC_IP, table.id(), ComponentType.ROUTE_TABLE, label(table),
                            StepKind.ROUTE, r.text(), () -> Msg.of("trace.explain.ingressNoPublicIp", table.id(), eni.componentId()),
                            () -> FixAdvisor.elasticIp(eni));
                }
                return enterSubnet(w, eni.subnet(), eni, from);
            default:
                return w.fail(ExplanationCodes.CANNOT_ROUTE, table.id(), ComponentType.ROUTE_TABLE, label(table), StepKind.ROUTE, r.text(),
                        () -> Msg.of("trace.explain.notModelled", r.target()), null);
        }
    }

    /** Local delivery inside a VPC to whatever holds the destination address. */
    static Arrival deliverInVpc(Walk w, CompiledVpc vpc, CompiledSubnet from) {
        Ipv4Address target = w.target();
        AttachmentPoint to = vpc.attachmentAt(target);
        if (to == null) {
            return w.fail(ExplanationCodes.UNKNOWN_DESTINATION, vpc.id(), ComponentType.VPC, vpc.label(), StepKind.DELIVER, null,
                    () -> Msg.of("trace.explain.nobodyHolds", target.toString(), vpc.id()), null);
        }
        return enterSubnet(w, to.subnet(), to, from);
    }

    /** Into the destination subnet (its ACL inbound unless the packet comes from inside it), then the interface. */
    static Arrival enterSubnet(Walk w, CompiledSubnet s, AttachmentPoint to, CompiledSubnet from) {
        if ((from == null || from != s) && !SubnetHop.acl(w, s, TrafficDirection.INBOUND)) {
            return null;
        }
        return InterfaceHop.ingress(w, to);
    }

    static String label(CompiledRouteTable t) {
        return t.name().isBlank() ? t.id() : t.name();
    }
}
