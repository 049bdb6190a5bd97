package dev.vpclab.model.resource;

import java.util.List;

/**
 * An EC2 Auto Scaling group: keeps between min and max instances (desired now) spread over its subnets' zones,
 * registers them with its target groups, replaces unhealthy ones and follows its scaling policies.
 *
 * @param id "asg-…" or the group name
 * @param name the group name
 * @param launchTemplate what it launches
 * @param minSize minimum
 * @param desiredCapacity desired now
 * @param maxSize maximum
 * @param subnetIds its subnets (the VPC zone identifier)
 * @param targetGroupIds target groups its instances join
 * @param healthCheckType EC2 or ELB
 * @param healthCheckGracePeriodSeconds grace period
 * @param defaultCooldownSeconds cooldown for simple policies (default 300)
 * @param defaultInstanceWarmupSeconds instance warm-up (0 when not set)
 * @param policies scaling policies
 */
public record AutoScalingGroup(String id, String name, LaunchTemplate launchTemplate, int minSize, int desiredCapacity,
                               int maxSize, List<String> subnetIds, List<String> targetGroupIds,
                               HealthCheckType healthCheckType, int healthCheckGracePeriodSeconds,
                               int defaultCooldownSeconds, int defaultInstanceWarmupSeconds,
                               List<ScalingPolicy> policies) implements Resource {

    /** Health-check types. */
    public enum HealthCheckType { EC2, ELB }

    /** Validates. */
    public AutoScalingGroup {
        Req.id(id, "Auto Scaling group");
        name = Req.name(name);
        launchTemplate = Req.nonNull(launchTemplate, LaunchTemplate.DEFAULT);
        if (minSize < 0 || maxSize < 0 || desiredCapacity < 0) {
            throw new IllegalArgumentException("Auto Scaling group " + id + ": sizes cannot be negative");
        }
        subnetIds = Req.list(subnetIds);
        targetGroupIds = Req.list(targetGroupIds);
        healthCheckType = Req.nonNull(healthCheckType, HealthCheckType.EC2);
        Req.range(healthCheckGracePeriodSeconds, 0, 7200, "health-check grace period (s)");
        if (defaultCooldownSeconds <= 0) {
            defaultCooldownSeconds = 300;
        }
        Req.range(defaultInstanceWarmupSeconds, 0, 3600, "instance warm-up (s)");
        policies = Req.list(policies);
    }
}
