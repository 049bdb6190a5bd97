package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.engine.Packet;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * A NAT gateway: source NAT to its own private address (the internet gateway then maps a public gateway's private
 * address to its Elastic IP), source ports from 1024–65535, only for flows started inside its VPC; its subnet's
 * network ACL and route table apply to what it sends and receives
 * (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html">NAT gateways</a>).
 */
final class NatHop {

    /** The translated source port VPC Lab uses: NAT gateways pick one from 1024–65535. */
    static final int NAT_PORT = 1024;

    private NatHop() {
    }

    /** A packet routed to the NAT gateway: translate its source and send it on from the gateway's subnet. */
    static Arrival forward(Walk w, AttachmentPoint nat, CompiledSubnet from) {
        CompiledVpc vpc = w.net.vpc(nat.vpcId());
        if (!vpc.contains(w.packet.source())) {
            return w.fail(ExplanationCodes.NGW_REQUIRES_SOURCE_IN_VPC, nat.componentId(), ComponentType.NAT_GATEWAY, nat.label(),
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.natSource", nat.componentId(), w.packet.source().toString(), vpc.id()),
                    null);
        }
        int p = w.packet.protocolNumber();
        if (p != 6 && p != 17 && p != 1) {
            return w.fail(ExplanationCodes.PROTOCOL_RESTRICTION, nat.componentId(), ComponentType.NAT_GATEWAY, nat.label(), StepKind.GATEWAY,
                    null, () -> Msg.of("trace.explain.protocol", nat.componentId(), w.packet.protocol().toString()), null);
        }
        CompiledSubnet natSubnet = nat.subnet();
        if (from != natSubnet && !SubnetHop.acl(w, natSubnet, TrafficDirection.INBOUND)) {
            return null;
        }
        Packet before = w.packet;
        w.packet = before.withSource(nat.primaryIp(), NAT_PORT);
        w.flow.translated(nat.componentId(), before, w.packet);
        w.step(nat.componentId(), ComponentType.NAT_GATEWAY, nat.label(), StepKind.TRANSLATION, null, StepAction.TRANSLATE,
                "trace.step.nat.snat", nat.componentId(), endpoint(before), endpoint(w.packet));
        return PacketWalker.leaveSubnet(w, natSubnet);
    }

    /** A packet addressed to the NAT gateway itself: a reply to undo, or else dropped (outbound only). */
    static Arrival arrive(Walk w, AttachmentPoint nat) {
        FlowState.NatEntry entry = w.reply ? w.flow.translationFor(nat.componentId(), w.packet) : null;
        if (entry == null) {
            return w.fail(ExplanationCodes.NGW_OUTBOUND_ONLY, nat.componentId(), ComponentType.NAT_GATEWAY, nat.label(), StepKind.GATEWAY, null,
                    () -> Msg.of("trace.explain.natInbound", nat.componentId()), null);
        }
        Packet before = w.packet;
        w.packet = before.withDestination(entry.before().source(), entry.before().sourcePort());
        w.step(nat.componentId(), ComponentType.NAT_GATEWAY, nat.label(), StepKind.TRANSLATION, null, StepAction.TRANSLATE,
                "trace.step.nat.undo", nat.componentId(), destination(before), destination(w.packet));
        return PacketWalker.leaveSubnet(w, nat.subnet());
    }

    private static String endpoint(Packet p) {
        return p.protocol().hasPorts() ? p.source() + ":" + p.sourcePort() : p.source().toString();
    }

    private static String destination(Packet p) {
        return p.protocol().hasPorts() ? p.destination() + ":" + p.destinationPort() : p.destination().toString();
    }
}
