package dev.vpclab.sim.alarm;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Alarm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CloudWatch's alarm evaluation over an evaluation range of datapoints, as the AWS guide describes it
 * (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-evaluating-missing-data">how
 * alarm state is evaluated when data is missing</a>):
 * <ul>
 * <li>with at least N real datapoints in the range, the N most recent real ones are evaluated and the missing-data
 *     setting is not used;</li>
 * <li>with none, {@code missing} gives INSUFFICIENT_DATA, {@code ignore} keeps the state, {@code breaching} ALARM and
 *     {@code notBreaching} OK;</li>
 * <li>with some, the real ones are evaluated together with as few filled points as needed to make N: filled as
 *     breaching or not breaching for those settings. For {@code missing} and {@code ignore} an outcome that the
 *     fills could not change stands; otherwise a real non-breaching point gives OK, and with only breaching real
 *     points {@code missing} goes to ALARM when data has stopped after them (the newest period is missing) and to
 *     INSUFFICIENT_DATA when the newest point is itself breaching, while {@code ignore} keeps the state — which is
 *     what the guide's tables show (e.g. M = N = 3: {@code X - - - -} → ALARM, {@code - - - - X} → INSUFFICIENT_DATA).</li>
 * </ul>
 * ALARM needs at least M breaching datapoints among the N evaluated, not necessarily consecutive.
 */
public final class AlarmEvaluator {

    private AlarmEvaluator() {
    }

    /**
     * @param criteria M, N, threshold, comparison and missing-data treatment
     * @param range the evaluation range, oldest first; NaN for a missing datapoint
     * @param current the alarm's state now
     * @return the state afterwards and why
     */
    public static Evaluation evaluate(AlarmCriteria criteria, double[] range, AlarmState current) {
        int n = criteria.evaluationPeriods();
        int m = criteria.datapointsToAlarm();
        List<Double> real = new ArrayList<>();
        for (double v : range) {
            if (!Double.isNaN(v)) {
                real.add(v);
            }
        }
        double latest = real.isEmpty() ? Double.NaN : real.get(real.size() - 1);
        if (real.size() >= n) {
            List<Double> last = real.subList(real.size() - n, real.size());
            int b = countBreaching(criteria, last);
            return decided(criteria, b >= m ? AlarmState.ALARM : AlarmState.OK, b, last, 0, latest);
        }
        int fills = n - real.size();
        int b = countBreaching(criteria, real);
        int good = real.size() - b;
        switch (criteria.treatMissingData()) {
            case BREACHING:
                return decided(criteria, b + fills >= m ? AlarmState.ALARM : AlarmState.OK, b + fills, real, fills, latest);
            case NOT_BREACHING:
                return decided(criteria, b >= m ? AlarmState.ALARM : AlarmState.OK, b, real, fills, latest);
            default:
                break;
        }
        boolean ignore = criteria.treatMissingData() == Alarm.TreatMissingData.IGNORE;
        if (real.isEmpty()) {
            return ignore ? new Evaluation(current, 0, 0, latest, Message.of("sim.alarm.reason.retained", range.length))
                    : new Evaluation(AlarmState.INSUFFICIENT_DATA, 0, 0, latest, Message.of("sim.alarm.reason.insufficient", range.length, range.length));
        }
        if (b >= m) {
            return decided(criteria, AlarmState.ALARM, b, real, fills, latest);
        }
        if (b + fills < m || good > 0) {
            return decided(criteria, AlarmState.OK, b, real, fills, latest);
        }
        if (ignore) {
            return new Evaluation(current, b, 0, latest, Message.of("sim.alarm.reason.retained", missingCount(range)));
        }
        boolean newestMissing = Double.isNaN(range[range.length - 1]);
        return newestMissing ? decided(criteria, AlarmState.ALARM, b, real, fills, latest)
                : new Evaluation(AlarmState.INSUFFICIENT_DATA, b, 0, latest,
                        Message.of("sim.alarm.reason.insufficient", missingCount(range), range.length));
    }

    private static Evaluation decided(AlarmCriteria c, AlarmState state, int breaching, List<Double> values, int fills, double latest) {
        int n = c.evaluationPeriods();
        String list = list(values, fills);
        String threshold = number(c.threshold());
        Message reason = state == AlarmState.ALARM
                ? Message.of("sim.alarm.reason.alarm", breaching, n, list, c.symbol(), threshold)
                : Message.of("sim.alarm.reason.ok", breaching, n, list, c.symbol(), threshold, c.datapointsToAlarm());
        return new Evaluation(state, breaching, n, latest, reason);
    }

    private static int countBreaching(AlarmCriteria c, List<Double> values) {
        int b = 0;
        for (double v : values) {
            if (c.breaches(v)) {
                b++;
            }
        }
        return b;
    }

    private static int missingCount(double[] range) {
        int k = 0;
        for (double v : range) {
            if (Double.isNaN(v)) {
                k++;
            }
        }
        return k;
    }

    private static String list(List<Double> values, int fills) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(number(v));
        }
        for (int i = 0; i < fills; i++) {
            b.append(b.length() > 0 ? ", " : "").append('-');
        }
        return b.toString();
    }

    /**
     * @param v a value
     * @return it with at most three decimals, the same in every language
     */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
