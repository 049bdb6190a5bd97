package dev.vpclab.sim;

import dev.vpclab.sim.metrics.LogBuckets;
import dev.vpclab.sim.metrics.MetricSeries;

/**
 * One second's values of one metric, gathered without allocation in the request loop (counts per
 * {@link LogBuckets} bucket plus count, sum, minimum and maximum), then handed to a {@link MetricSeries}.
 */
final class DenseHistogram {

    private final long[] counts = new long[LogBuckets.MAX_INDEX + 1];
    private final int[] touched = new int[LogBuckets.MAX_INDEX + 1];
    private int touchedCount;
    long count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    /**
     * @param value the value
     * @param bucket its bucket, {@link LogBuckets#index(double)}
     */
    void add(double value, int bucket) {
        if (counts[bucket]++ == 0) {
            touched[touchedCount++] = bucket;
        }
        count++;
        sum += value;
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
    }

    /**
     * Hands the values to a series and starts again.
     *
     * @param series where they go
     * @param time the second
     */
    void flush(MetricSeries series, long time) {
        if (count > 0) {
            series.addMany(time, count, sum, min, max, counts, touched, touchedCount);
        }
        clear();
    }

    /** Forgets the values. */
    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            counts[touched[i]] = 0;
        }
        touchedCount = 0;
        count = 0;
        sum = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }
}
