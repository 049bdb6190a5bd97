package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Says in words what a file holds at some place ("a number", "text \"abc\"", "a list"), for messages. */
final class TokenNames {

    private static final int MAX_QUOTED = 40;

    private TokenNames() {
    }

    /**
     * @param p a parser on a token
     * @return the token in words
     * @throws IOException if the parser cannot give the token's text
     */
    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT: return "an object { … }";
            case START_ARRAY: return "a list [ … ]";
            case VALUE_STRING: return "text " + quote(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "the number " + shorten(p.getText());
            case VALUE_TRUE: return "true";
            case VALUE_FALSE: return "false";
            case VALUE_NULL: return "null";
            default: return t.asString() == null ? t.name().toLowerCase(java.util.Locale.ROOT) : t.asString();
        }
    }

    /**
     * @param node a tree node, possibly missing
     * @return the node in words
     */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object { … }";
        }
        if (node.isArray()) {
            return "a list [ … ]";
        }
        if (node.isTextual()) {
            return "text " + quote(node.textValue());
        }
        if (node.isNumber()) {
            return "the number " + shorten(node.asText());
        }
        if (node.isNull()) {
            return "null";
        }
        return node.asText();
    }

    /**
     * @param text any text
     * @return it in double quotes, shortened with an ellipsis when long
     */
    static String quote(String text) {
        return "\"" + shorten(text) + "\"";
    }

    private static String shorten(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }
}
