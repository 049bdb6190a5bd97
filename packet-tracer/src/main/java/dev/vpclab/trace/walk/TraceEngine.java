package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.Packet;
import dev.vpclab.engine.lb.CompiledListener;
import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.trace.BlockingComponent;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Endpoint;
import dev.vpclab.trace.EndpointException;
import dev.vpclab.trace.EndpointKind;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepKind;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceDirection;
import dev.vpclab.trace.TraceRequest;
import java.util.List;

/**
 * Runs one trace: picks the addresses, walks the request, hands requests for a load balancer to
 * {@link LoadBalancerHop}, walks the reply back (swapped 5-tuple, both ACLs again on the client's port, route
 * tables again, security groups by connection tracking, translations undone), and assembles the {@link Trace}.
 * Reachable means the request was delivered and its reply came back. Not API: use {@link dev.vpclab.trace.Tracer}.
 */
public final class TraceEngine {

    /** The destination port when neither the request nor the destination names one. */
    public static final int DEFAULT_PORT = 443;

    private final Network net;

    /**
     * @param net the network to trace in
     */
    public TraceEngine(Network net) {
        this.net = net;
    }

    Network network() {
        return net;
    }

    /**
     * @param request the request
     * @param explain false for a verdict-only run (no steps, sentences or fixes)
     * @return the trace
     * @throws EndpointException when the source cannot start a request
     */
    public Trace trace(TraceRequest request, boolean explain) {
        Endpoint src = request.source();
        checkSource(src);
        Outcome out = new Outcome();
        Walk w = new Walk(net, explain, TraceDirection.FORWARD, false, new FlowState(), null, out.hints);
        Destinations.Target dst = Destinations.resolve(w, request);
        if (dst == null) {
            out.absorb(w, null, true);
            return build(request, out, explain);
        }
        Arrival arrival = out.absorb(w, start(w, src), true);
        if (arrival == null) {
            return build(request, out, explain);
        }
        CompiledLoadBalancer lb = dst.loadBalancer();
        if (lb != null && arrival.kind() == Arrival.Kind.INTERFACE && arrival.attachment().componentId().equals(lb.id())) {
            LoadBalancerHop.handle(this, out, w.flow, arrival, lb, request, explain);
        } else {
            clientReturn(out, w.flow, arrival, request, explain);
        }
        return build(request, out, explain);
    }

    private static void checkSource(Endpoint src) {
        if (src.kind() == EndpointKind.LOAD_BALANCER || src.kind() == EndpointKind.SERVICE || src.kind() == EndpointKind.VPC_ADDRESS) {
            throw new EndpointException(Message.of("trace.endpoint.notASource", src.id()), List.of());
        }
    }

    private Arrival start(Walk w, Endpoint src) {
        switch (src.kind()) {
            case INTERFACE:
                return PacketWalker.fromInterface(w, src.attachment());
            case ON_PREMISES:
                return VpnHop.fromOnPremises(w, src.onPremises());
            default:
                return GatewayHop.fromInternet(w);
        }
    }

    /** The reply of a request that arrived, back to the request's source. */
    void clientReturn(Outcome out, FlowState flow, Arrival arrival, TraceRequest request, boolean explain) {
        Walk r = new Walk(net, explain, TraceDirection.RETURN, true, flow, arrival.packet().reversed(), out.hints);
        Arrival back = out.absorb(r, replyFrom(r, arrival), false);
        if (back != null && !returnsTo(back, request.source())) {
            r.fail(ExplanationCodes.CANNOT_ROUTE, back.componentId(), ComponentType.INTERNET, back.componentId(), StepKind.DELIVER, null,
                    () -> Msg.of("trace.explain.replyElsewhere", back.componentId()), null);
            out.absorb(r, null, false);
        }
    }

    /** Starts the reply where the request arrived. */
    static Arrival replyFrom(Walk r, Arrival arrival) {
        switch (arrival.kind()) {
            case INTERFACE:
                return PacketWalker.fromInterface(r, arrival.attachment());
            case ON_PREMISES:
                return VpnHop.fromOnPremises(r, r.net.document().get(arrival.componentId(), OnPremisesNetwork.class));
            case AWS_SERVICE:
                return EndpointHop.reply(r, arrival.componentId(), arrival.gatewayId());
            default:
                return GatewayHop.fromInternet(r);
        }
    }

    private static boolean returnsTo(Arrival back, Endpoint source) {
        switch (source.kind()) {
            case INTERFACE:
                return back.kind() == Arrival.Kind.INTERFACE && back.attachment().id().equals(source.attachment().id());
            case ON_PREMISES:
                return back.kind() == Arrival.Kind.ON_PREMISES;
            default:
                return back.kind() == Arrival.Kind.INTERNET;
        }
    }

    /**
     * @param request the request
     * @param dst the destination
     * @return the port it goes to
     */
    static int destinationPort(TraceRequest request, Endpoint dst) {
        if (request.destinationPort() != 0) {
            return request.destinationPort();
        }
        if (dst.defaultPort() != 0) {
            return dst.defaultPort();
        }
        if (dst.loadBalancer() != null && !dst.loadBalancer().listeners().isEmpty()) {
            CompiledListener first = dst.loadBalancer().listeners().get(0);
            return first.port();
        }
        return DEFAULT_PORT;
    }

    static Packet packet(TraceRequest request, Ipv4Address source, Ipv4Address destination, int port) {
        return new Packet(request.protocol(), source, request.sourcePort(), destination, port, request.icmp());
    }

    static Ipv4Address sourceAddress(Endpoint src) {
        if (src.kind() == EndpointKind.INTERFACE) {
            AttachmentPoint p = src.attachment();
            return src.address() != null && p.hasPrivateIp(src.address()) ? src.address() : p.primaryIp();
        }
        return src.address() == null ? Endpoint.INTERNET_CLIENT : src.address();
    }

    private static Trace build(TraceRequest request, Outcome out, boolean explain) {
        Block b = out.block;
        if (b == null) {
            Message summary = !explain ? null : out.httpStatus != null
                    ? Msg.of("trace.summary.http", request.source().label(), request.destination().label(), out.httpStatus,
                            out.target == null ? "-" : out.target)
                    : Msg.of("trace.summary.reachable", request.source().label(), request.destination().label());
            return new Trace(request, true, null, null, out.forward.hops(), out.back.hops(), out.httpStatus, out.target, out.targetGroupId,
                    out.redirectLocation, summary, null, out.hints);
        }
        return new Trace(request, false, b.code(), new BlockingComponent(b.componentId(), b.type(), b.direction(), b.rule()),
                out.forward.hops(), out.back.hops(), out.httpStatus, out.target, out.targetGroupId, out.redirectLocation, b.explanation(),
                b.fix(), out.hints);
    }
}
