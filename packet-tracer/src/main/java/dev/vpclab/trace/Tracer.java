package dev.vpclab.trace;

import dev.vpclab.engine.Network;
import dev.vpclab.trace.walk.TraceEngine;

/**
 * Traces one request through a compiled {@link Network}, forward and back, hop by hop, following the pipeline of
 * the AWS semantics reference (source interface, security groups, network ACLs, route tables, gateways, load
 * balancers, and the reply). Thread-safe: one tracer per network can serve many threads.
 *
 * <pre>{@code
 * Network net = NetworkCompiler.compile(document);
 * Tracer tracer = new Tracer(net);
 * TraceRequest req = TraceRequest.tcp(Endpoints.resolve(net, "internet"), Endpoints.resolve(net, "web-alb"), 443);
 * Trace trace = tracer.trace(req);                   // hops, verdict, explanation, fix
 * boolean ok = tracer.reachable(req);                // verdict only, faster
 * String text = TraceFormatter.text(trace, Locale.KOREAN);
 * }</pre>
 */
public final class Tracer {

    /** The component id of the internet in traces. */
    public static final String INTERNET = "internet";

    private final TraceEngine engine;

    /**
     * @param network the network to trace in
     */
    public Tracer(Network network) {
        this.engine = new TraceEngine(network);
    }

    /**
     * @param request the request
     * @return the whole trace: verdict, both hop lists with steps and sentences, explanation and fix
     * @throws EndpointException when the source cannot start a request (a load balancer, a service name)
     */
    public Trace trace(TraceRequest request) {
        return engine.trace(request, true);
    }

    /**
     * The verdict alone, without building steps, sentences or fixes.
     *
     * @param request the request
     * @return true if the request arrives and its reply gets back
     * @throws EndpointException when the source cannot start a request
     */
    public boolean reachable(TraceRequest request) {
        return engine.trace(request, false).reachable();
    }

    /**
     * The verdict with its code and blocking component but no steps or sentences.
     *
     * @param request the request
     * @return a trace whose hop lists are empty
     */
    public Trace verdict(TraceRequest request) {
        return engine.trace(request, false);
    }
}
