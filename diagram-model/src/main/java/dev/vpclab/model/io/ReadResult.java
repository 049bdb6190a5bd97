package dev.vpclab.model.io;

import dev.vpclab.model.document.Document;
import java.util.List;

/**
 * A document read from a file, with what the reader passed over: unknown fields, stale layout entries, and a
 * note when the file was converted from an older format.
 *
 * @param document the document
 * @param warnings one sentence each, naming the place; empty for a clean current file
 */
public record ReadResult(Document document, List<String> warnings) {
    /** Copies the warnings. */
    public ReadResult {
        if (document == null) {
            throw new IllegalArgumentException("a read result needs a document");
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
