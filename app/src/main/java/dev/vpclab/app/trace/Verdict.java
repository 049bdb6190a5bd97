package dev.vpclab.app.trace;

import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceDirection;
import java.util.Locale;

/** The badge over the event list: nothing traced yet, reachable, or blocked on the request or on its reply. */
public enum Verdict {
    /** No trace shown. */
    NONE,
    /** The request arrives and its reply gets back. */
    REACHABLE,
    /** The request is stopped on its way. */
    BLOCKED_REQUEST,
    /** The request arrives but its reply is stopped. */
    BLOCKED_REPLY;

    /**
     * @param trace a trace, or null
     * @return its verdict
     */
    public static Verdict of(Trace trace) {
        if (trace == null) {
            return NONE;
        }
        if (trace.reachable()) {
            return REACHABLE;
        }
        return trace.blockingComponent() != null && trace.blockingComponent().direction() == TraceDirection.RETURN
                ? BLOCKED_REPLY : BLOCKED_REQUEST;
    }

    /** @return the badge's bundle key, e.g. "tracemode.verdict.reachable" */
    public String key() {
        return "tracemode.verdict." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** @return the status bar's bundle key, e.g. "tracemode.status.blockedreply" */
    public String statusKey() {
        return "tracemode.status." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
