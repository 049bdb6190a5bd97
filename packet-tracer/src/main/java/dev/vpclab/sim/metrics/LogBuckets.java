package dev.vpclab.sim.metrics;

/**
 * Fixed logarithmic buckets for percentile statistics: bucket {@code i ≥ 1} holds values in
 * [{@code MIN·R^(i-1)}, {@code MIN·R^i}) with R = 1.02, so a value reported from its bucket is within 2 % of any
 * value in it; bucket 0 holds values below {@code MIN} (zero included). Written by hand because the simulator may
 * use nothing beyond the JDK; 1.02 keeps errors below what a chart shows while a period of request latencies
 * touches only a few hundred buckets.
 */
public final class LogBuckets {

    /** The ratio between neighbouring bucket bounds. */
    public static final double RATIO = 1.02;
    /** The smallest value with a bucket of its own. */
    public static final double MIN = 1e-6;
    /** The highest bucket index (values above about 10^11 share it). */
    public static final int MAX_INDEX = 2600;

    private static final double LOG_RATIO = Math.log(RATIO);
    private static final double LOG_MIN = Math.log(MIN);

    private LogBuckets() {
    }

    /**
     * @param value a non-negative value
     * @return its bucket
     */
    public static int index(double value) {
        if (!(value >= MIN)) {
            return 0;
        }
        int i = 1 + (int) ((Math.log(value) - LOG_MIN) / LOG_RATIO);
        return Math.min(i, MAX_INDEX);
    }

    /**
     * @param index a bucket
     * @return its lower bound
     */
    public static double lower(int index) {
        return index <= 0 ? 0 : Math.exp(LOG_MIN + (index - 1) * LOG_RATIO);
    }

    /**
     * @param index a bucket
     * @return its upper bound
     */
    public static double upper(int index) {
        return index <= 0 ? MIN : Math.exp(LOG_MIN + index * LOG_RATIO);
    }

    /**
     * @param index a bucket
     * @return the value reported for it: the geometric middle of its bounds (0 for bucket 0)
     */
    public static double representative(int index) {
        return index <= 0 ? 0 : Math.exp(LOG_MIN + (index - 0.5) * LOG_RATIO);
    }
}
