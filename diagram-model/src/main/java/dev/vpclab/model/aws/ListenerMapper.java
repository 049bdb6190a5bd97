package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.RuleCondition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Listeners (describe-listeners, raw or wrapped per load balancer) and listener rules (describe-rules). A rule
 * does not name its listener, but its ARN does: listener-rule/app/NAME/LBID/LISTENERID/RULEID belongs to
 * listener/app/NAME/LBID/LISTENERID. The default rule is the listener's default actions and is not repeated.
 */
final class ListenerMapper {

    private final ImportContext ctx;

    ListenerMapper(ImportContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param ruleArn a listener rule ARN
     * @return its listener's ARN, or null when the ARN has another shape
     */
    static String listenerOfRule(String ruleArn) {
        int at = ruleArn == null ? -1 : ruleArn.indexOf(":listener-rule/");
        int last = ruleArn == null ? -1 : ruleArn.lastIndexOf('/');
        if (at < 0 || last <= at) {
            return null;
        }
        return ruleArn.substring(0, at) + ":listener/" + ruleArn.substring(at + ":listener-rule/".length(), last);
    }

    /**
     * @param listenerArn a listener ARN
     * @return its load balancer's ARN, or null when the ARN has another shape
     */
    static String loadBalancerOfListener(String listenerArn) {
        int at = listenerArn == null ? -1 : listenerArn.indexOf(":listener/");
        int last = listenerArn == null ? -1 : listenerArn.lastIndexOf('/');
        if (at < 0 || last <= at) {
            return null;
        }
        return listenerArn.substring(0, at) + ":loadbalancer/" + listenerArn.substring(at + ":listener/".length(), last);
    }

    void map() {
        ctx.forEach(Section.LISTENERS, this::listener);
        ctx.forEach(Section.RULES, this::rule);
    }

    private void listener(Item item) {
        JsonNode l = item.json();
        String arn = AwsJson.text(l, "ListenerArn");
        String lb = AwsJson.text(l, "LoadBalancerArn");
        String loadBalancer = lb != null ? lb : loadBalancerOfListener(arn);
        Listener.ListenerProtocol protocol = LoadBalancerMapper.protocol(AwsJson.text(l, "Protocol"));
        List<ListenerAction> actions = actions(l.path("DefaultActions"), arn, item.file());
        ctx.attempt(item.file(), arn, () -> new Listener(arn, "", loadBalancer, protocol, AwsJson.integer(l, "Port", 0), actions));
    }

    private void rule(Item item) {
        JsonNode r = item.json();
        String arn = AwsJson.text(r, "RuleArn");
        String priority = AwsJson.text(r, "Priority");
        if (AwsJson.bool(r, "IsDefault", false) || "default".equals(priority)) {
            return;
        }
        String listener = listenerOfRule(arn);
        if (listener == null) {
            listener = AwsJson.text(r, "ListenerArn");
        }
        List<RuleCondition> conditions = new ArrayList<>();
        for (JsonNode c : AwsJson.array(r, "Conditions")) {
            RuleCondition condition = condition(c);
            if (condition == null) {
                ctx.warn(item.file(), "aws.rule.badCondition", arn, String.valueOf(AwsJson.text(c, "Field")));
                return;
            }
            conditions.add(condition);
        }
        List<ListenerAction> actions = actions(r.path("Actions"), arn, item.file());
        if (actions.isEmpty()) {
            ctx.warn(item.file(), "aws.rule.noAction", arn);
            return;
        }
        String listenerId = listener;
        ctx.attempt(item.file(), arn, () -> new ListenerRule(arn, "", listenerId, (int) AwsJson.number(r, "Priority", 0),
                conditions, actions));
    }

    /** Actions in their Order; authentication actions are skipped with a warning (the model has none). */
    private List<ListenerAction> actions(JsonNode list, String ownerArn, String file) {
        List<JsonNode> sorted = new ArrayList<>();
        list.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(a -> AwsJson.integer(a, "Order", Integer.MAX_VALUE)));
        List<ListenerAction> out = new ArrayList<>();
        for (JsonNode a : sorted) {
            String type = String.valueOf(AwsJson.text(a, "Type"));
            try {
                if (type.equals("forward")) {
                    out.add(forward(a));
                } else if (type.equals("redirect")) {
                    JsonNode c = a.path("RedirectConfig");
                    String status = String.valueOf(AwsJson.text(c, "StatusCode"));
                    out.add(new ListenerAction.Redirect(keep(AwsJson.text(c, "Protocol")), keep(AwsJson.text(c, "Host")),
                            keep(AwsJson.text(c, "Port")), keep(AwsJson.text(c, "Path")), keep(AwsJson.text(c, "Query")),
                            status.endsWith("302") ? 302 : 301));
                } else if (type.equals("fixed-response")) {
                    JsonNode c = a.path("FixedResponseConfig");
                    out.add(new ListenerAction.FixedResponse((int) AwsJson.number(c, "StatusCode", 503),
                            AwsJson.text(c, "ContentType"), AwsJson.text(c, "MessageBody")));
                } else {
                    ctx.warn(file, "aws.action.unsupported", ownerArn, type);
                }
            } catch (IllegalArgumentException e) {
                ctx.warn(file, "aws.action.invalid", ownerArn, type, e.getMessage());
            }
        }
        return out;
    }

    private static ListenerAction.Forward forward(JsonNode a) {
        List<ListenerAction.WeightedTargetGroup> groups = new ArrayList<>();
        JsonNode config = a.path("ForwardConfig");
        for (JsonNode g : AwsJson.array(config, "TargetGroups")) {
            String arn = AwsJson.text(g, "TargetGroupArn");
            if (arn != null) {
                groups.add(new ListenerAction.WeightedTargetGroup(arn, AwsJson.integer(g, "Weight", 1)));
            }
        }
        if (groups.isEmpty() && AwsJson.text(a, "TargetGroupArn") != null) {
            groups.add(new ListenerAction.WeightedTargetGroup(AwsJson.text(a, "TargetGroupArn"), 1));
        }
        JsonNode stickiness = config.path("TargetGroupStickinessConfig");
        int seconds = AwsJson.bool(stickiness, "Enabled", false) ? AwsJson.integer(stickiness, "DurationSeconds", 3600) : 0;
        return new ListenerAction.Forward(groups, seconds);
    }

    /** "#{host}" and the like keep the request's own value, which the model writes as null. */
    private static String keep(String part) {
        return part == null || part.matches("/?#\\{[a-z]+}") ? null : part;
    }

    private static RuleCondition condition(JsonNode c) {
        String field = String.valueOf(AwsJson.text(c, "Field"));
        switch (field) {
            case "host-header":
                return values(RuleCondition.Field.HOST_HEADER, null, c, "HostHeaderConfig");
            case "path-pattern":
                return values(RuleCondition.Field.PATH_PATTERN, null, c, "PathPatternConfig");
            case "http-request-method":
                return values(RuleCondition.Field.HTTP_REQUEST_METHOD, null, c, "HttpRequestMethodConfig");
            case "source-ip":
                return values(RuleCondition.Field.SOURCE_IP, null, c, "SourceIpConfig");
            case "http-header":
                return values(RuleCondition.Field.HTTP_HEADER, AwsJson.textAt(c, "HttpHeaderConfig", "HttpHeaderName"), c,
                        "HttpHeaderConfig");
            case "query-string":
                List<String> pairs = new ArrayList<>();
                for (JsonNode kv : AwsJson.array(c.path("QueryStringConfig"), "Values")) {
                    String key = AwsJson.text(kv, "Key");
                    String value = AwsJson.text(kv, "Value");
                    if (value != null) {
                        pairs.add(key == null ? value : key + "=" + value);
                    }
                }
                return pairs.isEmpty() ? null : new RuleCondition(RuleCondition.Field.QUERY_STRING, null, pairs);
            default:
                return null;
        }
    }

    private static RuleCondition values(RuleCondition.Field field, String key, JsonNode c, String config) {
        List<String> values = AwsJson.texts(c.path(config), "Values");
        if (values.isEmpty()) {
            values = AwsJson.texts(c, "Values");
        }
        if (values.isEmpty() || (field == RuleCondition.Field.HTTP_HEADER && key == null)) {
            return null;
        }
        return new RuleCondition(field, key, values);
    }
}
