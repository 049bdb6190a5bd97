package dev.vpclab.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.vpclab.model.document.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a document in the current format: resources sorted by id, every object's keys sorted, nulls and empty
 * lists left out, two-space indentation and a final newline, so that the same document always gives the same
 * bytes and a change gives a small diff. Thread-safe.
 */
final class DocumentWriter {

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    /** @param mapper a mapper from {@link DocumentMapper} */
    DocumentWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        this.writer = DocumentMapper.prettyWriter(mapper);
    }

    /**
     * @param doc a document
     * @return its tree, keys not yet sorted (they are sorted when written)
     */
    JsonNode toTree(Document doc) {
        return mapper.valueToTree(DocumentFile.of(doc));
    }

    /**
     * @param doc a document
     * @return the file's text
     */
    String toJson(Document doc) {
        try {
            return writer.writeValueAsString(toTree(doc)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("a document could not be turned into JSON", e);
        }
    }

    /**
     * @param doc a document
     * @param out where to write the file's bytes (UTF-8); not closed
     * @throws IOException if writing fails
     */
    void write(Document doc, OutputStream out) throws IOException {
        writer.writeValue(out, toTree(doc));
        out.write('\n');
    }
}
