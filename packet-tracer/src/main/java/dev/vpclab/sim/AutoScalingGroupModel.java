package dev.vpclab.sim;

import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * An Auto Scaling group at run time: its capacity (min ≤ desired ≤ max), its instances in launch order, its
 * subnets by zone, its target-tracking policies with their managed alarms, and its cooldown clocks.
 */
final class AutoScalingGroupModel {

    final AutoScalingGroup group;
    final List<Subnet> subnets;
    final List<Host> instances = new ArrayList<>();
    final List<TargetTrackingPolicy> targetTracking = new ArrayList<>();
    final int warmupSeconds;
    final boolean detailedMonitoring;
    int desired;
    long cooldownUntil;
    long scaleInCooldownUntil;
    long lastFailureNote = Long.MIN_VALUE;
    long nextHealthCheck;

    AutoScalingGroupModel(AutoScalingGroup group, List<Subnet> subnets, boolean detailedMonitoring) {
        this.group = group;
        this.subnets = List.copyOf(subnets);
        this.desired = Math.max(group.minSize(), Math.min(group.maxSize(), group.desiredCapacity()));
        int warm = group.defaultInstanceWarmupSeconds();
        for (ScalingPolicy p : group.policies()) {
            if (warm == 0 && p.estimatedWarmupSeconds() > 0) {
                warm = p.estimatedWarmupSeconds();
            }
        }
        this.warmupSeconds = warm;
        this.detailedMonitoring = detailedMonitoring;
    }

    /** @return its id */
    String id() {
        return group.id();
    }

    /**
     * @param name a policy name
     * @return the policy, or null
     */
    ScalingPolicy policy(String name) {
        for (ScalingPolicy p : group.policies()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** @return instances that count toward the capacity: alive and not being terminated */
    List<Host> active() {
        List<Host> out = new ArrayList<>();
        for (Host h : instances) {
            if (h.alive() && !h.terminating) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * @param h an instance
     * @param now the time
     * @return true while it is still warming up (its metrics do not count yet)
     */
    boolean warming(Host h, long now) {
        return !h.inService || now < h.inServiceAt + warmupSeconds;
    }

    /**
     * @param now the time
     * @return in-service instances past their warm-up, whose metrics count
     */
    int measured(long now) {
        int n = 0;
        for (Host h : active()) {
            if (h.inService && !warming(h, now)) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param now the time
     * @return active instances still pending or warming up
     */
    int warmingCount(long now) {
        int n = 0;
        for (Host h : active()) {
            if (warming(h, now)) {
                n++;
            }
        }
        return n;
    }
}
