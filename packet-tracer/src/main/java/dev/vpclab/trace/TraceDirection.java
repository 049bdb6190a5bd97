package dev.vpclab.trace;

import java.util.Locale;

/** The request (forward) or its reply (return). */
public enum TraceDirection {
    /** From the source to the destination. */
    FORWARD,
    /** The reply, from the destination back to the source. */
    RETURN;

    /** @return "forward" or "return" */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
