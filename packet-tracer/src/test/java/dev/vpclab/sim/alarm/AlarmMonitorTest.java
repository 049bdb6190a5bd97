package dev.vpclab.sim.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.resource.Alarm;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricSeries;
import dev.vpclab.sim.metrics.MetricStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An alarm over time: it starts in INSUFFICIENT_DATA, is evaluated every minute over its periods, and keeps its transitions. */
class AlarmMonitorTest {

    private static Alarm alarm(int period, int n, int m, Alarm.TreatMissingData treat) {
        return new Alarm("cpu-high", "cpu-high", "AWS/EC2", "CPUUtilization", Map.of("InstanceId", "i-1"), "Maximum", period, n, m, 70,
                Alarm.Comparison.GREATER_THAN_THRESHOLD, treat, List.of("asg/p"), List.of());
    }

    @Test
    void startsWithInsufficientDataAndRecordsTransitions() {
        MetricStore store = new MetricStore();
        MetricSeries cpu = store.series(MetricKey.of("AWS/EC2", "CPUUtilization", "InstanceId", "i-1"), 60);
        AlarmMonitor a = new AlarmMonitor(alarm(60, 3, 2, Alarm.TreatMissingData.MISSING), Map.of("InstanceId", "i-1"));
        assertThat(a.state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
        assertThat(a.evaluate(60, store)).as("no data yet").isNull();
        double[] minutes = {50, 80, 90, 40, 30, 20};
        for (int i = 0; i < minutes.length; i++) {
            cpu.add(i * 60L + 30, minutes[i]);
            cpu.add(i * 60L + 40, minutes[i] - 10);
            a.evaluate((i + 1) * 60L, store);
        }
        assertThat(a.history()).extracting(AlarmTransition::to).containsExactly(AlarmState.OK, AlarmState.ALARM, AlarmState.OK);
        assertThat(a.history()).extracting(AlarmTransition::time).containsExactly(60L, 180L, 300L);
        assertThat(a.history().get(1).reason().english()).isEqualTo("Threshold crossed: 2 of the last 3 datapoints [50, 80, 90] were > 70.");
        assertThat(a.history().get(1).reason().korean()).contains("50, 80, 90");
    }

    @Test
    void fiveMinutePeriodsUseTheEndedPeriodsOnly() {
        MetricStore store = new MetricStore();
        MetricSeries cpu = store.series(MetricKey.of("AWS/EC2", "CPUUtilization", "InstanceId", "i-1"), 60);
        AlarmMonitor a = new AlarmMonitor(alarm(300, 1, 1, Alarm.TreatMissingData.NOT_BREACHING), Map.of("InstanceId", "i-1"));
        for (int s = 0; s < 600; s += 60) {
            cpu.add(s, s < 300 ? 90 : 10);
        }
        a.evaluate(240, store);
        assertThat(a.state()).as("no period has ended: missing, not breaching").isEqualTo(AlarmState.OK);
        a.evaluate(300, store);
        assertThat(a.state()).isEqualTo(AlarmState.ALARM);
        a.evaluate(540, store);
        assertThat(a.state()).as("the second period has not ended yet").isEqualTo(AlarmState.ALARM);
        a.evaluate(600, store);
        assertThat(a.state()).isEqualTo(AlarmState.OK);
    }

    @Test
    void highResolutionPeriodsAreRefused() {
        assertThatThrownBy(() -> new AlarmMonitor(alarm(10, 1, 1, Alarm.TreatMissingData.MISSING), Map.of()))
                .hasMessageContaining("use 60 s or a multiple");
    }
}
