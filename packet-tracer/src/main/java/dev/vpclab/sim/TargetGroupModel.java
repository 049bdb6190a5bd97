package dev.vpclab.sim;

import dev.vpclab.engine.lb.CompiledTargetGroup;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A target group at run time: its registrations and, per load balancer node, the targets that node routes to.
 * A node uses the healthy targets of its own zone (all enabled zones with cross-zone on); below
 * {@code minimumHealthyTargets} healthy it fails open and uses every registered target
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html">health
 * checks</a>); targets in slow start get a share that ramps linearly
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html">target
 * group attributes</a>). Round robin, least outstanding requests and weighted random pick among them (an NLB
 * hashes the flow).
 */
final class TargetGroupModel {

    final int index;
    final TargetGroup group;
    final CompiledTargetGroup compiled;
    final String dimension;
    final boolean crossZone;
    final boolean preserveClientIp;
    final List<TargetSlot> slots = new ArrayList<>();
    int[][] routable = new int[0][];
    int[] routableCount = new int[0];
    boolean[][] routableFlag = new boolean[0][];
    double[][] cumulative = new double[0][];
    boolean[] failOpen = new boolean[0];
    boolean[] empty = new boolean[0];
    int[] roundRobin = new int[0];
    boolean dirty = true;
    boolean slowStarting;

    TargetGroupModel(int index, CompiledTargetGroup compiled, boolean crossZone, boolean preserveClientIp) {
        this.index = index;
        this.compiled = compiled;
        this.group = compiled.group();
        this.dimension = MetricNames.dimension(group);
        this.crossZone = crossZone;
        this.preserveClientIp = preserveClientIp;
    }

    /** @return the group's attributes */
    TargetGroupAttributes attributes() {
        return group.attributes();
    }

    /** @return registrations that count (registered, not unused) */
    int registeredCount() {
        int n = 0;
        for (TargetSlot s : slots) {
            if (s.candidate()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Recomputes what each node routes to.
     *
     * @param now the time
     * @param nodeZones the zone of each node
     * @param zoneEnabled whether each zone has a node
     */
    void rebuild(long now, int[] nodeZones, boolean[] zoneEnabled) {
        int nodes = nodeZones.length;
        if (routable.length != nodes || (nodes > 0 && routableFlag[0].length < slots.size())) {
            routable = new int[nodes][];
            routableFlag = new boolean[nodes][];
            cumulative = new double[nodes][];
            routableCount = new int[nodes];
            failOpen = new boolean[nodes];
            empty = new boolean[nodes];
            int[] rr = roundRobin;
            roundRobin = new int[nodes];
            System.arraycopy(rr, 0, roundRobin, 0, Math.min(rr.length, nodes));
        }
        slowStarting = false;
        int slow = attributes().slowStartSeconds();
        for (int n = 0; n < nodes; n++) {
            int[] pool = new int[slots.size()];
            int healthy = 0;
            int candidates = 0;
            for (TargetSlot s : slots) {
                if (s.candidate() && zoneEnabled[s.zone] && (crossZone || s.zone == nodeZones[n])) {
                    candidates++;
                    if (s.state == TargetHealth.HEALTHY) {
                        healthy++;
                    }
                }
            }
            boolean open = healthy < attributes().minimumHealthyTargets() && candidates > 0;
            int k = 0;
            boolean[] flag = new boolean[slots.size()];
            for (TargetSlot s : slots) {
                if (s.candidate() && zoneEnabled[s.zone] && (crossZone || s.zone == nodeZones[n])
                        && (open || s.state == TargetHealth.HEALTHY)) {
                    pool[k++] = s.index;
                    flag[s.index] = true;
                }
            }
            routable[n] = pool;
            routableCount[n] = k;
            routableFlag[n] = flag;
            failOpen[n] = open;
            empty[n] = candidates == 0;
            cumulative[n] = slow > 0 && !open ? weights(pool, k, now, slow) : null;
            slowStarting |= cumulative[n] != null;
        }
        dirty = false;
    }

    private double[] weights(int[] pool, int k, long now, int slow) {
        boolean any = false;
        for (int i = 0; i < k && !any; i++) {
            any = slots.get(pool[i]).slowStartUntil > now;
        }
        if (!any) {
            return null;
        }
        double[] cum = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            TargetSlot s = slots.get(pool[i]);
            total += s.slowStartUntil > now ? Math.max(0.01, (now - s.healthySince) / (double) slow) : 1;
            cum[i] = total;
        }
        return cum;
    }

    /**
     * Picks a target for a request at a node with the group's algorithm.
     *
     * @param node the node
     * @param rng the random source
     * @param u how far into the second
     * @return the slot index
     */
    int pick(int node, SplittableRandom rng, double u) {
        int n = routableCount[node];
        int[] pool = routable[node];
        double[] cum = cumulative[node];
        if (cum != null) {
            double x = rng.nextDouble() * cum[n - 1];
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cum[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return pool[lo];
        }
        switch (attributes().algorithm()) {
            case LEAST_OUTSTANDING_REQUESTS: {
                int start = roundRobin[node]++ % n;
                int best = pool[start];
                double bestWait = slots.get(best).host.waitAt(u);
                for (int i = 1; i < n; i++) {
                    int c = pool[(start + i) % n];
                    double w = slots.get(c).host.waitAt(u);
                    if (w < bestWait) {
                        best = c;
                        bestWait = w;
                    }
                }
                return best;
            }
            case WEIGHTED_RANDOM:
                return pool[rng.nextInt(n)];
            default:
                int i = roundRobin[node];
                roundRobin[node] = i + 1 == Integer.MAX_VALUE ? 0 : i + 1;
                return pool[i % n];
        }
    }

    /**
     * @param node a node
     * @param hash a flow hash (non-negative)
     * @return the slot an NLB node sends that flow to
     */
    int pickByHash(int node, int hash) {
        return routable[node][hash % routableCount[node]];
    }

    /**
     * @param zone a zone index, or -1 for all
     * @param state a health state
     * @return how many registered targets are in that state there
     */
    int count(int zone, TargetHealth state) {
        int n = 0;
        for (TargetSlot s : slots) {
            if (s.registered && s.state == state && (zone < 0 || s.zone == zone)) {
                n++;
            }
        }
        return n;
    }
}
