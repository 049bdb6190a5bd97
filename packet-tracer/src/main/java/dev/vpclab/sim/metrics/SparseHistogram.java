package dev.vpclab.sim.metrics;

import java.util.Arrays;

/**
 * Counts per {@link LogBuckets} bucket, storing only the buckets in use (sorted), so that a gauge sampled a few
 * times a period costs a few entries and a period of request latencies a few hundred.
 */
public final class SparseHistogram {

    private int[] buckets = new int[4];
    private long[] counts = new long[4];
    private int size;

    /**
     * @param bucket a bucket index
     * @param n how many values fell into it
     */
    public void add(int bucket, long n) {
        if (n <= 0) {
            return;
        }
        int at = Arrays.binarySearch(buckets, 0, size, bucket);
        if (at >= 0) {
            counts[at] += n;
            return;
        }
        int insert = -at - 1;
        if (size == buckets.length) {
            buckets = Arrays.copyOf(buckets, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        System.arraycopy(buckets, insert, buckets, insert + 1, size - insert);
        System.arraycopy(counts, insert, counts, insert + 1, size - insert);
        buckets[insert] = bucket;
        counts[insert] = n;
        size++;
    }

    /**
     * @param value a value
     */
    public void addValue(double value) {
        add(LogBuckets.index(value), 1);
    }

    /**
     * @param other counts to add to these
     */
    public void addAll(SparseHistogram other) {
        for (int i = 0; i < other.size; i++) {
            add(other.buckets[i], other.counts[i]);
        }
    }

    /**
     * @param dense counts by bucket index (a scratch array)
     * @param touched the indexes set in it
     * @param touchedCount how many of {@code touched} are in use
     */
    public void addDense(long[] dense, int[] touched, int touchedCount) {
        for (int i = 0; i < touchedCount; i++) {
            add(touched[i], dense[touched[i]]);
        }
    }

    /** @return the total count */
    public long total() {
        long t = 0;
        for (int i = 0; i < size; i++) {
            t += counts[i];
        }
        return t;
    }

    /**
     * The value at a percentile, nearest rank: the representative of the bucket holding the value of rank
     * ⌈p/100 · n⌉.
     *
     * @param percentile 0–100
     * @return the value's bucket representative, or NaN when empty
     */
    public double percentile(double percentile) {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return LogBuckets.representative(buckets[i]);
            }
        }
        return LogBuckets.representative(buckets[size - 1]);
    }

    /** @return true when nothing was added */
    public boolean isEmpty() {
        return size == 0;
    }
}
