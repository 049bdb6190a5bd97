package dev.vpclab.sim.metrics;

import java.util.Arrays;

/**
 * The stored periods of one metric at its resolution (60 s, or 300 s for EC2 basic monitoring): per period the
 * sample count, sum, minimum, maximum and the samples' distribution. Samples are added in time order; a period
 * with no sample is missing, as in CloudWatch. Not thread-safe.
 */
public final class MetricSeries {

    private final MetricKey key;
    private final int resolution;
    private double[] count = new double[64];
    private double[] sum = new double[64];
    private double[] min = new double[64];
    private double[] max = new double[64];
    private SparseHistogram[] histograms = new SparseHistogram[64];
    private int periods;

    /**
     * @param key the metric
     * @param resolutionSeconds how long one stored period is (a multiple of 60)
     */
    public MetricSeries(MetricKey key, int resolutionSeconds) {
        if (resolutionSeconds <= 0 || resolutionSeconds % 60 != 0) {
            throw new IllegalArgumentException("a metric's resolution is a multiple of 60 s, not " + resolutionSeconds);
        }
        this.key = key;
        this.resolution = resolutionSeconds;
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** @return the metric */
    public MetricKey key() {
        return key;
    }

    /** @return the stored period length in seconds */
    public int resolution() {
        return resolution;
    }

    /**
     * One sample.
     *
     * @param time when, in simulated seconds
     * @param value the value
     */
    public void add(long time, double value) {
        int p = slot(time);
        count[p] += 1;
        sum[p] += value;
        min[p] = Math.min(min[p], value);
        max[p] = Math.max(max[p], value);
        histogram(p).addValue(value);
    }

    /**
     * {@code n} samples of value 1, the way load balancers count requests and errors (their Minimum, Maximum and
     * Average are 1; Sum is the count).
     *
     * @param time when
     * @param n how many
     */
    public void addCount(long time, long n) {
        if (n <= 0) {
            return;
        }
        int p = slot(time);
        count[p] += n;
        sum[p] += n;
        min[p] = Math.min(min[p], 1);
        max[p] = Math.max(max[p], 1);
        histogram(p).add(LogBuckets.index(1), n);
    }

    /**
     * Many samples at once, with their distribution.
     *
     * @param time when
     * @param n how many samples
     * @param total their sum
     * @param smallest their minimum
     * @param largest their maximum
     * @param dense their counts by {@link LogBuckets} index (scratch)
     * @param touched the indexes in use in {@code dense}
     * @param touchedCount how many of {@code touched} are in use
     */
    public void addMany(long time, long n, double total, double smallest, double largest, long[] dense, int[] touched, int touchedCount) {
        if (n <= 0) {
            return;
        }
        int p = slot(time);
        count[p] += n;
        sum[p] += total;
        min[p] = Math.min(min[p], smallest);
        max[p] = Math.max(max[p], largest);
        histogram(p).addDense(dense, touched, touchedCount);
    }

    /**
     * @param from the first period start (inclusive), aligned to the resolution
     * @param to the end (exclusive)
     * @param withHistogram whether to merge distributions (for percentiles)
     * @return the aggregate over the stored periods in [from, to), or null when none has a sample
     */
    public Aggregate aggregate(long from, long to, boolean withHistogram) {
        double c = 0;
        double s = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        SparseHistogram h = withHistogram ? new SparseHistogram() : null;
        long first = Math.max(0, Math.floorDiv(from, resolution));
        long last = Math.min(periods, Math.floorDiv(to - 1, resolution) + 1);
        for (long i = first; i < last; i++) {
            int p = (int) i;
            if (count[p] == 0) {
                continue;
            }
            c += count[p];
            s += sum[p];
            lo = Math.min(lo, min[p]);
            hi = Math.max(hi, max[p]);
            if (h != null && histograms[p] != null) {
                h.addAll(histograms[p]);
            }
        }
        return c == 0 ? null : new Aggregate(c, s, lo, hi, h);
    }

    /** @return the end of the last period that holds anything, in simulated seconds */
    public long end() {
        return (long) periods * resolution;
    }

    private int slot(long time) {
        if (time < 0) {
            throw new IllegalArgumentException("metric time cannot be negative");
        }
        long p = time / resolution;
        if (p >= Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("metric time too far out: " + time);
        }
        int i = (int) p;
        if (i >= count.length) {
            int n = Math.max(count.length * 2, i + 1);
            count = Arrays.copyOf(count, n);
            sum = Arrays.copyOf(sum, n);
            int old = min.length;
            min = Arrays.copyOf(min, n);
            max = Arrays.copyOf(max, n);
            Arrays.fill(min, old, n, Double.POSITIVE_INFINITY);
            Arrays.fill(max, old, n, Double.NEGATIVE_INFINITY);
            histograms = Arrays.copyOf(histograms, n);
        }
        periods = Math.max(periods, i + 1);
        return i;
    }

    private SparseHistogram histogram(int p) {
        SparseHistogram h = histograms[p];
        if (h == null) {
            h = new SparseHistogram();
            histograms[p] = h;
        }
        return h;
    }
}
