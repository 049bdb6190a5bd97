package dev.vpclab.sim.alarm;

import dev.vpclab.model.resource.Alarm;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricStore;
import dev.vpclab.sim.metrics.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One alarm at run time: its state (INSUFFICIENT_DATA at first), evaluated every minute over the last periods
 * of its metric, and the history of its transitions. Actions fire on transitions; Auto Scaling actions also
 * repeat at every evaluation while the alarm stays in ALARM, which {@link #inAlarm()} lets the caller do
 * (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html">alarms</a>).
 */
public final class AlarmMonitor {

    private final Alarm alarm;
    private final MetricKey metric;
    private final Statistic statistic;
    private final AlarmCriteria criteria;
    private final List<AlarmTransition> history = new ArrayList<>();
    private AlarmState state = AlarmState.INSUFFICIENT_DATA;
    private Evaluation last;

    /**
     * @param alarm the alarm
     * @param dimensions its dimensions as the simulator publishes them (values normalised to the published form)
     * @throws IllegalArgumentException when its statistic cannot be read
     */
    public AlarmMonitor(Alarm alarm, Map<String, String> dimensions) {
        this.alarm = alarm;
        this.metric = MetricKey.of(alarm.namespace(), alarm.metricName(), dimensions);
        this.statistic = Statistic.parse(alarm.statistic());
        this.criteria = AlarmCriteria.of(alarm);
        if (alarm.periodSeconds() % 60 != 0) {
            throw new IllegalArgumentException("alarm " + alarm.id() + ": the simulator publishes 1-minute data, so a "
                    + alarm.periodSeconds() + " s period has no datapoints; use 60 s or a multiple");
        }
    }

    /**
     * Evaluates at a minute boundary over the periods that have ended.
     *
     * @param now the time, in simulated seconds
     * @param store the metrics
     * @return the transition, or null when the state did not change
     */
    public AlarmTransition evaluate(long now, MetricStore store) {
        int period = alarm.periodSeconds();
        int range = criteria.evaluationRange();
        long end = Math.floorDiv(now, period) * period;
        double[] values = new double[range];
        for (int i = 0; i < range; i++) {
            long start = end - (long) (range - i) * period;
            values[i] = start < 0 ? Double.NaN : store.value(metric, start, period, statistic);
        }
        last = AlarmEvaluator.evaluate(criteria, values, state);
        if (last.state() == state) {
            return null;
        }
        AlarmTransition t = new AlarmTransition(alarm.id(), alarm.name(), now, state, last.state(), last.reason());
        state = last.state();
        history.add(t);
        return t;
    }

    /** @return the alarm */
    public Alarm alarm() {
        return alarm;
    }

    /** @return the metric it watches */
    public MetricKey metric() {
        return metric;
    }

    /** @return its state */
    public AlarmState state() {
        return state;
    }

    /** @return true when in ALARM */
    public boolean inAlarm() {
        return state == AlarmState.ALARM;
    }

    /** @return the last evaluation, or null before the first */
    public Evaluation lastEvaluation() {
        return last;
    }

    /** @return its transitions, oldest first */
    public List<AlarmTransition> history() {
        return List.copyOf(history);
    }
}
