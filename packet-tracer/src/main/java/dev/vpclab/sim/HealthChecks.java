package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.HealthCheck;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;

/**
 * Target-group health checks: every interval each registered target is checked from the load balancer's nodes on
 * the health-check port. A check passes when every node that is up reaches the target and gets its reply, the
 * application is serving, it answers within the timeout, and (HTTP/HTTPS) its status fits the matcher. A new
 * target becomes healthy after one passing check (or unhealthy after the unhealthy threshold of failures); a
 * healthy one becomes unhealthy after {@code unhealthyThreshold} consecutive failures, an unhealthy one healthy
 * after {@code healthyThreshold} consecutive passes, with the AWS reason codes
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html">target
 * group health checks</a>). A newly healthy target starts its slow start when another healthy target is not in
 * slow start.
 */
final class HealthChecks {

    private final World w;

    HealthChecks(World w) {
        this.w = w;
    }

    /**
     * Runs the checks that are due.
     *
     * @param now the time
     */
    void tick(long now) {
        LoadBalancerModel lb = w.lb;
        if (lb == null) {
            return;
        }
        for (TargetGroupModel tg : lb.groups) {
            HealthCheck hc = tg.group.healthCheck();
            for (TargetSlot s : tg.slots) {
                if (!s.registered || s.state == TargetHealth.DRAINING || s.state == TargetHealth.UNUSED || now < s.nextCheck) {
                    continue;
                }
                s.nextCheck = now + hc.intervalSeconds();
                apply(tg, s, check(s, hc, now), now);
            }
        }
    }

    /**
     * The first state of a target that was registered before the run: AWS's reported health when the document has
     * it, otherwise what a check finds now (the network has been running for a while).
     *
     * @param tg its group
     * @param s the target
     * @param now the time
     */
    void settle(TargetGroupModel tg, TargetSlot s, long now) {
        if (s.state == TargetHealth.UNUSED) {
            return;
        }
        Message failure = check(s, tg.group.healthCheck(), now);
        s.state = failure == null ? TargetHealth.HEALTHY : TargetHealth.UNHEALTHY;
        s.reason = failure;
        if (s.state == TargetHealth.HEALTHY) {
            s.healthySince = now - 3600;
        }
        tg.dirty = true;
    }

    private void apply(TargetGroupModel tg, TargetSlot s, Message failure, long now) {
        HealthCheck hc = tg.group.healthCheck();
        TargetHealth before = s.state;
        if (failure == null) {
            s.fails = 0;
            s.passes++;
            if (before == TargetHealth.INITIAL || (before == TargetHealth.UNHEALTHY && s.passes >= hc.healthyThreshold())) {
                becomeHealthy(tg, s, now);
            }
        } else {
            s.passes = 0;
            s.fails++;
            s.reason = failure;
            if ((before == TargetHealth.HEALTHY || before == TargetHealth.INITIAL) && s.fails >= hc.unhealthyThreshold()) {
                s.state = TargetHealth.UNHEALTHY;
            }
        }
        if (s.state != before) {
            tg.dirty = true;
            w.event(now, s.host.id, "sim.event.targetHealth", s.host.id, tg.group.label(), before.name().toLowerCase(java.util.Locale.ROOT),
                    s.state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void becomeHealthy(TargetGroupModel tg, TargetSlot s, long now) {
        s.state = TargetHealth.HEALTHY;
        s.reason = null;
        s.passes = 0;
        s.healthySince = now;
        int slow = tg.attributes().slowStartSeconds();
        boolean other = false;
        for (TargetSlot o : tg.slots) {
            other |= o != s && o.registered && o.state == TargetHealth.HEALTHY && o.slowStartUntil <= now;
        }
        s.slowStartUntil = slow > 0 && other ? now + slow : now;
    }

    /**
     * @param s a target
     * @param hc its group's health check
     * @param now the time
     * @return null when the check passes, else the reason it fails
     */
    Message check(TargetSlot s, HealthCheck hc, long now) {
        Host h = s.host;
        if (h.state != Instance.State.RUNNING) {
            return Message.of("sim.target.reason.timeout", h.state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        if (!h.serving(now)) {
            return Message.of("sim.target.reason.refused");
        }
        LoadBalancerModel lb = w.lb;
        for (int n = 0; n < lb.nodes.length; n++) {
            if (lb.nodeUp[n] && (n >= s.healthOk.length || !s.healthOk[n])) {
                return Message.of("sim.target.reason.blocked", lb.zoneName(n), s.healthPort);
            }
        }
        if (h.waitAt(0) + w.workload.serviceMillis() / 1000.0 > hc.timeoutSeconds()) {
            return Message.of("sim.target.reason.slow", hc.timeoutSeconds());
        }
        boolean http = hc.protocol() == Listener.ListenerProtocol.HTTP || hc.protocol() == Listener.ListenerProtocol.HTTPS;
        if (http && !hc.matches(w.workload.healthStatus())) {
            return Message.of("sim.target.reason.status", w.workload.healthStatus(), hc.matcher());
        }
        return null;
    }
}
