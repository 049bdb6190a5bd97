package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import java.io.IOException;

/**
 * A line and column in a file's text, counted in characters (not bytes) from 1, so that a place after Korean
 * text is where an editor shows it.
 *
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
record SourcePosition(int line, int column) {

    /** No position known. */
    static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /**
     * @param source the file's bytes (UTF-8)
     * @param location where Jackson stopped
     * @return the position, or {@link #UNKNOWN}
     */
    static SourcePosition of(byte[] source, JsonLocation location) {
        if (location == null) {
            return UNKNOWN;
        }
        long offset = location.getByteOffset();
        if (offset < 0) {
            return location.getLineNr() > 0 ? new SourcePosition(location.getLineNr(), location.getColumnNr()) : UNKNOWN;
        }
        int line = 1;
        int column = 1;
        int end = (int) Math.min(offset, source.length);
        for (int i = 0; i < end; i++) {
            byte b = source[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }

    /**
     * Finds where the value at a pointer starts in the file's text; scans the file again, so use it only for a
     * failure.
     *
     * @param factory the parser factory (the file parsed with it before)
     * @param source the file's bytes
     * @param pointer a JSON Pointer such as "/resources/3/cidr"
     * @return the position, or {@link #UNKNOWN} if the file has no such place (e.g. after a migration)
     */
    static SourcePosition ofPointer(JsonFactory factory, byte[] source, String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return UNKNOWN;
        }
        try (JsonParser parser = factory.createParser(source)) {
            JsonParser filtered = new FilteringParserDelegate(parser, new JsonPointerBasedFilter(JsonPointer.compile(pointer)),
                    TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false);
            if (filtered.nextToken() != null) {
                return of(source, parser.currentTokenLocation());
            }
        } catch (IOException | IllegalArgumentException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }
}
