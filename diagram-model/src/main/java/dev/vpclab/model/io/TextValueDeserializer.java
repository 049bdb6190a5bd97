package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a value that files write as text ("10.0.0.0/16", "1024-65535", "sg-0abc") with the value type's own
 * parser, so that the type's message says what is wrong with it.
 *
 * @param <T> the value type
 */
final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> parser;
    private final String expected;
    private final boolean acceptsWholeNumbers;

    /**
     * @param type the value type
     * @param parser its parser, throwing IllegalArgumentException with a readable message
     * @param expected what the value looks like, e.g. "a CIDR block like \"10.0.0.0/16\""
     * @param acceptsWholeNumbers whether a bare JSON number is read as its text (ports, protocol numbers)
     */
    TextValueDeserializer(Class<T> type, Function<String, T> parser, String expected, boolean acceptsWholeNumbers) {
        super(type);
        this.parser = parser;
        this.expected = expected;
        this.acceptsWholeNumbers = acceptsWholeNumbers;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING || (acceptsWholeNumbers && token == JsonToken.VALUE_NUMBER_INT)) {
            String text = p.getText();
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw new BadValueException(p, e.getMessage(), handledType());
            }
        }
        throw new BadValueException(p, "expected " + expected + " but found " + TokenNames.describe(p), handledType());
    }
}
