package dev.vpclab.sim;

import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.sim.alarm.AlarmMonitor;
import java.util.List;
import java.util.Map;

/**
 * A target-tracking policy with the two alarms AWS creates and manages for it: a high alarm (3 of 3 one-minute
 * datapoints above the target) that scales out in proportion to the metric, and a low alarm (15 of 15 below 90 %
 * of the target) that scales in, unless scale-in is disabled
 * (<a href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-target-tracking.html">target
 * tracking</a>; the alarm shapes are those commonly observed, not documented).
 */
final class TargetTrackingPolicy {

    final ScalingPolicy policy;
    final AlarmMonitor high;
    final AlarmMonitor low;
    final String metricLabel;

    /**
     * @param group the group
     * @param policy the policy
     * @param targetGroupDimension for ALBRequestCountPerTarget, the target group's dimension
     */
    TargetTrackingPolicy(AutoScalingGroupModel group, ScalingPolicy policy, String targetGroupDimension) {
        this.policy = policy;
        boolean requests = policy.metric() == ScalingPolicy.PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET && targetGroupDimension != null;
        String namespace = requests ? MetricNames.ALB : MetricNames.EC2;
        String metric;
        switch (requests ? ScalingPolicy.PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET : policy.metric()) {
            case ALB_REQUEST_COUNT_PER_TARGET: metric = "RequestCountPerTarget"; break;
            case ASG_AVERAGE_NETWORK_IN: metric = "NetworkIn"; break;
            case ASG_AVERAGE_NETWORK_OUT: metric = "NetworkOut"; break;
            default: metric = "CPUUtilization"; break;
        }
        Map<String, String> dims = requests ? Map.of(MetricNames.TARGET_GROUP, targetGroupDimension)
                : Map.of(MetricNames.AUTO_SCALING_GROUP, group.id());
        String statistic = requests ? "Sum" : "Average";
        String base = "TargetTracking-" + group.id() + "-";
        Alarm h = new Alarm(base + "AlarmHigh-" + policy.name(), base + "AlarmHigh-" + policy.name(), namespace, metric, dims, statistic, 60,
                3, 3, policy.targetValue(), Alarm.Comparison.GREATER_THAN_THRESHOLD, Alarm.TreatMissingData.MISSING, List.of(), List.of());
        this.high = new AlarmMonitor(h, dims);
        if (policy.disableScaleIn()) {
            this.low = null;
        } else {
            Alarm l = new Alarm(base + "AlarmLow-" + policy.name(), base + "AlarmLow-" + policy.name(), namespace, metric, dims, statistic,
                    60, 15, 15, policy.targetValue() * 0.9, Alarm.Comparison.LESS_THAN_THRESHOLD, Alarm.TreatMissingData.MISSING, List.of(),
                    List.of());
            this.low = new AlarmMonitor(l, dims);
        }
        this.metricLabel = requests ? "ALBRequestCountPerTarget" : metricName(policy.metric());
    }

    private static String metricName(ScalingPolicy.PredefinedMetric m) {
        switch (m) {
            case ASG_AVERAGE_NETWORK_IN: return "ASGAverageNetworkIn";
            case ASG_AVERAGE_NETWORK_OUT: return "ASGAverageNetworkOut";
            default: return "ASGAverageCPUUtilization";
        }
    }

    /** @return the value the policy holds */
    double target() {
        return policy.targetValue();
    }
}
