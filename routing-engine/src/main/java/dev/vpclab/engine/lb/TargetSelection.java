package dev.vpclab.engine.lb;

import dev.vpclab.engine.Packet;
import dev.vpclab.model.resource.ListenerAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic stand-ins for the load balancers' choices, so that one trace always gives the same answer:
 * among weighted target groups the highest weight (first on a tie); for an NLB a hash of the flow's 5-tuple,
 * so one connection always lands on one target
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html">how
 * ELB works</a>).
 */
public final class TargetSelection {

    private TargetSelection() {
    }

    /**
     * @param forward a forward action
     * @return the group with the highest weight (first on a tie), or null when every weight is 0
     */
    public static ListenerAction.WeightedTargetGroup heaviest(ListenerAction.Forward forward) {
        ListenerAction.WeightedTargetGroup best = null;
        for (ListenerAction.WeightedTargetGroup g : forward.targetGroups()) {
            if (forward.targetGroups().size() > 1 && g.weight() == 0) {
                continue;
            }
            if (best == null || g.weight() > best.weight()) {
                best = g;
            }
        }
        return best;
    }

    /**
     * A stable hash of protocol, addresses and ports (the NLB flow hash for one connection).
     *
     * @param p the packet as the load balancer receives it
     * @return a non-negative hash
     */
    public static int flowHash(Packet p) {
        int h = p.protocolNumber();
        h = h * 31 + p.source().bits();
        h = h * 31 + p.sourcePort();
        h = h * 31 + p.destination().bits();
        h = h * 31 + p.destinationPort();
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h & 0x7FFF_FFFF;
    }

    /**
     * @param group a target group
     * @param crossZone whether cross-zone load balancing is on
     * @param zone the node's zone
     * @return the targets the node may use, in registration order (all zones with cross-zone, else its own)
     */
    public static List<ResolvedTarget> candidates(CompiledTargetGroup group, boolean crossZone, String zone) {
        List<ResolvedTarget> out = new ArrayList<>(group.targets().size());
        for (ResolvedTarget t : group.targets()) {
            if (crossZone || t.inZone(zone)) {
                out.add(t);
            }
        }
        return out;
    }
}
