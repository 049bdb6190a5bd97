package dev.vpclab.engine.lb;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.RuleCondition;
import java.util.List;

/**
 * Matches Application Load Balancer rule conditions as AWS does: values inside one condition are OR-ed, a
 * rule's conditions are AND-ed; host, header and query string compare without case, path and method with case;
 * {@code *} and {@code ?} are wildcards except for method and source IP; the path never includes the query; the
 * source IP is the immediate peer
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html">rule
 * conditions</a>).
 */
public final class ConditionMatcher {

    private ConditionMatcher() {
    }

    /**
     * @param conditions a rule's conditions
     * @param request the request
     * @param source the address the load balancer sees the request from
     * @return true if every condition matches
     */
    public static boolean matchesAll(List<RuleCondition> conditions, HttpRequest request, Ipv4Address source) {
        for (RuleCondition c : conditions) {
            if (!matches(c, request, source)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param condition one condition
     * @param request the request
     * @param source the address the load balancer sees the request from
     * @return true if any of its values matches
     */
    public static boolean matches(RuleCondition condition, HttpRequest request, Ipv4Address source) {
        for (String value : condition.values()) {
            if (matchesValue(condition, value, request, source)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesValue(RuleCondition c, String value, HttpRequest request, Ipv4Address source) {
        switch (c.field()) {
            case HOST_HEADER:
                return request.hostName() != null && Wildcard.matches(value, request.hostName(), false);
            case PATH_PATTERN:
                return Wildcard.matches(value, request.path(), true);
            case HTTP_HEADER:
                String header = request.header(c.key());
                return header != null && Wildcard.matches(value, header, false);
            case HTTP_REQUEST_METHOD:
                return value.equals(request.method());
            case QUERY_STRING:
                return query(value, request.queryString());
            case SOURCE_IP:
                return Cidr.isValid(value) && Cidr.parse(value).contains(source);
            default:
                return false;
        }
    }

    private static boolean query(String condition, String queryString) {
        if (queryString.isEmpty()) {
            return false;
        }
        int eq = condition.indexOf('=');
        String wantKey = eq < 0 ? null : condition.substring(0, eq);
        String wantValue = eq < 0 ? condition : condition.substring(eq + 1);
        for (String pair : queryString.split("&")) {
            int e = pair.indexOf('=');
            String key = e < 0 ? pair : pair.substring(0, e);
            String value = e < 0 ? "" : pair.substring(e + 1);
            if ((wantKey == null || wantKey.isEmpty() || Wildcard.matches(wantKey, key, false)) && Wildcard.matches(wantValue, value, false)) {
                return true;
            }
        }
        return false;
    }
}
