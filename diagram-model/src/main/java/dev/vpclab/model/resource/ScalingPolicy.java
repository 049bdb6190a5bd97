package dev.vpclab.model.resource;

import java.util.List;

/**
 * A scaling policy of an Auto Scaling group.
 *
 * @param name policy name, unique in the group
 * @param type target tracking, step or simple
 * @param metric for target tracking, the predefined metric
 * @param targetValue for target tracking, the value to hold
 * @param disableScaleIn for target tracking, only scale out
 * @param adjustmentType for step and simple policies
 * @param scalingAdjustment for simple policies
 * @param steps for step policies, by breach size
 * @param cooldownSeconds for simple policies, 0 for the group default
 * @param estimatedWarmupSeconds for target tracking and step, 0 for the group default
 */
public record ScalingPolicy(String name, PolicyType type, PredefinedMetric metric, double targetValue,
                            boolean disableScaleIn, AdjustmentType adjustmentType, int scalingAdjustment,
                            List<StepAdjustment> steps, int cooldownSeconds, int estimatedWarmupSeconds) {

    /** Policy types. */
    public enum PolicyType { TARGET_TRACKING, STEP, SIMPLE }

    /** Predefined target-tracking metrics. */
    public enum PredefinedMetric { ASG_AVERAGE_CPU_UTILIZATION, ASG_AVERAGE_NETWORK_IN, ASG_AVERAGE_NETWORK_OUT, ALB_REQUEST_COUNT_PER_TARGET }

    /** How step and simple adjustments are read. */
    public enum AdjustmentType { CHANGE_IN_CAPACITY, EXACT_CAPACITY, PERCENT_CHANGE_IN_CAPACITY }

    /**
     * One step of a step policy: applies when the metric minus the threshold lies in [lower, upper).
     *
     * @param lowerBound lower bound relative to the threshold, or null for −∞
     * @param upperBound upper bound relative to the threshold, or null for +∞
     * @param adjustment the adjustment
     */
    public record StepAdjustment(Double lowerBound, Double upperBound, int adjustment) {
    }

    /** Validates. */
    public ScalingPolicy {
        name = Req.ref(name, "the scaling policy's name");
        type = Req.nonNull(type, PolicyType.TARGET_TRACKING);
        if (type == PolicyType.TARGET_TRACKING && metric == null) {
            metric = PredefinedMetric.ASG_AVERAGE_CPU_UTILIZATION;
        }
        adjustmentType = Req.nonNull(adjustmentType, AdjustmentType.CHANGE_IN_CAPACITY);
        steps = Req.list(steps);
        if (cooldownSeconds < 0 || estimatedWarmupSeconds < 0) {
            throw new IllegalArgumentException("scaling policy " + name + ": cooldown and warm-up cannot be negative");
        }
    }
}
