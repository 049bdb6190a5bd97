package dev.vpclab.model.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.model.document.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The .vpclab file format: JSON with a {@code formatVersion}, short stable type names, sorted keys and the
 * layout kept apart from the resources. Reading migrates files of older formats, refuses newer ones and hostile
 * ones with one clear message; writing is atomic and keeps the previous file as {@code <name>.bak}.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 2,
 *   "info": {"title": "…"},
 *   "layout": {"vpc-1": {"height": 600, "width": 1000, "x": 40, "y": 60}},
 *   "resources": [{"cidrBlocks": ["10.0.0.0/16"], "id": "vpc-1", "regionId": "us-east-1", "type": "vpc"}],
 *   "simulations": […],
 *   "traces": […]
 * }
 * }</pre>
 */
public final class DocumentFormat {

    /** The format this version of VPC Lab writes, and the newest it reads. */
    public static final int CURRENT_VERSION = 2;
    /** The largest file read, 50 MB; a larger one is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** The file name extension. */
    public static final String EXTENSION = ".vpclab";

    private static final ObjectMapper MAPPER = DocumentMapper.create(MAX_FILE_BYTES);
    private static final DocumentReader READER = new DocumentReader(MAPPER, Migrator.standard(), MAX_FILE_BYTES);
    private static final DocumentWriter WRITER = new DocumentWriter(MAPPER);

    private DocumentFormat() {
    }

    /**
     * Reads a file, migrating it from an older format if needed.
     *
     * @param file a .vpclab file
     * @return the document, and warnings about what was passed over (unknown fields, an older format)
     * @throws DocumentReadException if the file cannot be read or is not a valid document; its message says
     *     which file, where, what is wrong and what to do
     */
    public static ReadResult read(Path file) throws DocumentReadException {
        return READER.read(file);
    }

    /**
     * Reads a file and drops the warnings.
     *
     * @param file a .vpclab file
     * @return the document
     * @throws DocumentReadException if the file cannot be read or is not a valid document
     */
    public static Document load(Path file) throws DocumentReadException {
        return read(file).document();
    }

    /**
     * Reads a document from a stream (at most {@link #MAX_FILE_BYTES}); the stream is not closed.
     *
     * @param in the stream, UTF-8 JSON
     * @param sourceName what messages call it, e.g. a file or resource name
     * @return the document and warnings
     * @throws DocumentReadException if the stream cannot be read or is not a valid document
     */
    public static ReadResult read(InputStream in, String sourceName) throws DocumentReadException {
        return READER.read(in, sourceName);
    }

    /**
     * Reads a document from text, e.g. an autosave kept in memory or a recovery file's content.
     *
     * @param json the file's text
     * @param sourceName what messages call it
     * @return the document
     * @throws DocumentReadException if the text is not a valid document
     */
    public static Document fromJson(String json, String sourceName) throws DocumentReadException {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), sourceName).document();
    }

    /**
     * @param doc a document
     * @return its file text in the current format: the same document always gives the same text
     */
    public static String toJson(Document doc) {
        return WRITER.toJson(doc);
    }

    /**
     * Saves a document atomically, keeping the previous file as {@code <name>.bak}.
     *
     * @param doc the document
     * @param file the target file
     * @throws IOException if it cannot be written; the target is then unchanged
     */
    public static void write(Document doc, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> WRITER.write(doc, out), true);
    }

    /**
     * Saves text made by {@link #toJson} atomically, keeping the previous file as {@code <name>.bak}: for
     * autosave, which makes the text on the editing thread and writes it on another.
     *
     * @param json the file's text
     * @param file the target file
     * @throws IOException if it cannot be written; the target is then unchanged
     */
    public static void writeString(String json, Path file) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out.write(bytes), true);
    }

    /**
     * @param file a .vpclab file
     * @return where saving it keeps the previous version, {@code <name>.bak} beside it
     */
    public static Path backupOf(Path file) {
        return AtomicFileWriter.backupOf(file);
    }
}
