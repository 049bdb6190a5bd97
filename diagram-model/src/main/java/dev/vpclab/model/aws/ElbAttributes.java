package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetGroupAttributes.Algorithm;
import dev.vpclab.model.resource.TargetGroupAttributes.CrossZone;
import dev.vpclab.model.resource.TargetGroupAttributes.Stickiness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Key/Value attribute lists of load balancers and target groups (describe-load-balancer-attributes,
 * describe-target-group-attributes), by owner ARN, and what they mean for the model. Attribute names are
 * those of https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html
 * and …/network/edit-target-group-attributes.html.
 */
final class ElbAttributes {

    private final Map<String, Map<String, String>> byOwner = new HashMap<>();

    private ElbAttributes() {
    }

    /**
     * @param ctx the import
     * @param loadBalancers load balancer ARN → name
     * @param targetGroups target group ARN → name
     * @return the attributes of the snapshot by owner
     */
    static ElbAttributes collect(ImportContext ctx, Map<String, String> loadBalancers, Map<String, String> targetGroups) {
        ElbAttributes out = new ElbAttributes();
        for (Section s : List.of(Section.LOAD_BALANCER_ATTRIBUTES, Section.TARGET_GROUP_ATTRIBUTES, Section.UNOWNED_ATTRIBUTES)) {
            for (Item group : ctx.snapshot().groups(s)) {
                String owner = group.owner();
                if (owner == null) {
                    Map<String, String> all = new LinkedHashMap<>(loadBalancers);
                    all.putAll(targetGroups);
                    owner = Snapshot.guessOwner(group.file(), new ArrayList<>(all.keySet()),
                            arn -> List.of(arn, all.get(arn), arnId(arn)));
                    if (owner == null) {
                        ctx.warn(group.file(), "aws.elb.unownedAttributes");
                        continue;
                    }
                }
                Map<String, String> values = out.byOwner.computeIfAbsent(owner, k -> new HashMap<>());
                for (JsonNode kv : group.json()) {
                    String key = AwsJson.text(kv, "Key");
                    if (key != null) {
                        values.put(key, AwsJson.text(kv, "Value"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * @param arn an ELB ARN ending in ".../name/id"
     * @return its last segment, the id that also shows in file names
     */
    static String arnId(String arn) {
        return arn == null ? null : arn.substring(arn.lastIndexOf('/') + 1);
    }

    /**
     * @param ownerArn a load balancer or target group
     * @param key an attribute key
     * @return its value, or null
     */
    String get(String ownerArn, String key) {
        return byOwner.getOrDefault(ownerArn, Map.of()).get(key);
    }

    /**
     * @param ownerArn a load balancer or target group
     * @param key an attribute key
     * @param fallback the value when absent or not a number
     * @return the number
     */
    int number(String ownerArn, String key, int fallback) {
        String v = get(ownerArn, key);
        try {
            return v == null ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * @param targetGroupArn a target group
     * @return its routing attributes, AWS defaults where it lists none
     */
    TargetGroupAttributes targetGroup(String targetGroupArn) {
        Algorithm algorithm = Algorithm.ROUND_ROBIN;
        String a = get(targetGroupArn, "load_balancing.algorithm.type");
        if ("least_outstanding_requests".equals(a)) {
            algorithm = Algorithm.LEAST_OUTSTANDING_REQUESTS;
        } else if ("weighted_random".equals(a)) {
            algorithm = Algorithm.WEIGHTED_RANDOM;
        }
        Stickiness stickiness = Stickiness.NONE;
        int duration = 0;
        String cookie = null;
        if ("true".equals(get(targetGroupArn, "stickiness.enabled"))) {
            String type = get(targetGroupArn, "stickiness.type");
            if ("app_cookie".equals(type)) {
                stickiness = Stickiness.APP_COOKIE;
                duration = number(targetGroupArn, "stickiness.app_cookie.duration_seconds", 0);
                cookie = get(targetGroupArn, "stickiness.app_cookie.cookie_name");
            } else if ("source_ip".equals(type)) {
                stickiness = Stickiness.SOURCE_IP;
            } else {
                stickiness = Stickiness.LB_COOKIE;
                duration = number(targetGroupArn, "stickiness.lb_cookie.duration_seconds", 0);
            }
        }
        CrossZone crossZone = CrossZone.USE_LOAD_BALANCER;
        String cz = get(targetGroupArn, "load_balancing.cross_zone.enabled");
        if ("true".equals(cz)) {
            crossZone = CrossZone.ON;
        } else if ("false".equals(cz)) {
            crossZone = CrossZone.OFF;
        }
        String preserve = get(targetGroupArn, "preserve_client_ip.enabled");
        Boolean preserveClientIp = preserve == null ? null : Boolean.valueOf("true".equals(preserve));
        return new TargetGroupAttributes(algorithm, stickiness, duration, cookie,
                number(targetGroupArn, "deregistration_delay.timeout_seconds", 300),
                number(targetGroupArn, "slow_start.duration_seconds", 0), crossZone, preserveClientIp,
                number(targetGroupArn, "target_group_health.unhealthy_state_routing.minimum_healthy_targets.count", 1));
    }
}
