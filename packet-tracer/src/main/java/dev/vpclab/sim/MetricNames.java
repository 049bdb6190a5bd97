package dev.vpclab.sim;

import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.TargetGroup;

/**
 * CloudWatch namespaces, metric names and dimension values as AWS publishes them
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html">ALB</a>,
 * <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html">NLB</a>,
 * <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html">EC2</a>,
 * <a href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html">RDS</a>). The simulator adds one
 * namespace of its own, {@value #CLIENT}, for what the simulated clients saw (not an AWS metric).
 */
public final class MetricNames {

    /** Application Load Balancer metrics. */
    public static final String ALB = "AWS/ApplicationELB";
    /** Network Load Balancer metrics. */
    public static final String NLB = "AWS/NetworkELB";
    /** EC2 metrics. */
    public static final String EC2 = "AWS/EC2";
    /** RDS metrics. */
    public static final String RDS = "AWS/RDS";
    /** Auto Scaling group metrics. */
    public static final String AUTO_SCALING = "AWS/AutoScaling";
    /** What the simulated clients saw (VPC Lab's own, not AWS's). */
    public static final String CLIENT = "VPCLab/Client";

    /** Dimension: the load balancer, "app/name/id" or "net/name/id". */
    public static final String LOAD_BALANCER = "LoadBalancer";
    /** Dimension: the target group, "targetgroup/name/id". */
    public static final String TARGET_GROUP = "TargetGroup";
    /** Dimension: an Availability Zone. */
    public static final String AVAILABILITY_ZONE = "AvailabilityZone";
    /** Dimension: an instance id. */
    public static final String INSTANCE_ID = "InstanceId";
    /** Dimension: an Auto Scaling group. */
    public static final String AUTO_SCALING_GROUP = "AutoScalingGroupName";
    /** Dimension: a DB instance identifier. */
    public static final String DB_INSTANCE = "DBInstanceIdentifier";
    /** Dimension of client metrics: the destination. */
    public static final String DESTINATION = "Destination";

    private MetricNames() {
    }

    /**
     * @param lb a load balancer
     * @return its LoadBalancer dimension: the ARN's final part ("app/web-alb/0a1b…"), or "app|net/NAME/ID" for a drawn one
     */
    public static String dimension(LoadBalancer lb) {
        String id = lb.id();
        int i = id.indexOf(":loadbalancer/");
        if (i >= 0) {
            return id.substring(i + ":loadbalancer/".length());
        }
        return (lb.isApplication() ? "app/" : "net/") + (lb.name().isBlank() ? id : lb.name()) + "/" + id;
    }

    /**
     * @param tg a target group
     * @return its TargetGroup dimension: the ARN's final part ("targetgroup/tg-web/5e6f…"), or "targetgroup/NAME/ID"
     */
    public static String dimension(TargetGroup tg) {
        String id = tg.id();
        int i = id.indexOf(":targetgroup/");
        if (i >= 0) {
            return id.substring(i + 1);
        }
        return "targetgroup/" + (tg.name().isBlank() ? id : tg.name()) + "/" + id;
    }
}
