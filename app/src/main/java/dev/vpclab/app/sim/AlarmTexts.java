package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.sim.alarm.AlarmStatus;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An alarm's condition in words and as a threshold line: "cpu-high &gt; 70" on the CPUUtilization chart, and
 * "CPUUtilization &gt; 70 in 3 of 3 periods of 1 min" on its widget, as CloudWatch's console says it
 * (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html">alarm
 * evaluation</a>: M of the last N periods must breach).
 */
final class AlarmTexts {

    private AlarmTexts() {
    }

    /**
     * @param c a comparison
     * @return its sign
     */
    static String sign(Alarm.Comparison c) {
        switch (c) {
            case GREATER_THAN_OR_EQUAL_TO_THRESHOLD: return "\u2265";
            case GREATER_THAN_THRESHOLD: return ">";
            case LESS_THAN_THRESHOLD: return "<";
            default: return "\u2264";
        }
    }

    private static String number(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setMaximumFractionDigits(3);
        f.setGroupingUsed(false);
        return f.format(v);
    }

    /**
     * @param doc the network (its alarms)
     * @param chart a chart
     * @return the thresholds of the alarms on the chart's metrics
     */
    static List<ChartModel.Threshold> thresholds(Document doc, ChartId chart) {
        List<ChartModel.Threshold> out = new ArrayList<>();
        for (Alarm a : doc.all(Alarm.class)) {
            if (a.namespace().equals(chart.namespace()) && chart.shows(a.metricName())) {
                out.add(new ChartModel.Threshold(a.threshold(), a.name() + " " + sign(a.comparison()) + " " + number(a.threshold())));
            }
        }
        return out;
    }

    /**
     * @param s a snapshot
     * @param i18n the language
     * @return a widget per alarm, in the simulator's order (the document's alarms first)
     */
    static List<AlarmChip> chips(SimulationSnapshot s, I18n i18n) {
        List<AlarmChip> out = new ArrayList<>();
        for (AlarmStatus st : s.alarms()) {
            Alarm a = s.document().get(st.alarmId(), Alarm.class);
            String reason = st.reason() == null ? i18n.get("simmode.alarm.noData") : i18n.get(st.reason());
            out.add(new AlarmChip(st.name(), st.state(), a == null || st.managed() ? i18n.get("simmode.alarm.managed", st.metricName())
                    : condition(a, i18n), reason, st.managed()));
        }
        return out;
    }

    /**
     * @param a an alarm
     * @param i18n the language
     * @return its condition in words
     */
    static String condition(Alarm a, I18n i18n) {
        String period = a.periodSeconds() % 60 == 0 ? i18n.get("simmode.unit.minutes", a.periodSeconds() / 60)
                : i18n.get("simmode.unit.seconds", a.periodSeconds());
        if (a.evaluationPeriods() == 1) {
            return i18n.get("simmode.alarm.condition.one", a.metricName(), sign(a.comparison()), number(a.threshold()), period);
        }
        return i18n.get("simmode.alarm.condition.many", a.metricName(), sign(a.comparison()), number(a.threshold()), a.datapointsToAlarm(),
                a.evaluationPeriods(), period);
    }
}
