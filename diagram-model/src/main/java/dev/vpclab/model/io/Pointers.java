package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;

/** JSON Pointers (RFC 6901, "/resources/3/cidr") for places in a file, built the same way everywhere. */
final class Pointers {

    private Pointers() {
    }

    /**
     * @param base a pointer
     * @param name a field name
     * @return the pointer to that field, escaped
     */
    static String field(String base, String name) {
        return base + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * @param base a pointer
     * @param index a list index
     * @return the pointer to that element
     */
    static String index(String base, int index) {
        return base + "/" + index;
    }

    /**
     * @param e a binding failure
     * @return the pointer to where it happened
     */
    static String of(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(field("", ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    /**
     * @param context a parser's context, on a value
     * @return the pointer to that value
     */
    static String of(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.addFirst(index("", Math.max(0, c.getCurrentIndex())));
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.addFirst(field("", c.getCurrentName()));
            }
        }
        return String.join("", segments);
    }

    /**
     * Turns a field path as {@code References} writes it ("routes[2].target", "dimensions.Name") into a pointer.
     *
     * @param base the resource's pointer
     * @param fieldPath the field path
     * @return the pointer
     */
    static String ofFieldPath(String base, String fieldPath) {
        StringBuilder sb = new StringBuilder(base);
        int i = 0;
        while (i < fieldPath.length()) {
            int dot = fieldPath.indexOf('.', i);
            int bracket = fieldPath.indexOf('[', i);
            int end = dot < 0 ? fieldPath.length() : dot;
            if (bracket >= 0 && bracket < end) {
                end = bracket;
            }
            if (end > i) {
                sb.append(field("", fieldPath.substring(i, end)));
            }
            if (end < fieldPath.length() && fieldPath.charAt(end) == '[') {
                int close = fieldPath.indexOf(']', end);
                sb.append('/').append(fieldPath, end + 1, close);
                end = close + 1;
            }
            i = end < fieldPath.length() && fieldPath.charAt(end) == '.' ? end + 1 : end;
        }
        return sb.toString();
    }
}
