package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.TargetGroup;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CloudWatch alarms: a dimension that names a resource (InstanceId, AutoScalingGroupName, DBInstanceIdentifier,
 * LoadBalancer, TargetGroup, NatGatewayId) must name one in the document, or the alarm watches a metric no one
 * publishes and stays INSUFFICIENT_DATA; an Auto Scaling action "group/policy" must name an existing policy.
 * Load balancer and target group dimensions are the tail of the ARN ("app/name/id", "targetgroup/name/id",
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html).
 */
final class MonitoringChecks implements Check {

    static final String DIMENSION_MISSING = "validation.alarm.dimensionMissing";
    static final String ACTION_MISSING = "validation.alarm.actionMissing";

    @Override
    public Set<String> keys() {
        return Set.of(DIMENSION_MISSING, ACTION_MISSING);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        List<Alarm> alarms = doc.all(Alarm.class);
        if (alarms.isEmpty()) {
            return;
        }
        Map<String, Set<String>> known = knownDimensionValues(doc);
        Map<String, AutoScalingGroup> groups = new HashMap<>();
        for (AutoScalingGroup g : doc.all(AutoScalingGroup.class)) {
            groups.putIfAbsent(g.id(), g);
            groups.putIfAbsent(g.name(), g);
        }
        for (Alarm a : alarms) {
            a.dimensions().forEach((name, value) -> {
                Set<String> values = known.get(name);
                if (values != null && !values.contains(value)) {
                    problems.warning(a.id(), "dimensions." + name, DIMENSION_MISSING, a.label(), name, value);
                }
            });
            actions(a, "alarmActions", a.alarmActions(), groups, problems);
            actions(a, "okActions", a.okActions(), groups, problems);
        }
    }

    private static void actions(Alarm a, String field, List<String> actions, Map<String, AutoScalingGroup> groups,
                                Problems problems) {
        for (int i = 0; i < actions.size(); i++) {
            String action = actions.get(i);
            int slash = action.lastIndexOf('/');
            if (action.startsWith("arn:") || slash <= 0) {
                continue;
            }
            AutoScalingGroup g = groups.get(action.substring(0, slash));
            String policy = action.substring(slash + 1);
            if (g == null || g.policies().stream().map(ScalingPolicy::name).noneMatch(policy::equals)) {
                problems.warning(a.id(), field + "[" + i + "]", ACTION_MISSING, a.label(), action);
            }
        }
    }

    /** Every value each resource-naming dimension may take in this document. */
    private static Map<String, Set<String>> knownDimensionValues(Document doc) {
        Map<String, Set<String>> known = new HashMap<>();
        known.put("InstanceId", ids(doc.all(Instance.class)));
        known.put("DBInstanceIdentifier", ids(doc.all(DbInstance.class)));
        known.put("NatGatewayId", ids(doc.all(NatGateway.class)));
        Set<String> groups = new HashSet<>();
        doc.all(AutoScalingGroup.class).forEach(g -> {
            groups.add(g.id());
            groups.add(g.name());
        });
        known.put("AutoScalingGroupName", groups);
        Set<String> lbs = new HashSet<>();
        doc.all(LoadBalancer.class).forEach(lb -> {
            lbs.add(lb.id());
            lbs.add(lb.name());
            lbs.add(arnTail(lb.id(), ":loadbalancer/"));
        });
        known.put("LoadBalancer", lbs);
        Set<String> tgs = new HashSet<>();
        doc.all(TargetGroup.class).forEach(tg -> {
            tgs.add(tg.id());
            tgs.add(tg.name());
            tgs.add(arnTail(tg.id(), ":"));
        });
        known.put("TargetGroup", tgs);
        return known;
    }

    private static Set<String> ids(List<? extends Resource> resources) {
        Set<String> out = new HashSet<>();
        resources.forEach(r -> out.add(r.id()));
        return out;
    }

    /** "arn:…:loadbalancer/app/web/123" after ":loadbalancer/" → "app/web/123"; ids that are not ARNs stay. */
    private static String arnTail(String id, String marker) {
        int at = id.lastIndexOf(marker);
        return at < 0 ? id : id.substring(at + marker.length());
    }
}
