package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentKind;
import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * A packet leaving or reaching an attachment point: whether it is running, its source/destination check, its
 * security groups, delivery, and forwarding by an appliance whose check is off
 * (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html">middlebox routing</a>).
 */
final class InterfaceHop {

    private InterfaceHop() {
    }

    static ComponentType typeOf(AttachmentPoint p) {
        switch (p.kind()) {
            case NAT_GATEWAY:
                return ComponentType.NAT_GATEWAY;
            case LOAD_BALANCER_NODE:
                return ComponentType.LOAD_BALANCER;
            case VPC_ENDPOINT:
                return ComponentType.VPC_ENDPOINT;
            case DB_INSTANCE:
                return ComponentType.DB_INSTANCE;
            default:
                return ComponentType.NETWORK_INTERFACE;
        }
    }

    /** @return true if the packet may leave; false when the walk stopped */
    static boolean egress(Walk w, AttachmentPoint src) {
        if (!usable(w, src)) {
            return false;
        }
        if (src.kind() == AttachmentKind.VPC_ENDPOINT && !w.reply) {
            w.fail(ExplanationCodes.VPCE_INTRA_VPC_TRAFFIC, src.componentId(), ComponentType.VPC_ENDPOINT, src.label(), StepKind.SOURCE, null,
                    () -> Msg.of("trace.explain.endpointInitiates", src.componentId()), null);
            return false;
        }
        if (src.sourceDestCheck() && !src.hasPrivateIp(w.packet.source())) {
            w.fail(ExplanationCodes.ENI_SOURCE_DEST_CHECK_RESTRICTION, src.componentId(), typeOf(src), src.label(), StepKind.SOURCE_DEST_CHECK,
                    null, () -> Msg.of("trace.explain.sourceDestCheck", src.componentId(), w.packet.source().toString()),
                    () -> FixAdvisor.sourceDestCheck(src));
            return false;
        }
        w.step(src.componentId(), typeOf(src), src.label(), StepKind.SOURCE, null, StepAction.FORWARD,
                w.reply ? "trace.step.source.reply" : "trace.step.source", src.label(), w.packet.source().toString());
        return SecurityGroupCheck.check(w, src, TrafficDirection.OUTBOUND);
    }

    /** A packet reaching an attachment point: delivered, translated back (NAT), or forwarded (appliance). */
    static Arrival ingress(Walk w, AttachmentPoint to) {
        if (!usable(w, to)) {
            return null;
        }
        if (to.kind() == AttachmentKind.NAT_GATEWAY) {
            return NatHop.arrive(w, to);
        }
        boolean forMe = to.hasPrivateIp(w.target());
        if (!forMe && to.sourceDestCheck()) {
            return w.fail(ExplanationCodes.ENI_SOURCE_DEST_CHECK_RESTRICTION, to.componentId(), typeOf(to), to.label(),
                    StepKind.SOURCE_DEST_CHECK, null,
                    () -> Msg.of("trace.explain.sourceDestCheck", to.componentId(), w.packet.destination().toString()),
                    () -> FixAdvisor.sourceDestCheck(to));
        }
        if (!SecurityGroupCheck.check(w, to, TrafficDirection.INBOUND)) {
            return null;
        }
        if (!forMe) {
            w.step(to.componentId(), typeOf(to), to.label(), StepKind.FORWARD, null, StepAction.FORWARD, "trace.step.appliance", to.label());
            if (!SecurityGroupCheck.check(w, to, TrafficDirection.OUTBOUND)) {
                return null;
            }
            return PacketWalker.leaveSubnet(w, to.subnet());
        }
        String where = w.packet.protocol().hasPorts() ? w.packet.destination() + ":" + w.packet.destinationPort()
                : w.packet.destination().toString();
        w.step(to.componentId(), typeOf(to), to.label(), StepKind.DELIVER, null, StepAction.DELIVER,
                w.reply ? "trace.step.deliver.reply" : "trace.step.deliver", to.label(), where);
        return Arrival.at(to, w.packet);
    }

    private static boolean usable(Walk w, AttachmentPoint p) {
        if (p.usable()) {
            return true;
        }
        if (p.kind() == AttachmentKind.INSTANCE) {
            w.fail(ExplanationCodes.INSTANCE_NOT_RUNNING, p.ownerId(), ComponentType.INSTANCE, p.label(), StepKind.STATE, null,
                    () -> Msg.of("trace.explain.notRunning", p.ownerId(), p.unusableReason()), () -> FixAdvisor.start(p));
        } else {
            w.fail(ExplanationCodes.BAD_STATE, p.componentId(), typeOf(p), p.label(), StepKind.STATE, null,
                    () -> Msg.of("trace.explain.badState", p.componentId(), p.unusableReason()), null);
        }
        return false;
    }
}
