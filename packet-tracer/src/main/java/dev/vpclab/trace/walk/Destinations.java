package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Endpoint;
import dev.vpclab.trace.EndpointKind;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;
import dev.vpclab.trace.TraceRequest;
import dev.vpclab.trace.Tracer;
import java.util.List;
import java.util.Locale;

/**
 * Turns the destination into the address the source would send to: an interface's private or public address
 * (from the internet only the public one works), the node a client's DNS lookup of a load balancer gives, an
 * AWS service name resolved by private DNS to an interface endpoint or to its prefix list
 * (<a href="https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html">interface endpoints</a>).
 * Sets the walk's first packet.
 */
final class Destinations {

    private Destinations() {
    }

    /**
     * @param address the destination address
     * @param loadBalancer the load balancer when the destination is one, else null
     */
    record Target(Ipv4Address address, CompiledLoadBalancer loadBalancer) {
    }

    /** @return the target, or null when the destination cannot be addressed (the walk holds the block) */
    static Target resolve(Walk w, TraceRequest req) {
        Endpoint src = req.source();
        Endpoint dst = req.destination();
        Ipv4Address from = TraceEngine.sourceAddress(src);
        int port = TraceEngine.destinationPort(req, dst);
        boolean fromInternet = src.kind() == EndpointKind.INTERNET;
        boolean onPrem = src.kind() == EndpointKind.ON_PREMISES;
        String srcVpc = src.kind() == EndpointKind.INTERFACE ? src.attachment().vpcId() : null;
        String srcZone = src.kind() == EndpointKind.INTERFACE ? src.attachment().availabilityZone() : null;
        switch (dst.kind()) {
            case INTERFACE: {
                AttachmentPoint p = dst.attachment();
                boolean askedPublic = dst.address() != null && !p.hasPrivateIp(dst.address());
                boolean askedPrivate = dst.address() != null && p.hasPrivateIp(dst.address());
                Ipv4Address priv = p.primaryIp();
                for (Ipv4Address candidate : p.privateIps()) {
                    if (candidate.equals(dst.address()) || (askedPublic && dst.address().equals(p.publicIpFor(candidate)))) {
                        priv = candidate;
                    }
                }
                Ipv4Address pub = p.publicIpFor(priv);
                w.packet = TraceEngine.packet(req, from, priv, port);
                if (askedPrivate && fromInternet) {
                    Ipv4Address shown = priv;
                    return failFromInternet(w, p.vpcId(), "trace.explain.privateFromInternet", p.label(), shown.toString(),
                            pub == null ? "-" : pub.toString(), pub == null ? () -> FixAdvisor.elasticIp(p) : null);
                }
                if (!askedPrivate && (fromInternet || askedPublic || !Perspective.usePrivate(w.net, srcVpc, onPrem, p))) {
                    if (pub == null) {
                        return noPublicAddress(w, p.vpcId(), p.label(), priv, () -> FixAdvisor.elasticIp(p));
                    }
                    w.packet = TraceEngine.packet(req, from, pub, port);
                    w.step(p.componentId(), InterfaceHop.typeOf(p), p.label(), StepKind.DNS, null, StepAction.FORWARD, "trace.step.dns.public",
                            p.label(), pub.toString(), priv.toString());
                }
                return new Target(w.packet.destination(), null);
            }
            case LOAD_BALANCER:
                return loadBalancer(w, req, dst.loadBalancer(), from, port, fromInternet, onPrem, srcVpc, srcZone);
            case SERVICE:
                return service(w, req, dst.id(), from, port, src);
            default:
                w.packet = TraceEngine.packet(req, from, dst.address(), port);
                return new Target(dst.address(), null);
        }
    }

    private static Target loadBalancer(Walk w, TraceRequest req, CompiledLoadBalancer lb, Ipv4Address from, int port, boolean fromInternet,
                                       boolean onPrem, String srcVpc, String srcZone) {
        AttachmentPoint node = lb.nodeFor(srcZone);
        if (node == null) {
            w.packet = TraceEngine.packet(req, from, Ipv4Address.ANY, port);
            w.fail(ExplanationCodes.BAD_STATE, lb.id(), ComponentType.LOAD_BALANCER, lb.label(), StepKind.DNS, null,
                    () -> Msg.of("trace.explain.lbNoSubnets", lb.label()), null);
            return null;
        }
        boolean usePublic = fromInternet || (!onPrem && srcVpc != null && node.publicIp() != null
                && !Perspective.privateReach(w.net, srcVpc, node.vpcId()));
        w.packet = TraceEngine.packet(req, from, node.primaryIp(), port);
        if (usePublic && node.publicIp() == null) {
            return noPublicAddress(w, node.vpcId(), lb.label(), node.primaryIp(), null);
        }
        Ipv4Address address = usePublic ? node.publicIp() : node.primaryIp();
        w.packet = TraceEngine.packet(req, from, address, port);
        w.step(lb.id(), ComponentType.LOAD_BALANCER, lb.label(), StepKind.DNS, null, StepAction.FORWARD, "trace.step.dns.lb", lb.label(),
                node.availabilityZone(), address.toString());
        return new Target(address, lb);
    }

    private static Target noPublicAddress(Walk w, String vpcId, String label, Ipv4Address priv,
                                          java.util.function.Supplier<dev.vpclab.trace.fix.SuggestedFix> fix) {
        return failFromInternet(w, vpcId, "trace.explain.noPublicAddress", label, priv.toString(), "-", fix);
    }

    private static Target failFromInternet(Walk w, String vpcId, String key, String label, String priv, String pub,
                                           java.util.function.Supplier<dev.vpclab.trace.fix.SuggestedFix> fix) {
        CompiledVpc vpc = w.net.vpc(vpcId);
        String igw = vpc.internetGatewayId();
        w.fail(ExplanationCodes.IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS, igw != null ? igw : Tracer.INTERNET,
                igw != null ? ComponentType.INTERNET_GATEWAY : ComponentType.INTERNET, igw != null ? igw : "internet", StepKind.GATEWAY, null,
                () -> Msg.of(key, label, priv, pub), fix);
        return null;
    }

    private static Target service(Walk w, TraceRequest req, String name, Ipv4Address from, int port, Endpoint src) {
        String wanted = canonicalService(name);
        w.packet = TraceEngine.packet(req, from, Ipv4Address.ANY, port);
        if (src.kind() == EndpointKind.INTERFACE) {
            AttachmentPoint source = src.attachment();
            CompiledVpc vpc = w.net.vpc(source.vpcId());
            for (VpcEndpoint e : w.net.document().all(VpcEndpoint.class)) {
                if (e.type() == VpcEndpoint.EndpointType.INTERFACE && e.vpcId().equals(vpc.id()) && e.privateDnsEnabled()
                        && vpc.vpc().enableDnsSupport() && vpc.vpc().enableDnsHostnames() && canonicalService(e.serviceName()).equals(wanted)) {
                    List<AttachmentPoint> points = w.net.endpointInterfaces(e.id());
                    if (points.isEmpty()) {
                        continue;
                    }
                    AttachmentPoint pick = points.get(0);
                    for (AttachmentPoint p : points) {
                        if (p.availabilityZone().equals(source.availabilityZone())) {
                            pick = p;
                            break;
                        }
                    }
                    w.packet = TraceEngine.packet(req, from, pick.primaryIp(), port);
                    w.step(e.id(), ComponentType.VPC_ENDPOINT, e.label(), StepKind.DNS, null, StepAction.FORWARD, "trace.step.dns.endpoint",
                            name, e.id(), pick.primaryIp().toString());
                    return new Target(pick.primaryIp(), null);
                }
            }
        }
        for (PrefixList pl : w.net.prefixLists()) {
            if (canonicalService(pl.prefixListName()).equals(wanted) && !pl.cidrs().isEmpty()) {
                Cidr first = pl.cidrs().get(0);
                Ipv4Address address = first.address(Math.min(10, first.size() - 1));
                w.packet = TraceEngine.packet(req, from, address, port);
                w.step(pl.id(), ComponentType.VPC_ENDPOINT, pl.label(), StepKind.DNS, null, StepAction.FORWARD, "trace.step.dns.prefixList",
                        name, pl.id(), address.toString());
                return new Target(address, null);
            }
        }
        w.fail(ExplanationCodes.UNKNOWN_DESTINATION, name, ComponentType.VPC_ENDPOINT, name, StepKind.DNS, null,
                () -> Msg.of("trace.explain.unknownService", name, src.kind() == EndpointKind.INTERFACE ? src.attachment().vpcId() : "-"),
                null);
        return null;
    }

    /**
     * @param name "com.amazonaws.us-east-1.ec2" or "ec2.us-east-1.amazonaws.com"
     * @return the first form, lower case
     */
    static String canonicalService(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.endsWith(".amazonaws.com")) {
            String[] parts = n.substring(0, n.length() - ".amazonaws.com".length()).split("\\.");
            if (parts.length == 2) {
                return "com.amazonaws." + parts[1] + "." + parts[0];
            }
        }
        return n;
    }
}
