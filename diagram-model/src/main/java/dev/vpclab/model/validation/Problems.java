package dev.vpclab.model.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where checks put what they find. Arguments are passed as text (ids, names, blocks, numbers already turned
 * into strings) so that {@link java.text.MessageFormat} does not group digits ("32,767"); the one exception is
 * a traffic direction, passed as {@link #INBOUND} or {@link #OUTBOUND} for a {@code choice} pattern.
 */
final class Problems {

    /** The argument for an inbound direction in a choice pattern. */
    static final Integer INBOUND = 0;
    /** The argument for an outbound direction in a choice pattern. */
    static final Integer OUTBOUND = 1;

    private final List<Problem> found = new ArrayList<>();

    /**
     * @param resourceId the resource at fault
     * @param field the field at fault, or ""
     * @param key the message key
     * @param args the arguments
     */
    void error(String resourceId, String field, String key, Object... args) {
        found.add(Problem.error(resourceId, field, key, args));
    }

    /**
     * @param resourceId the resource at fault
     * @param field the field at fault, or ""
     * @param key the message key
     * @param args the arguments
     */
    void warning(String resourceId, String field, String key, Object... args) {
        found.add(Problem.warning(resourceId, field, key, args));
    }

    /** @return what was found so far, in the order found */
    List<Problem> found() {
        return found;
    }
}
