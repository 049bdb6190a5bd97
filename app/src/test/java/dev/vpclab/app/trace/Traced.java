package dev.vpclab.app.trace;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.SavedTrace;
import java.util.List;

/** A saved trace of a bundled sample, run, with its event list and drawing, for the tests of this package. */
final class Traced {

    final TraceResult result;
    final List<HopRow> rows;
    final TracePath path;

    private Traced(TraceResult result) {
        if (!result.ok()) {
            throw new IllegalStateException("the trace did not run: " + result.error().english());
        }
        this.result = result;
        this.rows = TraceRows.of(result.trace(), new HopPlaces(result.document(), result.network()));
        this.path = TracePath.of(rows);
    }

    /**
     * @param sample a sample's name
     * @param saved the name of one of its saved traces
     * @return it, run
     */
    static Traced saved(String sample, String saved) {
        Document doc = Samples.load(sample);
        SavedTrace t = doc.traces().stream().filter(s -> s.name().equals(saved)).findFirst().orElseThrow();
        return new Traced(TraceRunner.run(doc, TraceQuery.of(t)));
    }

    /**
     * @param doc a document
     * @param query a request
     * @return it, run
     */
    static Traced of(Document doc, TraceQuery query) {
        return new Traced(TraceRunner.run(doc, query));
    }

    /** @return the row with that number (from 1) */
    HopRow row(int number) {
        return rows.get(number - 1);
    }
}
