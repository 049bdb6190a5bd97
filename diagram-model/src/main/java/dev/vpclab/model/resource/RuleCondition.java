package dev.vpclab.model.resource;

import java.util.List;

/**
 * A condition of a listener rule. Values inside one condition are OR-ed; a rule's conditions are AND-ed.
 * Host, header and query matching is case-insensitive; path and method are case-sensitive; {@code *} and
 * {@code ?} are wildcards except for method and source IP.
 *
 * @param field what is matched
 * @param key the header name (HTTP_HEADER), or null
 * @param values patterns; for QUERY_STRING "key=value" or "value"; for SOURCE_IP CIDR blocks
 */
public record RuleCondition(Field field, String key, List<String> values) {

    /** Condition fields as AWS names them. */
    public enum Field { HOST_HEADER, PATH_PATTERN, HTTP_HEADER, HTTP_REQUEST_METHOD, QUERY_STRING, SOURCE_IP }

    /** Validates. */
    public RuleCondition {
        if (field == null) {
            throw new IllegalArgumentException("a rule condition needs a field");
        }
        key = Req.optRef(key);
        if (field == Field.HTTP_HEADER && key == null) {
            throw new IllegalArgumentException("an http-header condition needs a header name");
        }
        values = Req.list(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a " + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + " condition needs at least one value");
        }
    }
}
