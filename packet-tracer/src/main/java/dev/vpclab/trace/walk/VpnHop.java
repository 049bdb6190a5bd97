package dev.vpclab.trace.walk;

import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * A virtual private gateway and the on-premises networks behind its VPN. It carries traffic only from and to
 * private addresses of interfaces in its VPC
 * (<a href="https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html">VGW_PRIVATE_IP_ASSOCIATION_FOR_*</a>).
 */
final class VpnHop {

    private VpnHop() {
    }

    /** Out of the VPC through the gateway to the on-premises network holding the destination. */
    static Arrival egress(Walk w, String vgwId, CompiledVpc vpc) {
        Ipv4Address src = w.packet.source();
        if (vpc.attachmentAt(src) == null) {
            return w.fail(ExplanationCodes.VGW_PRIVATE_IP_ASSOCIATION_FOR_EGRESS, vgwId, ComponentType.VIRTUAL_PRIVATE_GATEWAY, vgwId,
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.vgwSource", vgwId, src.toString(), vpc.id()), null);
        }
        Ipv4Address dst = w.target();
        OnPremisesNetwork onPrem = behind(w, vgwId, dst);
        if (onPrem == null) {
            return w.fail(ExplanationCodes.NO_ROUTE_TO_DESTINATION, vgwId, ComponentType.VIRTUAL_PRIVATE_GATEWAY, vgwId, StepKind.GATEWAY,
                    null, () -> Msg.of("trace.explain.vgwNoNetwork", vgwId, dst.toString()), null);
        }
        w.step(vgwId, ComponentType.VIRTUAL_PRIVATE_GATEWAY, vgwId, StepKind.FORWARD, null, StepAction.FORWARD, "trace.step.vgw.out", vgwId,
                onPrem.label());
        return deliverOnPremises(w, onPrem, vgwId);
    }

    static Arrival deliverOnPremises(Walk w, OnPremisesNetwork onPrem, String gatewayId) {
        w.step(onPrem.id(), ComponentType.ON_PREMISES_NETWORK, onPrem.label(), StepKind.DELIVER, null, StepAction.DELIVER,
                w.reply ? "trace.step.onprem.deliver.reply" : "trace.step.onprem.deliver", onPrem.label(), w.packet.destination().toString());
        return new Arrival(Arrival.Kind.ON_PREMISES, null, onPrem.id(), gatewayId, w.packet);
    }

    private static OnPremisesNetwork behind(Walk w, String gatewayId, Ipv4Address address) {
        for (OnPremisesNetwork n : w.net.onPremisesNetworks()) {
            if (gatewayId.equals(n.gatewayId())) {
                for (Cidr c : n.cidrs()) {
                    if (c.contains(address)) {
                        return n;
                    }
                }
            }
        }
        return null;
    }

    /** A request or reply from an on-premises host, through the VPN to its gateway. */
    static Arrival fromOnPremises(Walk w, OnPremisesNetwork onPrem) {
        w.step(onPrem.id(), ComponentType.ON_PREMISES_NETWORK, onPrem.label(), StepKind.SOURCE, null, StepAction.FORWARD,
                w.reply ? "trace.step.onprem.reply" : "trace.step.onprem.source", onPrem.label(), w.packet.source().toString());
        String gw = onPrem.gatewayId();
        if (gw != null && gw.startsWith("tgw-")) {
            return TransitGatewayHop.fromVpn(w, gw, onPrem);
        }
        VirtualPrivateGateway vgw = gw == null ? null : w.net.document().get(gw, VirtualPrivateGateway.class);
        CompiledVpc vpc = vgw == null ? null : w.net.vpc(vgw.vpcId());
        if (vpc == null) {
            String id = gw == null ? onPrem.id() : gw;
            return w.fail(ExplanationCodes.BAD_STATE, id, gw == null ? ComponentType.ON_PREMISES_NETWORK : ComponentType.VIRTUAL_PRIVATE_GATEWAY,
                    id, StepKind.GATEWAY, null, () -> Msg.of("trace.explain.noVpn", onPrem.label()), null);
        }
        Ipv4Address dst = w.target();
        if (vpc.attachmentAt(dst) == null) {
            return w.fail(ExplanationCodes.VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS, gw, ComponentType.VIRTUAL_PRIVATE_GATEWAY, gw,
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.vgwDestination", gw, dst.toString(), vpc.id()), null);
        }
        w.step(gw, ComponentType.VIRTUAL_PRIVATE_GATEWAY, gw, StepKind.FORWARD, null, StepAction.FORWARD, "trace.step.vgw.in", gw, vpc.id());
        CompiledRouteTable edge = vpc.edgeRouteTable(gw);
        if (edge != null) {
            return PacketWalker.route(w, edge, null, gw);
        }
        return PacketWalker.deliverInVpc(w, vpc, null);
    }
}
