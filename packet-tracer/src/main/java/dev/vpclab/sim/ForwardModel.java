package dev.vpclab.sim;

import java.util.SplittableRandom;

/**
 * A forward action: target groups with weights (traffic in proportion to them), and optional target-group
 * stickiness that keeps a client on the group it got first
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html">forward
 * actions</a>).
 */
final class ForwardModel {

    final int index;
    final TargetGroupModel[] groups;
    final int[] cumulative;
    final int stickinessSeconds;

    ForwardModel(int index, TargetGroupModel[] groups, int[] weights, int stickinessSeconds) {
        this.index = index;
        this.groups = groups;
        this.cumulative = new int[weights.length];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights.length == 1 ? Math.max(1, weights[i]) : weights[i];
            cumulative[i] = total;
        }
        this.stickinessSeconds = stickinessSeconds;
    }

    /** @return false when every weight is 0 (nothing can be forwarded) */
    boolean usable() {
        return cumulative[cumulative.length - 1] > 0;
    }

    /**
     * @param rng the random source
     * @return a target group, in proportion to the weights
     */
    TargetGroupModel pick(SplittableRandom rng) {
        if (groups.length == 1) {
            return groups[0];
        }
        int x = rng.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return groups[i];
            }
        }
        return groups[groups.length - 1];
    }
}
