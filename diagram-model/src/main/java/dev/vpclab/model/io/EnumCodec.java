package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Enum constants as files write them: lower case with hyphens ("internet-facing", "round-robin"); read back
 * case-insensitively with '_' or '-' ("INTERNET_FACING" works too).
 */
final class EnumCodec {

    private EnumCodec() {
    }

    /**
     * @param constant an enum constant
     * @return its file name, e.g. "shutting-down" for SHUTTING_DOWN
     */
    static String fileName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Writes any enum constant by its file name. */
    static final class Serializer extends StdScalarSerializer<Enum<?>> {

        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Serializer() {
            super((Class) Enum.class, false);
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(fileName(value));
        }
    }

    /** Reads one enum type by its file names, with the accepted names in the message when a name is wrong. */
    static final class Deserializer extends StdScalarDeserializer<Enum<?>> {

        private static final long serialVersionUID = 1L;

        private final Map<String, Enum<?>> byName = new HashMap<>();
        private final String choices;

        /** @param type the enum class */
        Deserializer(Class<?> type) {
            super(type);
            StringJoiner names = new StringJoiner(", ");
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                byName.put(fileName(e), e);
                names.add(fileName(e));
            }
            choices = names.toString();
        }

        @Override
        public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new BadValueException(p, "expected one of " + choices + " (as text) but found " + TokenNames.describe(p),
                        handledType());
            }
            Enum<?> value = byName.get(normalise(p.getText()));
            if (value == null) {
                throw new BadValueException(p, TokenNames.quote(p.getText()) + " is not one of " + choices, handledType());
            }
            return value;
        }
    }

    /** Puts {@link Deserializer} in place of Jackson's own enum deserializer, once per enum type. */
    static final class Modifier extends BeanDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new Deserializer(type.getRawClass());
        }
    }
}
