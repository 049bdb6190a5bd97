package dev.vpclab.sim;

import dev.vpclab.sim.alarm.AlarmTransition;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricQuery;
import dev.vpclab.sim.metrics.MetricSeries;
import dev.vpclab.sim.metrics.MetricStore;
import dev.vpclab.sim.metrics.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a run as {@code vpclab simulate} prints them. CSV: a header, then one line per datapoint (time,
 * namespace, metric, dimensions as Name=value;Name=value, statistic, value), sorted. JSON: one object with
 * {@code metrics} (namespace, metric, dimensions, statistic, period, datapoints of time and value), {@code alarms}
 * (transitions: alarm, time, from, to, reason), {@code scaling} (time, group, description), {@code targets}
 * (requests served per target id), {@code events} and {@code notes}. Each metric is reported with the statistics
 * AWS names as most useful for it (Sum for counts, Average and p99 for response times, Average and Maximum for CPU).
 * Sentences are in the given language; the same run always gives the same bytes.
 */
public final class SimulationReport {

    private final TrafficSimulator sim;
    private final Locale locale;

    /**
     * @param sim a simulator (usually run to the end)
     * @param locale the language of sentences
     */
    public SimulationReport(TrafficSimulator sim, Locale locale) {
        this.sim = sim;
        this.locale = locale;
    }

    /**
     * @param metricName a metric name
     * @return the statistics the report gives for it
     */
    public static List<Statistic> statistics(String metricName) {
        switch (metricName) {
            case "TargetResponseTime":
            case "Latency":
                return List.of(Statistic.AVERAGE, Statistic.percentile(99));
            case "CPUUtilization":
                return List.of(Statistic.AVERAGE, Statistic.MAXIMUM);
            case "HealthyHostCount":
            case "UnHealthyHostCount":
            case "DatabaseConnections":
            case "ActiveFlowCount":
            case "GroupDesiredCapacity":
            case "GroupInServiceInstances":
            case "GroupTotalInstances":
            case "GroupPendingInstances":
            case "GroupTerminatingInstances":
            case "GroupMinSize":
            case "GroupMaxSize":
                return List.of(Statistic.AVERAGE);
            case "StatusCheckFailed":
                return List.of(Statistic.MAXIMUM);
            default:
                return List.of(Statistic.SUM);
        }
    }

    /** One reported metric and statistic with its datapoints. */
    private record Line(MetricKey key, Statistic statistic, int period, List<Datapoint> points) {
    }

    private List<Line> lines() {
        MetricStore store = sim.metrics();
        int period = sim.scenario().periodSeconds();
        long end = sim.now();
        List<Line> out = new ArrayList<>();
        for (MetricKey key : store.keys()) {
            MetricSeries s = store.find(key);
            int effective = Math.max(period, s.resolution());
            for (Statistic st : statistics(key.name())) {
                List<Datapoint> points = store.query(new MetricQuery(key, effective, st, 0, end));
                if (!points.isEmpty()) {
                    out.add(new Line(key, st, effective, points));
                }
            }
        }
        return out;
    }

    /** @return the CSV text */
    public String csv() {
        record Row(long time, String rest, String statistic, String line) {
        }
        List<Row> rows = new ArrayList<>();
        for (Line l : lines()) {
            String prefix = csvField(l.key().namespace()) + "," + csvField(l.key().name()) + "," + csvField(l.key().dimensionsText());
            for (Datapoint p : l.points()) {
                rows.add(new Row(p.time(), prefix, l.statistic().text(), p.time() + "," + prefix + "," + l.statistic().text() + ","
                        + JsonText.number(p.value())));
            }
        }
        rows.sort((a, b) -> a.time() != b.time() ? Long.compare(a.time(), b.time())
                : a.rest().equals(b.rest()) ? a.statistic().compareTo(b.statistic()) : a.rest().compareTo(b.rest()));
        StringBuilder b = new StringBuilder("time,namespace,metric,dimensions,statistic,value\n");
        for (Row r : rows) {
            b.append(r.line()).append('\n');
        }
        return b.toString();
    }

    /** @return the JSON text (one object, one line per list entry) */
    public String json() {
        StringBuilder b = new StringBuilder("{\n  \"metrics\": [");
        String sep = "\n    ";
        for (Line l : lines()) {
            b.append(sep).append("{\"namespace\": ").append(JsonText.string(l.key().namespace()))
                    .append(", \"metric\": ").append(JsonText.string(l.key().name())).append(", \"dimensions\": {");
            String ds = "";
            for (Map.Entry<String, String> d : l.key().dimensions().entrySet()) {
                b.append(ds).append(JsonText.string(d.getKey())).append(": ").append(JsonText.string(d.getValue()));
                ds = ", ";
            }
            b.append("}, \"statistic\": ").append(JsonText.string(l.statistic().text())).append(", \"period\": ").append(l.period())
                    .append(", \"datapoints\": [");
            String ps = "";
            for (Datapoint p : l.points()) {
                b.append(ps).append("{\"time\": ").append(p.time()).append(", \"value\": ").append(JsonText.number(p.value())).append('}');
                ps = ", ";
            }
            b.append("]}");
            sep = ",\n    ";
        }
        b.append("\n  ],\n  \"alarms\": [");
        sep = "\n    ";
        for (AlarmTransition t : sim.alarmHistory()) {
            b.append(sep).append("{\"alarm\": ").append(JsonText.string(t.alarmName())).append(", \"time\": ").append(t.time())
                    .append(", \"from\": ").append(JsonText.string(t.from().name())).append(", \"to\": ").append(JsonText.string(t.to().name()))
                    .append(", \"reason\": ").append(JsonText.string(t.reason().format(locale))).append('}');
            sep = ",\n    ";
        }
        b.append("\n  ],\n  \"scaling\": [");
        sep = "\n    ";
        for (ScalingActivity a : sim.activities()) {
            b.append(sep).append("{\"time\": ").append(a.time()).append(", \"group\": ").append(JsonText.string(a.groupId()))
                    .append(", \"description\": ").append(JsonText.string(a.description().format(locale))).append('}');
            sep = ",\n    ";
        }
        b.append("\n  ],\n  \"targets\": {");
        sep = "\n    ";
        for (Map.Entry<String, Long> e : sim.requestsServed().entrySet()) {
            b.append(sep).append(JsonText.string(e.getKey())).append(": ").append(e.getValue());
            sep = ",\n    ";
        }
        b.append("\n  },\n  \"events\": [");
        sep = "\n    ";
        for (SimEvent e : sim.events()) {
            b.append(sep).append("{\"time\": ").append(e.time()).append(", \"resource\": ").append(JsonText.string(e.resourceId()))
                    .append(", \"description\": ").append(JsonText.string(e.description().format(locale))).append('}');
            sep = ",\n    ";
        }
        b.append("\n  ],\n  \"notes\": [");
        sep = "\n    ";
        for (var n : sim.notes()) {
            b.append(sep).append(JsonText.string(n.format(locale)));
            sep = ",\n    ";
        }
        return b.append("\n  ]\n}\n").toString();
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
