package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.sim.alarm.AlarmMonitor;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * EC2 Auto Scaling: keeps each group at its desired capacity, launching into the enabled zone with the fewest
 * instances (another zone when that one has failed) and terminating from the zone with the most, oldest first
 * (<a href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-termination-policies.html">termination
 * policies</a>); replaces instances found unhealthy by the EC2 check (not running) or, for ELB health checks, by a
 * target group once the grace period has passed
 * (<a href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html">health
 * checks</a>); and follows its policies: target tracking (scale out in proportion to the metric of the instances past
 * their warm-up when the high alarm is in ALARM — warming instances already count in the desired capacity; scale in only when every target-tracking policy's low alarm agrees, nothing is
 * warming and the group's default cooldown has passed, by at most a tenth of the capacity — at least one
 * instance — at a time, as AWS scales in conservatively), step scaling (steps by breach size; while instances warm
 * up only the capacity beyond them is added) and simple scaling (one adjustment, then the cooldown)
 * (<a href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html">step and simple
 * scaling</a>).
 */
final class AutoScaling {

    /**
     * How often Auto Scaling checks the health of a group's instances, in seconds (AWS does not publish the period;
     * half a minute lets a load balancer notice a dead target first, as it does on AWS).
     */
    static final int HEALTH_CHECK_INTERVAL = 30;

    private final World w;
    private final Lifecycle life;

    AutoScaling(World w, Lifecycle life) {
        this.w = w;
        this.life = life;
    }

    /**
     * Health checks every {@value #HEALTH_CHECK_INTERVAL} s, then keeps each group at its desired capacity.
     *
     * @param now the time
     */
    void tick(long now) {
        for (AutoScalingGroupModel g : w.groups) {
            if (g.nextHealthCheck == 0) {
                g.nextHealthCheck = HEALTH_CHECK_INTERVAL / 2 + 1;
            }
            if (now >= g.nextHealthCheck) {
                g.nextHealthCheck = now + HEALTH_CHECK_INTERVAL;
                healthCheck(g, now);
            }
            reconcile(g, now, null);
        }
    }

    private void healthCheck(AutoScalingGroupModel g, long now) {
        for (Host h : g.active()) {
            String check = null;
            String why = null;
            if (h.state != Instance.State.RUNNING && h.state != Instance.State.PENDING) {
                check = "EC2";
                why = h.state.name().toLowerCase(Locale.ROOT).replace('_', '-');
            } else if (g.group.healthCheckType() == AutoScalingGroup.HealthCheckType.ELB && h.inService
                    && now >= h.inServiceAt + g.group.healthCheckGracePeriodSeconds() && unhealthyTarget(g, h)) {
                check = "ELB";
                why = "Target.FailedHealthChecks";
            }
            if (check != null) {
                w.activities.add(new ScalingActivity(now, g.id(), Message.of("sim.activity.terminate.unhealthy", h.id, h.zone, check, why)));
                life.terminate(h, now);
                String replaced = h.id;
                reconcile(g, now, (id, zone) -> Message.of("sim.activity.launch.replace", id, zone, replaced));
            }
        }
    }

    private boolean unhealthyTarget(AutoScalingGroupModel g, Host h) {
        if (w.lb == null) {
            return false;
        }
        for (TargetGroupModel tg : w.lb.groups) {
            if (!g.group.targetGroupIds().contains(tg.group.id())) {
                continue;
            }
            for (TargetSlot s : tg.slots) {
                if (s.host == h && s.registered && s.state == TargetHealth.UNHEALTHY) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Launches or terminates until the group has its desired capacity.
     *
     * @param g the group
     * @param now the time
     * @param cause why, for the activity log, or null for "to reach the desired capacity"
     */
    void reconcile(AutoScalingGroupModel g, long now, BiFunction<String, String, Message> cause) {
        List<Host> active = g.active();
        int deficit = g.desired - active.size();
        for (int i = 0; i < deficit; i++) {
            Subnet s = chooseSubnet(g, now);
            if (s == null || life.launch(g, s, now, cause != null ? cause
                    : (id, zone) -> Message.of("sim.activity.launch.capacity", id, zone, g.desired)) == null) {
                break;
            }
        }
        for (int i = 0; i < -deficit; i++) {
            Host victim = chooseVictim(g);
            if (victim == null) {
                break;
            }
            w.activities.add(new ScalingActivity(now, g.id(), cause != null ? cause.apply(victim.id, victim.zone)
                    : Message.of("sim.activity.terminate.capacity", victim.id, victim.zone, g.desired)));
            life.terminate(victim, now);
        }
    }

    private Subnet chooseSubnet(AutoScalingGroupModel g, long now) {
        Subnet best = null;
        int bestCount = Integer.MAX_VALUE;
        String failedChoice = null;
        int failedCount = Integer.MAX_VALUE;
        for (Subnet s : g.subnets) {
            int count = 0;
            for (Host h : g.active()) {
                if (s.availabilityZoneId().equals(h.zone)) {
                    count++;
                }
            }
            int z = w.zone(s.availabilityZoneId());
            if (z >= 0 && w.failedZones[z]) {
                if (count < failedCount) {
                    failedCount = count;
                    failedChoice = s.availabilityZoneId();
                }
                continue;
            }
            if (count < bestCount) {
                best = s;
                bestCount = count;
            }
        }
        if (failedChoice != null && failedCount < bestCount && now >= g.lastFailureNote + 60) {
            g.lastFailureNote = now;
            w.activities.add(new ScalingActivity(now, g.id(), best == null ? Message.of("sim.activity.noZone", failedChoice)
                    : Message.of("sim.activity.launchFailed", failedChoice, best.availabilityZoneId())));
        }
        return best;
    }

    private static Host chooseVictim(AutoScalingGroupModel g) {
        List<Host> active = g.active();
        if (active.isEmpty()) {
            return null;
        }
        String zone = null;
        int most = -1;
        for (Host h : active) {
            int n = 0;
            for (Host o : active) {
                if (o.zone.equals(h.zone)) {
                    n++;
                }
            }
            if (n > most || (n == most && h.zone.compareTo(zone) < 0)) {
                most = n;
                zone = h.zone;
            }
        }
        Host oldest = null;
        for (Host h : active) {
            if (h.zone.equals(zone) && (oldest == null || h.launchedAt < oldest.launchedAt)) {
                oldest = h;
            }
        }
        return oldest;
    }

    /**
     * Target-tracking decisions, after the minute's alarms were evaluated.
     *
     * @param now the time
     */
    void minute(long now) {
        for (AutoScalingGroupModel g : w.groups) {
            if (g.targetTracking.isEmpty()) {
                continue;
            }
            int measured = Math.max(1, g.measured(now));
            int out = g.desired;
            TargetTrackingPolicy why = null;
            boolean allLow = true;
            int in = g.group.minSize();
            for (TargetTrackingPolicy tt : g.targetTracking) {
                double value = tt.high.lastEvaluation() == null ? Double.NaN : tt.high.lastEvaluation().latest();
                if (tt.high.inAlarm() && !Double.isNaN(value)) {
                    int want = (int) Math.ceil(measured * value / tt.target() - 1e-9);
                    if (want > out) {
                        out = want;
                        why = tt;
                    }
                }
                allLow &= tt.low != null && tt.low.inAlarm() && !tt.high.inAlarm() && !Double.isNaN(value);
                if (!Double.isNaN(value)) {
                    in = Math.max(in, (int) Math.ceil(measured * value / tt.target() - 1e-9));
                }
            }
            if (why != null) {
                TargetTrackingPolicy tt = why;
                double v = tt.high.lastEvaluation().latest();
                setDesired(g, out, now, (id, zone) -> Message.of("sim.activity.launch.targetTracking", id, zone, tt.policy.name(),
                        tt.metricLabel, value(tt, v), value(tt, tt.target())));
            } else if (allLow && g.warmingCount(now) == 0 && now >= g.scaleInCooldownUntil && g.desired > g.group.minSize()) {
                int want = Math.max(in, g.desired - Math.max(1, g.desired / 10));
                if (want < g.desired) {
                    TargetTrackingPolicy tt = g.targetTracking.get(0);
                    double v = tt.low.lastEvaluation().latest();
                    g.scaleInCooldownUntil = now + g.group.defaultCooldownSeconds();
                    setDesired(g, want, now, (id, zone) -> Message.of("sim.activity.terminate.targetTracking", id, zone, tt.policy.name(),
                            tt.metricLabel, value(tt, v), value(tt, tt.low.alarm().threshold())));
                }
            }
        }
    }

    /**
     * An alarm action naming a group's step or simple policy ("asg-id/policy-name"), fired on entering ALARM and
     * again at every evaluation while the alarm stays there.
     *
     * @param now the time
     * @param alarm the alarm
     * @param action the action text
     */
    void alarmAction(long now, AlarmMonitor alarm, String action) {
        String[] ref = policyReference(action);
        if (ref == null) {
            return;
        }
        for (AutoScalingGroupModel g : w.groups) {
            if (!g.id().equals(ref[0]) && !g.group.name().equals(ref[0])) {
                continue;
            }
            ScalingPolicy p = g.policy(ref[1]);
            if (p == null || p.type() == ScalingPolicy.PolicyType.TARGET_TRACKING) {
                return;
            }
            double value = alarm.lastEvaluation() == null ? Double.NaN : alarm.lastEvaluation().latest();
            int adjustment = p.scalingAdjustment();
            if (p.type() == ScalingPolicy.PolicyType.STEP) {
                double breach = value - alarm.alarm().threshold();
                Integer step = step(p, breach);
                if (step == null) {
                    return;
                }
                adjustment = step;
            } else if (now < g.cooldownUntil) {
                return;
            }
            int warming = g.warmingCount(now);
            int want = apply(p.adjustmentType(), p.type() == ScalingPolicy.PolicyType.STEP && warming > 0 ? g.desired - warming : g.desired,
                    adjustment);
            if (want < g.desired && p.type() == ScalingPolicy.PolicyType.STEP && warming > 0) {
                return;
            }
            if (p.type() == ScalingPolicy.PolicyType.SIMPLE && want != g.desired) {
                int cooldown = p.cooldownSeconds() > 0 ? p.cooldownSeconds() : g.group.defaultCooldownSeconds();
                g.cooldownUntil = now + cooldown + (want > g.desired ? w.workload.bootSeconds() : 0);
            }
            String key = p.type() == ScalingPolicy.PolicyType.STEP ? "step" : "simple";
            String alarmName = alarm.alarm().name();
            String shown = Double.isNaN(value) ? "-" : number(value);
            String prefix = want > g.desired ? "sim.activity.launch." : "sim.activity.terminate.";
            setDesired(g, want, now, (id, zone) -> Message.of(prefix + key, id, zone, p.name(), alarmName, shown));
            return;
        }
    }

    private void setDesired(AutoScalingGroupModel g, int want, long now, BiFunction<String, String, Message> cause) {
        int clamped = Math.max(g.group.minSize(), Math.min(g.group.maxSize(), want));
        if (clamped == g.desired) {
            return;
        }
        g.desired = clamped;
        reconcile(g, now, cause);
    }

    private static Integer step(ScalingPolicy p, double breach) {
        for (ScalingPolicy.StepAdjustment s : p.steps()) {
            boolean above = s.lowerBound() == null || breach >= s.lowerBound();
            boolean below = s.upperBound() == null || breach < s.upperBound();
            if (above && below) {
                return s.adjustment();
            }
        }
        return p.steps().isEmpty() ? p.scalingAdjustment() : null;
    }

    /**
     * @param type how to read the adjustment
     * @param current the capacity it applies to
     * @param adjustment the adjustment
     * @return the new capacity (unclamped)
     */
    static int apply(ScalingPolicy.AdjustmentType type, int current, int adjustment) {
        switch (type) {
            case EXACT_CAPACITY:
                return adjustment;
            case PERCENT_CHANGE_IN_CAPACITY:
                int d = (int) Math.round(current * adjustment / 100.0);
                if (d == 0 && adjustment != 0) {
                    d = adjustment > 0 ? 1 : -1;
                }
                return current + d;
            default:
                return current + adjustment;
        }
    }

    /**
     * @param action "asg-id/policy" or an Auto Scaling policy ARN ("…:autoScalingGroupName/NAME:policyName/POLICY")
     * @return group and policy, or null when the action names no policy
     */
    static String[] policyReference(String action) {
        int g = action.indexOf("autoScalingGroupName/");
        int p = action.indexOf(":policyName/");
        if (g >= 0 && p > g) {
            return new String[] {action.substring(g + "autoScalingGroupName/".length(), p), action.substring(p + ":policyName/".length())};
        }
        if (action.startsWith("arn:")) {
            return null;
        }
        int slash = action.indexOf('/');
        return slash <= 0 || slash == action.length() - 1 ? null : new String[] {action.substring(0, slash), action.substring(slash + 1)};
    }

    private static String value(TargetTrackingPolicy tt, double v) {
        return tt.metricLabel.contains("CPU") ? String.format(Locale.ROOT, "%.1f %%", v) : number(v);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
