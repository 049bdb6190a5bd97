package dev.vpclab.trace;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.trace.fix.SuggestedFix;
import java.util.List;

/**
 * The answer to one request: whether it gets there and back, and the hops it took each way. When it is blocked:
 * the explanation code (Reachability Analyzer's where AWS has one), the blocking component with its rule, an
 * explanation and a suggested fix. For HTTP through a load balancer: the status the client gets and the target.
 *
 * @param request the request
 * @param reachable true when the request is delivered and its reply gets back
 * @param explanationCode why not, or null when reachable
 * @param blockingComponent what stopped it, or null when reachable
 * @param forward the hops of the request
 * @param returnPath the hops of the reply
 * @param httpStatus the HTTP status the client sees through a load balancer, or null
 * @param target the chosen target ("i-… (10.0.2.20:8080)"), or null
 * @param targetGroupId the chosen target group, or null
 * @param redirectLocation where an ALB redirect points, or null
 * @param explanation the outcome in words (a summary when reachable)
 * @param suggestedFix what would unblock it, or null
 * @param hints extra codes worth knowing (e.g. ELBV2_SOURCE_ADDRESS_PRESERVATION, AVAILABILITY_ZONE_CROSSED)
 */
public record Trace(TraceRequest request, boolean reachable, String explanationCode, BlockingComponent blockingComponent,
                    List<Hop> forward, List<Hop> returnPath, Integer httpStatus, String target, String targetGroupId,
                    String redirectLocation, Message explanation, SuggestedFix suggestedFix, List<String> hints) {

    /** Copies. */
    public Trace {
        forward = List.copyOf(forward);
        returnPath = List.copyOf(returnPath);
        hints = List.copyOf(hints);
    }

    /** @return every hop, the request's then the reply's */
    public List<Hop> allHops() {
        List<Hop> all = new java.util.ArrayList<>(forward);
        all.addAll(returnPath);
        return all;
    }
}
