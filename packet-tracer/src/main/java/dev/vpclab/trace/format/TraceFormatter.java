package dev.vpclab.trace.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.trace.Trace;
import java.util.Locale;

/**
 * Turns a {@link Trace} into what people and scripts read: a text event list in English or Korean (one line per
 * hop with its decision, then the verdict, the explanation and the fix), or the JSON object of the command-line
 * contract ({@code vpclab trace --format json}).
 */
public final class TraceFormatter {

    private TraceFormatter() {
    }

    /**
     * @param trace a trace
     * @param locale {@link Locale#ENGLISH} or {@link Locale#KOREAN}
     * @return the event list, lines separated by '\n', ending with a newline
     */
    public static String text(Trace trace, Locale locale) {
        return new TextTraceWriter(locale).write(trace);
    }

    /**
     * @param trace a trace
     * @return the JSON object of the command-line contract, pretty-printed
     */
    public static String json(Trace trace) {
        return JsonTraceWriter.write(trace);
    }

    /**
     * @param trace a trace
     * @return the same JSON as a tree, for callers that embed it
     */
    public static ObjectNode jsonTree(Trace trace) {
        return JsonTraceWriter.tree(trace);
    }
}
