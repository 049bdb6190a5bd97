package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.Statistic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Metrics &amp; Alarms tab without its nodes: the period, statistic and time-window selectors (which make the
 * {@link DashboardQuery} the simulator answers), and from each snapshot the charts' lines, thresholds and fault
 * marks, the alarm widgets and the Auto Scaling activity log. Use on the JavaFX thread.
 */
public final class DashboardViewModel {

    /** The statistic selector: each metric's recommended statistic, or one for every chart. */
    public enum StatisticChoice {
        /** Each chart's recommended statistics (Sum for counts, Average and p99 for latency, …). */
        RECOMMENDED(null),
        /** Average. */
        AVERAGE(Statistic.AVERAGE),
        /** Sum. */
        SUM(Statistic.SUM),
        /** Minimum. */
        MINIMUM(Statistic.MINIMUM),
        /** Maximum. */
        MAXIMUM(Statistic.MAXIMUM),
        /** The 99th percentile. */
        P99(Statistic.percentile(99)),
        /** SampleCount. */
        SAMPLE_COUNT(Statistic.SAMPLE_COUNT);

        private final Statistic statistic;

        StatisticChoice(Statistic statistic) {
            this.statistic = statistic;
        }

        /** @return the statistic, or null for the recommended ones */
        public Statistic statistic() {
            return statistic;
        }
    }

    /** The time-window selector. */
    public enum WindowChoice {
        /** The last 30 simulated minutes. */
        LAST_30_MINUTES(1800),
        /** The last hour. */
        LAST_HOUR(3600),
        /** The last three hours. */
        LAST_3_HOURS(10800),
        /** The whole run. */
        WHOLE_RUN(0);

        private final long seconds;

        WindowChoice(long seconds) {
            this.seconds = seconds;
        }

        /** @return its length in seconds, 0 for the whole run */
        public long seconds() {
            return seconds;
        }
    }

    private final I18n i18n;
    private final ObjectProperty<Integer> period = new SimpleObjectProperty<>(this, "period", 60);
    private final ObjectProperty<StatisticChoice> statistic = new SimpleObjectProperty<>(this, "statistic", StatisticChoice.RECOMMENDED);
    private final ObjectProperty<WindowChoice> window = new SimpleObjectProperty<>(this, "window", WindowChoice.LAST_30_MINUTES);
    private final ReadOnlyObjectWrapper<DashboardQuery> query = new ReadOnlyObjectWrapper<>(this, "query", DashboardQuery.DEFAULT);
    private final Map<ChartId, ReadOnlyObjectWrapper<ChartModel>> charts = new EnumMap<>(ChartId.class);
    private final ObservableList<AlarmChip> alarms = FXCollections.observableArrayList();
    private final ObservableList<ActivityRow> activities = FXCollections.observableArrayList();
    private final ChartLines lines = new ChartLines();
    private SimulationSnapshot last;

    /** @param i18n the UI's language (the texts follow it) */
    public DashboardViewModel(I18n i18n) {
        this.i18n = i18n;
        for (ChartId id : ChartId.values()) {
            charts.put(id, new ReadOnlyObjectWrapper<>(this, id.name(), ChartModel.empty(id, id.title())));
        }
        period.addListener((o, a, b) -> updateQuery());
        statistic.addListener((o, a, b) -> updateQuery());
        window.addListener((o, a, b) -> updateQuery());
        i18n.localeProperty().addListener((o, a, b) -> {
            if (last != null) {
                apply(last);
            }
        });
    }

    private void updateQuery() {
        query.set(new DashboardQuery(period.get() == null ? 60 : period.get(),
                statistic.get() == null ? null : statistic.get().statistic(), window.get() == null ? 1800 : window.get().seconds()));
    }

    /** @return the period in seconds, 60 or 300 */
    public ObjectProperty<Integer> periodProperty() {
        return period;
    }

    /** @return the statistic selector */
    public ObjectProperty<StatisticChoice> statisticProperty() {
        return statistic;
    }

    /** @return the time window */
    public ObjectProperty<WindowChoice> windowProperty() {
        return window;
    }

    /** @return what the simulator should answer for the selectors */
    public ReadOnlyObjectProperty<DashboardQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /**
     * @param id a chart
     * @return what it shows
     */
    public ReadOnlyObjectProperty<ChartModel> chart(ChartId id) {
        return charts.get(id).getReadOnlyProperty();
    }

    /** @return the alarm widgets of the document's alarms (those Auto Scaling manages show in the inspector) */
    public ObservableList<AlarmChip> alarms() {
        return alarms;
    }

    /** @return the Auto Scaling activity log, newest first */
    public ObservableList<ActivityRow> activities() {
        return activities;
    }

    /** @return how many alarms are in ALARM */
    public int alarmsInAlarm() {
        return (int) alarms.stream().filter(a -> a.state() == dev.vpclab.sim.alarm.AlarmState.ALARM).count();
    }

    /**
     * Shows a snapshot.
     *
     * @param s the newest snapshot
     */
    public void apply(SimulationSnapshot s) {
        last = s;
        long start = s.query().windowStart(s.time());
        long end = s.query().windowSeconds() == 0 ? Math.max(s.duration(), s.time()) : start + s.query().windowSeconds();
        double xMin = start / 60.0;
        double xMax = Math.max(xMin + 1, end / 60.0);
        List<ChartModel.Marker> markers = markers(s, xMin, xMax);
        for (ChartId id : ChartId.values()) {
            List<ChartModel.Line> out = new ArrayList<>();
            LinkedHashSet<String> stats = new LinkedHashSet<>();
            for (Series series : s.lines(id)) {
                stats.add(series.statistic().text());
                double[] x = new double[series.points().size()];
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    Datapoint d = series.points().get(i);
                    x[i] = d.time() / 60.0;
                    y[i] = d.value();
                }
                out.add(new ChartModel.Line(series.label(), lines.colour(id, series, s.instances()), x, y));
            }
            List<ChartModel.Threshold> thresholds = AlarmTexts.thresholds(s.document(), id);
            String subtitle = stats.isEmpty() ? "" : i18n.get("simmode.chart.subtitle", String.join(", ", stats),
                    i18n.get(s.query().periodSeconds() == 300 ? "simmode.period.per5" : "simmode.period.per1"));
            ChartModel model = new ChartModel(id, id.title(), subtitle, out, thresholds, markers, xMin, xMax,
                    ChartLines.top(id, out, thresholds), lines.latest(id, out, s.query().periodSeconds(), i18n));
            if (!model.equals(charts.get(id).get())) {
                charts.get(id).set(model);
            }
        }
        List<AlarmChip> chips = new ArrayList<>();
        for (AlarmChip c : AlarmTexts.chips(s, i18n)) {
            if (!c.managed()) {
                chips.add(c);
            }
        }
        if (!chips.equals(alarms)) {
            alarms.setAll(chips);
        }
        List<ActivityRow> rows = new ArrayList<>();
        for (int i = s.activities().size() - 1; i >= 0; i--) {
            var a = s.activities().get(i);
            rows.add(new ActivityRow(a.time(), SimTime.minutes(a.time()), i18n.get(a.description())));
        }
        if (!rows.equals(activities)) {
            activities.setAll(rows);
        }
    }

    private List<ChartModel.Marker> markers(SimulationSnapshot s, double xMin, double xMax) {
        FaultTargets targets = new FaultTargets(s.original());
        List<ChartModel.Marker> out = new ArrayList<>();
        for (FaultMark f : s.faults()) {
            double x = f.time() / 60.0;
            if (f.time() <= s.time() && x >= xMin && x <= xMax) {
                out.add(new ChartModel.Marker(x, i18n.get(targets.describe(f))));
            }
        }
        return out;
    }
}
