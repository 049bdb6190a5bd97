package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.model.document.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a .vpclab file: checks its size before parsing, parses it into a tree within the mapper's limits,
 * migrates the tree to the current format, binds it, and checks what binding cannot (duplicate ids, dangling
 * references). Thread-safe.
 */
final class DocumentReader {

    private final ObjectMapper mapper;
    private final ObjectReader fileReader;
    private final Migrator migrator;
    private final UnknownFieldScanner unknownFields;
    private final long maxBytes;

    /**
     * @param mapper a mapper from {@link DocumentMapper}
     * @param migrator the format migrations
     * @param maxBytes the largest file read
     */
    DocumentReader(ObjectMapper mapper, Migrator migrator, long maxBytes) {
        this.mapper = mapper;
        this.fileReader = mapper.readerFor(DocumentFile.class);
        this.migrator = migrator;
        this.unknownFields = new UnknownFieldScanner(mapper);
        this.maxBytes = maxBytes;
    }

    /**
     * @param file a file
     * @return the document and warnings
     * @throws DocumentReadException if the file cannot be read or is not a valid document
     */
    ReadResult read(Path file) throws DocumentReadException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new DocumentReadException(source, "", 0, 0, "it is a folder, not a file", "Choose a .vpclab file.", null);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw ReadFailures.tooLarge(source, size, maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readAtMost(in, source);
            }
        } catch (IOException e) {
            throw ReadFailures.unreadable(source, e);
        }
        return read(bytes, source);
    }

    /**
     * @param in a stream; read to its end (or past the size limit) but not closed
     * @param source a name for messages
     * @return the document and warnings
     * @throws DocumentReadException if the stream cannot be read or is not a valid document
     */
    ReadResult read(InputStream in, String source) throws DocumentReadException {
        try {
            return read(readAtMost(in, source), source);
        } catch (IOException e) {
            throw ReadFailures.unreadable(source, e);
        }
    }

    private byte[] readAtMost(InputStream in, String source) throws IOException, DocumentReadException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > maxBytes) {
            throw ReadFailures.tooLarge(source, -1, maxBytes);
        }
        return bytes;
    }

    /**
     * @param bytes the file's content, UTF-8
     * @param source a name for messages
     * @return the document and warnings
     * @throws DocumentReadException if the content is not a valid document
     */
    ReadResult read(byte[] bytes, String source) throws DocumentReadException {
        if (bytes.length > maxBytes) {
            throw ReadFailures.tooLarge(source, bytes.length, maxBytes);
        }
        ReadFailures failures = new ReadFailures(source, bytes, mapper.getFactory());
        JsonNode tree = parse(bytes, source, failures);
        if (!(tree instanceof ObjectNode root)) {
            throw new DocumentReadException(source, "", 0, 0, "it holds " + TokenNames.describe(tree)
                    + " where a VPC Lab document starts with an object { \"formatVersion\": … }", ReadFailures.damagedAdvice(source), null);
        }
        List<String> warnings = new ArrayList<>();
        try {
            int version = migrator.migrate(root);
            if (version < DocumentFormat.CURRENT_VERSION) {
                warnings.add("the file was written in format " + version + " by an older VPC Lab; saving it writes format "
                        + DocumentFormat.CURRENT_VERSION + ", which older versions cannot open");
            }
            DocumentFile file = bind(root, source, failures);
            unknownFields.scan(root, warnings);
            Document doc = DocumentAssembler.assemble(file);
            return new ReadResult(doc, warnings);
        } catch (InvalidFileException e) {
            throw failures.at(e);
        }
    }

    private JsonNode parse(byte[] bytes, String source, ReadFailures failures) throws DocumentReadException {
        JsonParser parser;
        try {
            parser = mapper.createParser(bytes);
        } catch (IOException e) {
            throw ReadFailures.unreadable(source, e);
        }
        try (parser) {
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw new DocumentReadException(source, "", 0, 0, "the file is empty", ReadFailures.damagedAdvice(source), null);
            }
            if (parser.nextToken() != null) {
                SourcePosition pos = SourcePosition.of(bytes, parser.currentTokenLocation());
                throw new DocumentReadException(source, "", pos.line(), pos.column(),
                        "there is more text after the end of the document", ReadFailures.damagedAdvice(source), null);
            }
            return tree;
        } catch (JacksonException e) {
            throw failures.parsing(e, parser);
        } catch (IOException e) {
            throw ReadFailures.unreadable(source, e);
        }
    }

    private DocumentFile bind(ObjectNode root, String source, ReadFailures failures) throws DocumentReadException {
        try {
            return fileReader.readValue(root);
        } catch (JsonMappingException e) {
            throw failures.binding(e, root);
        } catch (IOException e) {
            throw ReadFailures.unreadable(source, e);
        }
    }
}
