package dev.vpclab.sim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Laws of the statistics over samples in one period and across periods. */
class StatisticsProperties {

    private static final MetricKey KEY = MetricKey.of("Test", "Value");

    private static MetricSeries series(List<Double> values, int spreadSeconds) {
        MetricSeries s = new MetricSeries(KEY, 60);
        for (int i = 0; i < values.size(); i++) {
            s.add((long) i * spreadSeconds / Math.max(1, values.size()), values.get(i));
        }
        return s;
    }

    @Property
    void averageIsSumOverSampleCount(@ForAll @Size(min = 1, max = 300) List<@DoubleRange(min = 0, max = 1e6) Double> values,
                                     @ForAll @IntRange(min = 1, max = 600) int spread) {
        MetricSeries s = series(values, spread);
        Aggregate a = s.aggregate(0, spread + 60, true);
        assertThat(a.sampleCount()).isEqualTo(values.size());
        double sum = values.stream().mapToDouble(Double::doubleValue).sum();
        assertThat(Statistic.SUM.of(a)).isCloseTo(sum, within(1e-6 * Math.max(1, sum)));
        assertThat(Statistic.AVERAGE.of(a)).isCloseTo(Statistic.SUM.of(a) / Statistic.SAMPLE_COUNT.of(a), within(1e-9 * Math.max(1, sum)));
        assertThat(Statistic.MINIMUM.of(a)).isEqualTo(values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        assertThat(Statistic.MAXIMUM.of(a)).isEqualTo(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    @Property
    void percentilesAreWithinTheBucketError(@ForAll @Size(min = 1, max = 400) List<@DoubleRange(min = 0.0001, max = 1e5) @Scale(6) Double> values,
                                           @ForAll @IntRange(min = 1, max = 100) int p) {
        MetricSeries s = series(values, 59);
        double estimate = Statistic.percentile(p).of(s.aggregate(0, 60, true));
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.max(1, Math.ceil(p / 100.0 * sorted.length));
        double exact = sorted[rank - 1];
        assertThat(estimate).isCloseTo(exact, within(exact * (LogBuckets.RATIO - 1)));
    }

    @Property
    void periodsCombine(@ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 0, max = 1000) Double> values) {
        MetricSeries s = series(values, 600);
        MetricStore store = new MetricStore();
        MetricSeries stored = store.series(KEY, 60);
        for (int i = 0; i < values.size(); i++) {
            stored.add((long) i * 600 / values.size(), values.get(i));
        }
        double perMinute = store.query(new MetricQuery(KEY, 60, Statistic.SUM, 0, 600)).stream().mapToDouble(Datapoint::value).sum();
        double perFive = store.query(new MetricQuery(KEY, 300, Statistic.SUM, 0, 600)).stream().mapToDouble(Datapoint::value).sum();
        double whole = Statistic.SUM.of(s.aggregate(0, 600, false));
        assertThat(perMinute).isCloseTo(whole, within(1e-6 * Math.max(1, whole)));
        assertThat(perFive).isCloseTo(whole, within(1e-6 * Math.max(1, whole)));
        double count = store.query(new MetricQuery(KEY, 300, Statistic.SAMPLE_COUNT, 0, 600)).stream().mapToDouble(Datapoint::value).sum();
        assertThat(count).isEqualTo(values.size());
    }

    @Property
    void bucketsHoldTheirValues(@ForAll @DoubleRange(min = 1e-6, max = 1e10) @Scale(8) double v) {
        int i = LogBuckets.index(v);
        assertThat(LogBuckets.lower(i)).isLessThanOrEqualTo(v * (1 + 1e-9));
        assertThat(LogBuckets.upper(i)).isGreaterThanOrEqualTo(v * (1 - 1e-9));
        assertThat(Math.abs(LogBuckets.representative(i) - v) / v).isLessThanOrEqualTo(LogBuckets.RATIO - 1);
    }

    @Property
    void countsAreSamplesOfOne(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 10_000) Integer> perSecond) {
        MetricSeries s = new MetricSeries(KEY, 60);
        for (int i = 0; i < perSecond.size(); i++) {
            s.addCount(i, perSecond.get(i));
        }
        Aggregate a = s.aggregate(0, 60, true);
        long total = perSecond.stream().mapToLong(Integer::longValue).sum();
        assertThat(Statistic.SUM.of(a)).isEqualTo(total);
        assertThat(Statistic.SAMPLE_COUNT.of(a)).isEqualTo(total);
        assertThat(Arrays.asList(Statistic.AVERAGE.of(a), Statistic.MINIMUM.of(a), Statistic.MAXIMUM.of(a), Statistic.percentile(99).of(a)))
                .containsOnly(1.0);
    }
}
