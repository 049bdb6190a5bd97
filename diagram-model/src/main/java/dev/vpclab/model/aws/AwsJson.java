package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of AWS CLI JSON output the way the CLI writes them: absent, null and "" all mean "not set". */
final class AwsJson {

    private AwsJson() {
    }

    /**
     * @param node an object
     * @param field a field name
     * @return the field as text, or null when it is absent, null or blank
     */
    static String text(JsonNode node, String field) {
        if (node == null || field == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /**
     * @param node an object
     * @param path nested field names, e.g. "State", "Name"
     * @return the text at the end of the path, or null
     */
    static String textAt(JsonNode node, String... path) {
        JsonNode n = node;
        for (int i = 0; i < path.length - 1 && n != null; i++) {
            n = n.get(path[i]);
        }
        return text(n, path[path.length - 1]);
    }

    /**
     * @param node an object
     * @param field a field name
     * @param fallback the value when absent
     * @return the boolean (true, "true" or "enable" count as true)
     */
    static boolean bool(JsonNode node, String field, boolean fallback) {
        String s = text(node, field);
        if (s == null) {
            return fallback;
        }
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("enable") || s.equalsIgnoreCase("enabled");
    }

    /**
     * @param node an object
     * @param field a field name
     * @param fallback the value when absent or not a whole number
     * @return the number (also from numeric text such as "443")
     */
    static long number(JsonNode node, String field, long fallback) {
        String s = text(node, field);
        if (s == null) {
            return fallback;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * @param node an object
     * @param field a field name
     * @param fallback the value when absent
     * @return the number as an int (clamped to the int range)
     */
    static int integer(JsonNode node, String field, int fallback) {
        long v = number(node, field, fallback);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /**
     * @param node an object
     * @param field the name of an array field
     * @return its elements, or nothing when it is absent or not an array
     */
    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /**
     * @param node an object
     * @param field an array of strings
     * @return its non-blank texts
     */
    static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(node, field)) {
            if (e.isValueNode() && !e.asText().isBlank()) {
                out.add(e.asText().trim());
            }
        }
        return out;
    }

    /**
     * @param node an object
     * @param field an array of objects
     * @param inner the field to take from each object
     * @return the non-blank texts, e.g. the GroupId of every entry of Groups
     */
    static List<String> texts(JsonNode node, String field, String inner) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(node, field)) {
            String s = text(e, inner);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The value of a tag; EC2 lists tags as "Tags", network interfaces as "TagSet", RDS as "TagList".
     *
     * @param node a resource
     * @param key the tag key
     * @return its value, or null
     */
    static String tag(JsonNode node, String key) {
        for (String field : new String[] {"Tags", "TagSet", "TagList"}) {
            for (JsonNode t : array(node, field)) {
                if (key.equals(text(t, "Key"))) {
                    return text(t, "Value");
                }
            }
        }
        return null;
    }

    /**
     * @param node a resource
     * @return its Name tag, or "" when it has none
     */
    static String name(JsonNode node) {
        String n = tag(node, "Name");
        return n == null ? "" : n;
    }
}
