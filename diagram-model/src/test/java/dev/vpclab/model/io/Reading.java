package dev.vpclab.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Reads JSON text in tests, and finds where something is in it. */
final class Reading {

    /** The name the tests give their files. */
    static final String SOURCE = "net.vpclab";

    private Reading() {
    }

    /**
     * @param json file text
     * @return what reading it gives
     * @throws DocumentReadException if it is refused
     */
    static ReadResult read(String json) throws DocumentReadException {
        return DocumentFormat.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }

    /**
     * @param json file text that must be refused
     * @return the refusal
     */
    static DocumentReadException refusal(String json) {
        try {
            ReadResult result = read(json);
            throw new AssertionError("expected a refusal, but read " + result.document());
        } catch (DocumentReadException e) {
            assertThat(e.getMessage()).startsWith("Cannot open " + SOURCE).doesNotContain("com.fasterxml", "Exception");
            assertThat(e.source()).isEqualTo(SOURCE);
            return e;
        }
    }

    /**
     * @param json text
     * @param needle something in it
     * @return the 1-based line of its first occurrence
     */
    static int lineOf(String json, String needle) {
        int at = json.indexOf(needle);
        assertThat(at).as("%s is in the text", needle).isNotNegative();
        return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * @param json text
     * @param needle something in it, on one line
     * @return the 1-based column where it starts
     */
    static int columnOf(String json, String needle) {
        int at = json.indexOf(needle);
        return at - json.lastIndexOf('\n', at - 1);
    }

    /**
     * @param json text
     * @param from a unique part of it
     * @param to what it becomes
     * @return the text with that one part replaced
     */
    static String replaceOnce(String json, String from, String to) {
        int at = json.indexOf(from);
        assertThat(at).as("%s is in the text", from).isNotNegative();
        assertThat(json.indexOf(from, at + 1)).as("%s is in the text only once", from).isNegative();
        return json.substring(0, at) + to + json.substring(at + from.length());
    }
}
