package dev.vpclab.trace.walk;

import dev.vpclab.engine.Packet;
import dev.vpclab.engine.lb.ResolvedTarget;
import dev.vpclab.engine.lb.TargetSelection;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Picks the target for one request, deterministically. Health: the reported health when the document has it;
 * unknown health counts as healthy unless the path from the node to the target (and back) is blocked, which is
 * what a health check would find. An ALB's round robin takes the first healthy target in registration order; an
 * NLB hashes the flow over the healthy targets. With no healthy target the load balancer fails open and uses
 * them all (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html">health
 * checks</a>).
 */
final class TargetChooser {

    private TargetChooser() {
    }

    /**
     * @param target the chosen target
     * @param failOpen true when every candidate was unhealthy
     * @param healthyCount how many candidates were healthy
     */
    record Choice(ResolvedTarget target, boolean failOpen, int healthyCount) {
    }

    /**
     * @param candidates the targets the node may use, in registration order (not empty)
     * @param flowHash true for an NLB
     * @param clientPacket the packet as the node received it (hashed by an NLB)
     * @param pathWorks whether a health check would pass, for targets of unknown health
     * @return the choice
     */
    static Choice choose(List<ResolvedTarget> candidates, boolean flowHash, Packet clientPacket, Predicate<ResolvedTarget> pathWorks) {
        List<ResolvedTarget> healthy = new ArrayList<>(candidates.size());
        for (ResolvedTarget t : candidates) {
            if (healthy(t, pathWorks)) {
                if (!flowHash) {
                    return new Choice(t, false, 1);
                }
                healthy.add(t);
            }
        }
        boolean failOpen = healthy.isEmpty();
        List<ResolvedTarget> pool = failOpen ? candidates : healthy;
        ResolvedTarget pick = flowHash ? pool.get(TargetSelection.flowHash(clientPacket) % pool.size()) : pool.get(0);
        return new Choice(pick, failOpen, healthy.size());
    }

    private static boolean healthy(ResolvedTarget t, Predicate<ResolvedTarget> pathWorks) {
        if (!t.exists()) {
            return false;
        }
        TargetHealth h = t.reportedHealth();
        if (h == TargetHealth.HEALTHY) {
            return true;
        }
        if (h != null && h != TargetHealth.INITIAL) {
            return false;
        }
        return pathWorks.test(t);
    }
}
