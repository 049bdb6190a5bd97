package dev.vpclab.sim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricStoreTest {

    private static final MetricKey CPU = MetricKey.of("AWS/EC2", "CPUUtilization", "InstanceId", "i-1");

    @Test
    void periodsWithoutSamplesHaveNoDatapoint() {
        MetricStore store = new MetricStore();
        MetricSeries s = store.series(CPU, 60);
        s.add(0, 10);
        s.add(150, 30);
        assertThat(store.query(new MetricQuery(CPU, 60, Statistic.AVERAGE, 0, 300)))
                .containsExactly(new Datapoint(0, 10), new Datapoint(120, 30));
        assertThat(store.value(CPU, 60, 60, Statistic.AVERAGE)).isNaN();
    }

    @Test
    void basicMonitoringAnswersInFiveMinutePeriods() {
        MetricStore store = new MetricStore();
        MetricSeries s = store.series(CPU, 300);
        for (int m = 0; m < 10; m++) {
            s.add(m * 60L, m < 5 ? 10 : 20);
        }
        assertThat(store.query(new MetricQuery(CPU, 60, Statistic.AVERAGE, 0, 600)))
                .containsExactly(new Datapoint(0, 10), new Datapoint(300, 20));
        assertThat(store.query(new MetricQuery(CPU, 60, Statistic.SAMPLE_COUNT, 0, 600)))
                .extracting(Datapoint::value).containsExactly(5.0, 5.0);
    }

    @Test
    void dimensionsMakeSeparateMetrics() {
        MetricStore store = new MetricStore();
        store.series(CPU, 60).add(0, 1);
        MetricKey other = MetricKey.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", "i-2"));
        assertThat(store.query(new MetricQuery(other, 60, Statistic.SUM, 0, 60))).isEmpty();
        assertThat(CPU.dimensionsText()).isEqualTo("InstanceId=i-1");
        assertThat(MetricKey.of("N", "M", "b", "2", "a", "1").dimensionsText()).isEqualTo("a=1;b=2");
    }

    @Test
    void statisticsParseAsCloudWatchNamesThem() {
        assertThat(Statistic.parse("Average")).isEqualTo(Statistic.AVERAGE);
        assertThat(Statistic.parse("p99").text()).isEqualTo("p99");
        assertThat(Statistic.parse("p99.9").percentile()).isEqualTo(99.9);
        assertThatThrownBy(() -> Statistic.parse("median")).hasMessageContaining("pNN");
    }
}
