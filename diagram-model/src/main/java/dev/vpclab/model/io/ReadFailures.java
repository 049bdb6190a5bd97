package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns whatever stopped a read (a Jackson parse or binding failure, a problem found in the tree, an I/O
 * error) into one {@link DocumentReadException} that names the file, the place and what to do.
 */
final class ReadFailures {

    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");

    private final String source;
    private final byte[] bytes;
    private final JsonFactory factory;

    /**
     * @param source the file name
     * @param bytes the file's bytes, to find lines and columns in
     * @param factory the factory that parsed them
     */
    ReadFailures(String source, byte[] bytes, JsonFactory factory) {
        this.source = source;
        this.bytes = bytes;
        this.factory = factory;
    }

    /** @param source a file name @return what to do about a value that is wrong */
    static String editAdvice(String source) {
        return "Correct it in a text editor, or open the backup " + source + ".bak if there is one.";
    }

    /** @param source a file name @return what to do about a file that is not a readable document */
    static String damagedAdvice(String source) {
        return "The file is damaged or was not written by VPC Lab; open the backup " + source + ".bak if there is one.";
    }

    /**
     * @param source the file name
     * @param size its size in bytes, or -1 when only known to be over the limit (a stream)
     * @param max the limit in bytes
     * @return the refusal of a file that is too large
     */
    static DocumentReadException tooLarge(String source, long size, long max) {
        String what = size < 0 ? "it is larger than " + megabytes(max) : "the file is " + megabytes(size);
        return new DocumentReadException(source, "", 0, 0, what + "; VPC Lab opens documents of up to " + megabytes(max),
                "Check that this is the right file.", null);
    }

    /**
     * @param source the file name
     * @param e what failed
     * @return the refusal of a file that cannot be read at all
     */
    static DocumentReadException unreadable(String source, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "the file does not exist";
        } else if (e instanceof AccessDeniedException) {
            reason = "you may not read the file";
        } else {
            reason = "the file cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
        return new DocumentReadException(source, "", 0, 0, reason, "Check the file's name and location.", e);
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    /**
     * @param e a problem found in the tree
     * @return the refusal
     */
    DocumentReadException at(InvalidFileException e) {
        return at(e.pointer(), e.reason(), e.advice() == null ? editAdvice(source) : e.advice(), null);
    }

    private DocumentReadException at(String pointer, String reason, String advice, Throwable cause) {
        SourcePosition pos = SourcePosition.ofPointer(factory, bytes, pointer);
        return new DocumentReadException(source, pointer, pos.line(), pos.column(), reason, advice, cause);
    }

    /**
     * @param e a failure while parsing the text into a tree
     * @param parser the parser, where it stopped
     * @return the refusal
     */
    DocumentReadException parsing(JacksonException e, JsonParser parser) {
        String pointer = Pointers.of(parser.getParsingContext());
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        SourcePosition pos = SourcePosition.of(bytes, where);
        boolean atEnd = e instanceof JsonEOFException || where.getByteOffset() >= bytes.length
                || String.valueOf(e.getOriginalMessage()).contains("end-of-input") || endsWithUnfinishedWord(e.getOriginalMessage());
        String reason;
        if (e instanceof StreamConstraintsException) {
            reason = limitReason(e.getOriginalMessage());
        } else if (atEnd) {
            reason = "the file ends in the middle of the document (it may have been cut off)";
        } else if (e instanceof InputCoercionException) {
            reason = "a number is too large: " + firstLine(e.getOriginalMessage());
        } else {
            reason = "it is not valid JSON: " + firstLine(e.getOriginalMessage());
        }
        return new DocumentReadException(source, pointer, pos.line(), pos.column(), reason, damagedAdvice(source), e);
    }

    /** A file cut in "false" ends with "fals", which Jackson calls an unrecognized token rather than an early end. */
    private boolean endsWithUnfinishedWord(String message) {
        Matcher m = UNRECOGNIZED_TOKEN.matcher(message == null ? "" : message);
        if (!m.find() || m.group(1).isEmpty()
                || !("true".startsWith(m.group(1)) || "false".startsWith(m.group(1)) || "null".startsWith(m.group(1)))) {
            return false;
        }
        byte[] word = m.group(1).getBytes(StandardCharsets.UTF_8);
        return word.length <= bytes.length
                && Arrays.equals(word, Arrays.copyOfRange(bytes, bytes.length - word.length, bytes.length));
    }

    private static String limitReason(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "values are nested more than " + DocumentMapper.MAX_NESTING_DEPTH + " levels deep";
        }
        if (m.startsWith("String value length") || m.startsWith("String length")) {
            return "a text value is longer than " + DocumentMapper.MAX_STRING_LENGTH + " characters";
        }
        if (m.startsWith("Number value length") || m.startsWith("Number length")) {
            return "a number is longer than " + DocumentMapper.MAX_NUMBER_LENGTH + " digits";
        }
        if (m.startsWith("Name length") || m.startsWith("Name value length")) {
            return "a field name is longer than " + DocumentMapper.MAX_NAME_LENGTH + " characters";
        }
        return "it is beyond what VPC Lab reads safely: " + firstLine(m);
    }

    /**
     * @param e a failure while binding the tree to the model
     * @param tree the (migrated) tree that was bound
     * @return the refusal
     */
    DocumentReadException binding(JsonMappingException e, JsonNode tree) {
        String pointer = Pointers.of(e);
        String reason;
        if (e instanceof InvalidTypeIdException t) {
            Class<?> base = t.getBaseType() == null ? null : t.getBaseType().getRawClass();
            String known = base == ListenerAction.class ? "forward, redirect, fixed-response" : resourceTypeNames();
            String noun = base == ListenerAction.class ? "action" : "resource";
            JsonNode found = tree == null ? null : tree.at(JsonPointer.compile(pointer));
            if (found != null && !found.isMissingNode() && !found.isObject()) {
                reason = "expected " + (noun.equals("action") ? "an action { \"type\": … }" : expected(Resource.class)) + " but found "
                        + TokenNames.describe(found);
            } else if (t.getTypeId() == null) {
                reason = "the " + noun + " has no \"type\"; use one of: " + known;
            } else {
                pointer = Pointers.field(pointer, FileMixIns.TYPE_PROPERTY);
                reason = TokenNames.quote(t.getTypeId()) + " is not " + (noun.startsWith("a") ? "an " : "a ") + noun + " type; use one of: "
                        + known;
            }
        } else if (e instanceof BadValueException) {
            reason = stripStop(e.getOriginalMessage());
        } else if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException bad
                && bad.getMessage() != null) {
            reason = stripStop(bad.getMessage());
        } else if (e instanceof ValueInstantiationException) {
            reason = "these values cannot be used together";
        } else if (rootCause(e) instanceof InputCoercionException c) {
            reason = "a number is out of range: " + firstLine(c.getOriginalMessage());
        } else if (e instanceof MismatchedInputException m) {
            JsonNode found = tree == null ? null : tree.at(JsonPointer.compile(pointer));
            reason = "expected " + expected(m.getTargetType()) + " but found " + TokenNames.describe(found);
        } else {
            reason = firstLine(e.getOriginalMessage());
        }
        return at(pointer, reason, editAdvice(source), e);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String resourceTypeNames() {
        return Arrays.stream(ResourceKind.values()).map(ResourceKind::typeName).sorted().collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (Resource.class.isAssignableFrom(type)) {
            return "a resource { \"type\": …, \"id\": … }";
        }
        return "an object { … }";
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        return stripStop(nl < 0 ? message : message.substring(0, nl));
    }

    private static String stripStop(String message) {
        String m = message == null ? "" : message.strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
