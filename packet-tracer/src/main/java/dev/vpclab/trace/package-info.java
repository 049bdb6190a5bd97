/**
 * One request through a compiled network, forward and back, hop by hop.
 *
 * <pre>{@code
 * Network net = NetworkCompiler.compile(document);           // once per document revision
 * Endpoint from = Endpoints.resolve(net, "internet");        // EndpointException: one clear message
 * Endpoint to = Endpoints.resolve(net, "web-alb");
 * TraceRequest req = TraceRequest.tcp(from, to, 443)         // 0 = default port (DB port, first listener, 443)
 *         .withSourcePort(51000)
 *         .withHttp(HttpRequest.of("api.example.com", "/api/v1", "GET"));
 * Tracer tracer = new Tracer(net);                          // thread-safe, reusable
 * Trace trace = tracer.trace(req);                          // verdict, hops, explanation, fix
 * boolean ok = tracer.reachable(req);                       // verdict only, no sentences
 * String text = TraceFormatter.text(trace, Locale.KOREAN);  // event list
 * String json = TraceFormatter.json(trace);                 // command-line contract
 * }</pre>
 *
 * Endpoints must be resolved against the same {@code Network} they are traced in.
 */
package dev.vpclab.trace;
