package dev.vpclab.model.resource;

/**
 * The attributes of a target group that change how traffic is spread.
 *
 * @param algorithm round robin, least outstanding requests or weighted random (ALB); NLB uses a flow hash
 * @param stickiness off, lb_cookie, app_cookie or source_ip
 * @param stickinessDurationSeconds 1 s – 7 days
 * @param appCookieName for app_cookie stickiness
 * @param deregistrationDelaySeconds 0–3600, default 300
 * @param slowStartSeconds 0 (off) or 30–900
 * @param crossZone inherit from the load balancer, on, or off
 * @param preserveClientIp NLB client IP preservation; null means the AWS default for the target type and protocol
 * @param minimumHealthyTargets below this many healthy targets the group fails open (default 1)
 */
public record TargetGroupAttributes(Algorithm algorithm, Stickiness stickiness, int stickinessDurationSeconds,
                                    String appCookieName, int deregistrationDelaySeconds, int slowStartSeconds,
                                    CrossZone crossZone, Boolean preserveClientIp, int minimumHealthyTargets) {

    /** ALB routing algorithms. */
    public enum Algorithm { ROUND_ROBIN, LEAST_OUTSTANDING_REQUESTS, WEIGHTED_RANDOM }

    /** Sticky-session types. */
    public enum Stickiness { NONE, LB_COOKIE, APP_COOKIE, SOURCE_IP }

    /** Target-group level cross-zone setting. */
    public enum CrossZone { USE_LOAD_BALANCER, ON, OFF }

    /** AWS defaults. */
    public static final TargetGroupAttributes DEFAULT =
            new TargetGroupAttributes(Algorithm.ROUND_ROBIN, Stickiness.NONE, 86400, null, 300, 0, CrossZone.USE_LOAD_BALANCER, null, 1);

    /** Validates. */
    public TargetGroupAttributes {
        algorithm = Req.nonNull(algorithm, Algorithm.ROUND_ROBIN);
        stickiness = Req.nonNull(stickiness, Stickiness.NONE);
        if (stickinessDurationSeconds == 0) {
            stickinessDurationSeconds = 86400;
        }
        Req.range(stickinessDurationSeconds, 1, 604800, "stickiness duration (s)");
        appCookieName = Req.optRef(appCookieName);
        Req.range(deregistrationDelaySeconds, 0, 3600, "deregistration delay (s)");
        if (slowStartSeconds != 0) {
            Req.range(slowStartSeconds, 30, 900, "slow start (s)");
        }
        crossZone = Req.nonNull(crossZone, CrossZone.USE_LOAD_BALANCER);
        if (minimumHealthyTargets < 1) {
            minimumHealthyTargets = 1;
        }
    }
}
