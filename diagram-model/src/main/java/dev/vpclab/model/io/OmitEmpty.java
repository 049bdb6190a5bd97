package dev.vpclab.model.io;

import java.util.Collection;
import java.util.Map;

/**
 * Jackson's custom inclusion filter for files: a property that is null, an empty list, an empty map or empty
 * text is left out to keep files small. Reading accepts it present or absent, because the records turn a
 * missing value into the same empty one. Jackson calls {@link #equals} with the value: true means "omit".
 */
final class OmitEmpty {

    /** Jackson instantiates the filter. */
    OmitEmpty() {
    }

    @Override
    public boolean equals(Object value) {
        return value == null
                || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty())
                || (value instanceof String s && s.isEmpty());
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
