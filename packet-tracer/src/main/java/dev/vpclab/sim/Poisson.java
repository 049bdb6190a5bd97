package dev.vpclab.sim;

import java.util.SplittableRandom;

/** How many requests arrive in one second at a given rate: Poisson, by Knuth's method for small rates and its normal approximation for large ones. */
final class Poisson {

    private Poisson() {
    }

    /**
     * @param rng the random source
     * @param mean the rate
     * @return a draw
     */
    static int sample(SplittableRandom rng, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double p = 1;
            int k = 0;
            do {
                k++;
                p *= rng.nextDouble();
            } while (p > limit);
            return k - 1;
        }
        long v = Math.round(mean + Math.sqrt(mean) * rng.nextGaussian());
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, v));
    }
}
