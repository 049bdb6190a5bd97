package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;
import dev.vpclab.trace.Tracer;

/**
 * The internet gateway and the internet beyond it. The gateway does 1:1 static NAT between an interface's
 * private address and its public or Elastic IP, both ways; an interface without a public address gets nothing
 * through it; it drops outbound packets to RFC 1918 / RFC 6598 destinations and inbound packets from such
 * sources (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html">internet
 * gateways</a>, <a href="https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html">explanation
 * codes</a>). Traffic to a public address of another VPC re-enters AWS through that VPC's gateway.
 */
final class GatewayHop {

    private GatewayHop() {
    }

    static boolean isInternetGateway(String id) {
        return id.startsWith("igw-");
    }

    /** Out of a VPC through its internet gateway. */
    static Arrival internetEgress(Walk w, String igw, CompiledVpc vpc) {
        Ipv4Address dst = w.packet.destination();
        if (dst.isRfc1918()) {
            return w.fail(ExplanationCodes.IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS, igw, ComponentType.INTERNET_GATEWAY, igw,
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.igwPrivateDestination", igw, dst.toString()), null);
        }
        if (dst.isRfc6598()) {
            return w.fail(ExplanationCodes.IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS, igw, ComponentType.INTERNET_GATEWAY, igw,
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.igwSharedDestination", igw, dst.toString()), null);
        }
        Ipv4Address src = w.packet.source();
        AttachmentPoint owner = vpc.attachmentAt(src);
        Ipv4Address pub = owner == null ? null : owner.publicIpFor(src);
        if (pub == null) {
            return w.fail(ExplanationCodes.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS, igw, ComponentType.INTERNET_GATEWAY, igw, StepKind.GATEWAY,
                    null, () -> Msg.of("trace.explain.igwNoPublicIp", igw, src.toString(), owner == null ? src.toString() : owner.label()),
                    owner == null ? null : () -> FixAdvisor.elasticIp(owner));
        }
        w.packet = w.packet.withSource(pub, w.packet.sourcePort());
        w.step(igw, ComponentType.INTERNET_GATEWAY, igw, StepKind.TRANSLATION, null, StepAction.TRANSLATE, "trace.step.igw.snat", igw,
                src.toString(), pub.toString());
        return onInternet(w);
    }

    /** On the internet: to a public address of something in AWS, or out to a host. */
    static Arrival onInternet(Walk w) {
        Ipv4Address dst = w.packet.destination();
        if (dst.isRfc1918() || dst.isRfc6598()) {
            return w.fail(ExplanationCodes.NO_ROUTE_TO_DESTINATION, Tracer.INTERNET, ComponentType.INTERNET, "internet", StepKind.FORWARD,
                    null, () -> Msg.of("trace.explain.internetPrivate", dst.toString()), null);
        }
        AttachmentPoint owner = w.net.attachmentByPublicIp(dst);
        if (owner == null) {
            w.step(Tracer.INTERNET, ComponentType.INTERNET, "internet", StepKind.DELIVER, null, StepAction.DELIVER,
                    w.reply ? "trace.step.internet.deliver.reply" : "trace.step.internet.deliver", dst.toString());
            return new Arrival(Arrival.Kind.INTERNET, null, Tracer.INTERNET, null, w.packet);
        }
        w.step(Tracer.INTERNET, ComponentType.INTERNET, "internet", StepKind.FORWARD, null, StepAction.FORWARD, "trace.step.internet.forward",
                dst.toString(), owner.label());
        return intoVpc(w, owner);
    }

    /** A request from a client on the internet. */
    static Arrival fromInternet(Walk w) {
        Ipv4Address src = w.packet.source();
        w.step(Tracer.INTERNET, ComponentType.INTERNET, "internet", StepKind.SOURCE, null, StepAction.FORWARD,
                w.reply ? "trace.step.internet.reply" : "trace.step.internet.source", src.toString());
        Ipv4Address dst = w.packet.destination();
        if (!w.reply && !dst.isRfc1918() && !dst.isRfc6598() && w.net.attachmentByPublicIp(dst) == null) {
            // Both ends outside: the question "does this network carry it?" has the answer no.
            return w.fail(ExplanationCodes.UNKNOWN_DESTINATION, Tracer.INTERNET, ComponentType.INTERNET, "internet", StepKind.FORWARD,
                    null, () -> Msg.of("trace.explain.internetToInternet", src.toString(), dst.toString()), null);
        }
        return onInternet(w);
    }

    /** Through the internet gateway of the VPC that owns the public destination address. */
    private static Arrival intoVpc(Walk w, AttachmentPoint owner) {
        CompiledVpc vpc = w.net.vpc(owner.vpcId());
        String igw = vpc.internetGatewayId();
        Ipv4Address pub = w.packet.destination();
        if (igw == null) {
            return w.fail(ExplanationCodes.NO_INTERNET_GATEWAY, vpc.id(), ComponentType.VPC, vpc.label(), StepKind.GATEWAY, null,
                    () -> Msg.of("trace.explain.noInternetGateway", vpc.id(), pub.toString()), null);
        }
        Ipv4Address src = w.packet.source();
        if (src.isRfc1918() || src.isRfc6598()) {
            return w.fail(src.isRfc1918() ? ExplanationCodes.IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS
                            : ExplanationCodes.IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS, igw, ComponentType.INTERNET_GATEWAY, igw,
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.igwPrivateSource", igw, src.toString()), null);
        }
        Ipv4Address priv = owner.primaryIp();
        for (Ipv4Address candidate : owner.privateIps()) {
            if (pub.equals(owner.publicIpFor(candidate))) {
                priv = candidate;
            }
        }
        w.packet = w.packet.withDestination(priv, w.packet.destinationPort());
        w.step(igw, ComponentType.INTERNET_GATEWAY, igw, StepKind.TRANSLATION, null, StepAction.TRANSLATE, "trace.step.igw.dnat", igw,
                pub.toString(), priv.toString());
        CompiledRouteTable edge = vpc.edgeRouteTable(igw);
        if (edge != null) {
            return PacketWalker.route(w, edge, null, igw);
        }
        return PacketWalker.deliverInVpc(w, vpc, null);
    }
}
