package dev.vpclab.app.trace;

import dev.vpclab.engine.Network;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.trace.Trace;

/**
 * One run of a {@link TraceQuery} on one document revision: the trace, or why there is none.
 *
 * @param query what was asked
 * @param document the revision it ran on
 * @param network that revision compiled
 * @param trace the answer, or null when the query could not run
 * @param error why it could not run (a name that names nothing, a bad port), or null
 */
public record TraceResult(TraceQuery query, Document document, Network network, Trace trace, Message error) {

    /** @return true when there is a trace */
    public boolean ok() {
        return trace != null;
    }
}
