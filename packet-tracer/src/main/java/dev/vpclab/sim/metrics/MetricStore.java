package dev.vpclab.sim.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The simulator's CloudWatch: metrics by key, each stored at its resolution, answered per period and statistic.
 * A period without samples has no datapoint (missing), which is what alarms treat as missing data. Thread-confined
 * like the simulator that writes it.
 */
public final class MetricStore {

    private final TreeMap<MetricKey, MetricSeries> series = new TreeMap<>();

    /**
     * @param key a metric
     * @param resolutionSeconds its stored period (60, or 300 for EC2 basic monitoring)
     * @return its series, created on first use (an existing series keeps its resolution)
     */
    public MetricSeries series(MetricKey key, int resolutionSeconds) {
        MetricSeries s = series.get(key);
        if (s == null) {
            s = new MetricSeries(key, resolutionSeconds);
            series.put(key, s);
        }
        return s;
    }

    /**
     * @param key a metric
     * @return its series, or null when nothing was ever published for it
     */
    public MetricSeries find(MetricKey key) {
        return series.get(key);
    }

    /** @return every metric published so far, sorted by namespace, name and dimensions */
    public List<MetricKey> keys() {
        return List.copyOf(series.keySet());
    }

    /**
     * @param q the question
     * @return one datapoint per period that has samples, oldest first (empty for an unknown metric)
     */
    public List<Datapoint> query(MetricQuery q) {
        MetricSeries s = series.get(q.key());
        if (s == null) {
            return List.of();
        }
        int period = effectivePeriod(q.periodSeconds(), s.resolution());
        boolean percentile = q.statistic().kind() == Statistic.Kind.PERCENTILE;
        List<Datapoint> out = new ArrayList<>();
        long end = Math.min(q.end(), s.end());
        for (long t = Math.floorDiv(q.start(), period) * period; t < end; t += period) {
            Aggregate a = s.aggregate(t, t + period, percentile);
            if (a != null) {
                double v = q.statistic().of(a);
                if (!Double.isNaN(v)) {
                    out.add(new Datapoint(t, v));
                }
            }
        }
        return out;
    }

    /**
     * The statistic over exactly one period, for alarms.
     *
     * @param key the metric
     * @param periodStart the period's start
     * @param periodSeconds its length
     * @param statistic the statistic
     * @return the value, or NaN when the period has no sample (missing)
     */
    public double value(MetricKey key, long periodStart, int periodSeconds, Statistic statistic) {
        MetricSeries s = series.get(key);
        if (s == null) {
            return Double.NaN;
        }
        Aggregate a = s.aggregate(periodStart, periodStart + periodSeconds, statistic.kind() == Statistic.Kind.PERCENTILE);
        return a == null ? Double.NaN : statistic.of(a);
    }

    /**
     * @param requested the period asked for
     * @param resolution the metric's stored period
     * @return the period answered: the request rounded up to a multiple of the resolution
     */
    static int effectivePeriod(int requested, int resolution) {
        if (requested <= resolution) {
            return resolution;
        }
        return (requested + resolution - 1) / resolution * resolution;
    }
}
