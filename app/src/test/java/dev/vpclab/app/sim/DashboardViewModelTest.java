package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.sim.FaultAction;
import dev.vpclab.sim.RateProfile;
import dev.vpclab.sim.Scenario;
import dev.vpclab.sim.ScenarioArguments;
import dev.vpclab.sim.alarm.AlarmState;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.Statistic;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard view-model: selectors make queries; datapoints become lines; thresholds, fault marks, alarm chips. */
class DashboardViewModelTest {

    private static final Document HA = Samples.load("ha-web");
    private static final Scenario SAVED = ScenarioArguments.parse(HA.simulations().get(0).arguments());

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final DashboardViewModel vm = new DashboardViewModel(i18n);
    private final SimulationController controller = new SimulationController(HA, Executors.newSingleThreadScheduledExecutor(),
            new AtomicLong()::get, 3_600_000);

    @AfterEach
    void close() {
        controller.close();
    }

    private SimulationSnapshot run(long seconds) throws InterruptedException {
        controller.step(seconds - controller.latest().time());
        controller.awaitIdle();
        SimulationSnapshot s = controller.latest();
        vm.apply(s);
        return s;
    }

    /** A snapshot at a time with the given lines and nothing else. */
    private static SimulationSnapshot synthetic(long time, DashboardQuery q, Map<ChartId, List<Series>> charts) {
        return new SimulationSnapshot(7, RunState.PAUSED, time, 2700, 60, "", new RateProfile.Constant(), 10, 10, HA, HA, q, charts,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), null);
    }

    @Test
    void theSelectorsMakeTheQueryTheSimulatorAnswers() {
        assertThat(vm.queryProperty().get()).isEqualTo(DashboardQuery.DEFAULT);
        vm.periodProperty().set(300);
        vm.statisticProperty().set(DashboardViewModel.StatisticChoice.MAXIMUM);
        vm.windowProperty().set(DashboardViewModel.WindowChoice.WHOLE_RUN);
        assertThat(vm.queryProperty().get()).isEqualTo(new DashboardQuery(300, Statistic.MAXIMUM, 0));
        vm.statisticProperty().set(DashboardViewModel.StatisticChoice.P99);
        assertThat(vm.queryProperty().get().statistic()).isEqualTo(Statistic.percentile(99));
    }

    @Test
    void datapointsBecomeLinesInMinutesOverTheWindow() {
        Series sum = new Series("Sum", "RequestCount", Statistic.SUM,
                List.of(new Datapoint(2400, 600), new Datapoint(2460, 1200), new Datapoint(2520, 900)));
        vm.apply(synthetic(2600, DashboardQuery.DEFAULT, Map.of(ChartId.REQUESTS, List.of(sum))));
        ChartModel m = vm.chart(ChartId.REQUESTS).get();
        assertThat(m.lines()).hasSize(1);
        assertThat(m.lines().get(0).x()).containsExactly(40, 41, 42);
        assertThat(m.lines().get(0).y()).containsExactly(600, 1200, 900);
        assertThat(m.xMin()).as("the last 30 minutes").isCloseTo(800 / 60.0, within(1e-9));
        assertThat(m.xMax()).isCloseTo(2600 / 60.0, within(1e-9));
        assertThat(m.yMax()).as("room above the highest point, rounded").isEqualTo(1500);
        assertThat(m.subtitle()).isEqualTo("Sum \u00b7 per minute");
        assertThat(m.latest()).isEqualTo("900 / min");
        assertThat(vm.chart(ChartId.CPU).get().yMax()).as("CPU is a percentage").isEqualTo(100);
    }

    @Test
    void thePeriodAndStatisticSelectorsChangeWhatTheChartsShow() throws Exception {
        controller.load(HA, "", SAVED);
        run(1200);
        ChartModel perMinute = vm.chart(ChartId.REQUESTS).get();
        assertThat(perMinute.pointCount()).isEqualTo(20);
        assertThat(vm.chart(ChartId.RESPONSE_TIME).get().lines()).extracting(ChartModel.Line::label).containsExactly("Average", "p99");

        controller.setQuery(new DashboardQuery(300, Statistic.MAXIMUM, 0));
        run(1200);
        ChartModel fiveMinutes = vm.chart(ChartId.REQUESTS).get();
        assertThat(fiveMinutes.lines().get(0).x()).containsExactly(0, 5, 10, 15);
        assertThat(fiveMinutes.subtitle()).isEqualTo("Maximum \u00b7 per 5 minutes");
        assertThat(vm.chart(ChartId.RESPONSE_TIME).get().lines()).as("one statistic for every chart").extracting(ChartModel.Line::label)
                .containsExactly("Maximum");
        assertThat(vm.chart(ChartId.HOSTS).get().lines()).extracting(ChartModel.Line::label).containsExactly("Healthy", "UnHealthy");
        assertThat(fiveMinutes.xMax()).as("the whole 45-minute run").isEqualTo(45);
    }

    @Test
    void alarmThresholdsAreDrawnOnTheChartsOfTheirMetrics() throws Exception {
        controller.load(HA, "", SAVED);
        run(120);
        assertThat(vm.chart(ChartId.CPU).get().thresholds()).containsExactly(new ChartModel.Threshold(70, "cpu-high > 70"));
        assertThat(vm.chart(ChartId.ELB_5XX).get().thresholds()).containsExactly(new ChartModel.Threshold(20, "elb-5xx \u2265 20"));
        assertThat(vm.chart(ChartId.DB_CONNECTIONS).get().thresholds()).containsExactly(new ChartModel.Threshold(1, "db-connections-low < 1"));
        assertThat(vm.chart(ChartId.REQUESTS).get().thresholds()).isEmpty();
        assertThat(vm.chart(ChartId.ELB_5XX).get().yMax()).as("the threshold stays in view").isGreaterThan(20);
    }

    @Test
    void alarmChipsFollowTheAlarmStates() throws Exception {
        controller.load(HA, "", SAVED);
        run(0);
        assertThat(vm.alarms()).extracting(AlarmChip::name).containsExactly("cpu-high", "db-connections-low", "elb-5xx");
        assertThat(vm.alarms()).extracting(AlarmChip::state).containsOnly(AlarmState.INSUFFICIENT_DATA);
        assertThat(vm.alarms().get(0).reason()).isEqualTo("No datapoints yet.");
        assertThat(vm.alarms().get(0).condition()).isEqualTo("CPUUtilization > 70 in 3 of 3 periods of 1 min");
        assertThat(vm.alarms().get(2).condition()).isEqualTo("HTTPCode_ELB_5XX_Count \u2265 20 over 5 min");

        run(60);
        assertThat(vm.alarms()).extracting(AlarmChip::state).containsOnly(AlarmState.OK);
        assertThat(vm.alarmsInAlarm()).isZero();

        run(2160);
        assertThat(vm.alarms()).filteredOn(a -> a.name().equals("elb-5xx")).extracting(AlarmChip::state).containsExactly(AlarmState.ALARM);
        assertThat(vm.alarmsInAlarm()).isEqualTo(1);
    }

    @Test
    void faultsAreMarkedOnTheChartsOnceTheyHappened() throws Exception {
        controller.load(HA, "", SAVED);
        run(1500);
        controller.inject("i-0b7", FaultAction.STOP);
        run(1500);
        assertThat(vm.chart(ChartId.HOSTS).get().markers()).containsExactly(new ChartModel.Marker(25, "i-0b7 stopped"));
        run(1860);
        assertThat(vm.chart(ChartId.CPU).get().markers()).extracting(ChartModel.Marker::label)
                .containsExactly("i-0b7 stopped", "AZ us-east-1a failed");
    }

    @Test
    void theActivityLogIsNewestFirstAndFollowsTheLanguage() throws Exception {
        controller.load(HA, "", SAVED);
        run(1000);
        assertThat(vm.activities()).isNotEmpty();
        assertThat(vm.activities().get(0).time()).isGreaterThanOrEqualTo(vm.activities().get(vm.activities().size() - 1).time());
        assertThat(vm.activities().get(vm.activities().size() - 1).text()).startsWith("Launching i-");
        i18n.localeProperty().set(Locale.KOREAN);
        assertThat(vm.activities().get(vm.activities().size() - 1).text()).contains("시작");
        assertThat(vm.chart(ChartId.REQUESTS).get().subtitle()).isEqualTo("Sum \u00b7 1분마다");
    }
}
