package dev.vpclab.engine.lb;

import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import java.util.List;

/**
 * A target group with its targets resolved, and the attributes whose AWS defaults depend on the load balancer:
 * cross-zone (ALB on unless the group turns it off; NLB off unless turned on) and NLB client IP preservation
 * (on for instance targets and for IP targets over UDP/TCP_UDP, off for IP targets over TCP/TLS)
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html">NLB
 * target groups</a>, <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/disable-cross-zone.html">ALB
 * cross-zone</a>).
 */
public final class CompiledTargetGroup {

    private final TargetGroup group;
    private final List<ResolvedTarget> targets;

    /**
     * @param group the target group
     * @param targets its targets in registration order
     */
    public CompiledTargetGroup(TargetGroup group, List<ResolvedTarget> targets) {
        this.group = group;
        this.targets = List.copyOf(targets);
    }

    /** @return the target group */
    public TargetGroup group() {
        return group;
    }

    /** @return its id */
    public String id() {
        return group.id();
    }

    /** @return its targets in registration order */
    public List<ResolvedTarget> targets() {
        return targets;
    }

    /**
     * @param lb the load balancer forwarding to it
     * @return whether cross-zone load balancing is in effect
     */
    public boolean crossZone(LoadBalancer lb) {
        TargetGroupAttributes.CrossZone setting = group.attributes().crossZone();
        if (setting == TargetGroupAttributes.CrossZone.ON) {
            return true;
        }
        if (setting == TargetGroupAttributes.CrossZone.OFF) {
            return false;
        }
        return lb.isApplication() || lb.crossZone();
    }

    /**
     * @param lb the load balancer forwarding to it
     * @return whether targets see the client's address (NLB only; an ALB always proxies)
     */
    public boolean preservesClientIp(LoadBalancer lb) {
        if (lb.isApplication()) {
            return false;
        }
        Boolean set = group.attributes().preserveClientIp();
        if (set != null) {
            return set;
        }
        if (group.targetType() == TargetGroup.TargetType.INSTANCE) {
            return true;
        }
        return group.protocol() == Listener.ListenerProtocol.UDP || group.protocol() == Listener.ListenerProtocol.TCP_UDP;
    }

    /** @return the Name or id */
    public String label() {
        return group.label();
    }

    @Override
    public String toString() {
        return group.id();
    }
}
