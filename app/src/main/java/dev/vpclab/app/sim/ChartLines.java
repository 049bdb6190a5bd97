package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import java.text.NumberFormat;
import java.util.List;

/**
 * How the dashboard draws its lines: a fixed colour per metric and statistic (healthy green, unhealthy red,
 * average blue, p99 purple), a stable colour per instance or database (by the order the run first saw it), the top
 * of each value axis, and the newest value written for a chart's header.
 */
final class ChartLines {

    /** Colours for one line per instance or database; red is left out, as thresholds and failures use it. */
    static final List<String> PALETTE = List.of("#2f6fde", "#8250df", "#1b7c83", "#d4761c", "#bf3989", "#6e7781", "#1a7f37", "#9a6700");
    static final String BLUE = "#2f6fde";
    static final String PURPLE = "#8250df";
    static final String GREEN = "#1a7f37";
    static final String RED = "#cf222e";
    static final String ORANGE = "#d4761c";

    /**
     * @param chart the chart
     * @param series one of its lines
     * @param instances the run's instances, in the order first seen
     * @return the line's colour
     */
    String colour(ChartId chart, Series series, List<InstanceRow> instances) {
        switch (chart) {
            case RESPONSE_TIME:
                return series.statistic().kind() == dev.vpclab.sim.metrics.Statistic.Kind.PERCENTILE ? PURPLE : BLUE;
            case HOSTS:
                return series.metricName().startsWith("UnHealthy") ? RED : GREEN;
            case ELB_5XX:
                return ORANGE;
            case CPU:
                for (int i = 0; i < instances.size(); i++) {
                    if (instances.get(i).id().equals(series.label())) {
                        return PALETTE.get(i % PALETTE.size());
                    }
                }
                return PALETTE.get(Math.floorMod(series.label().hashCode(), PALETTE.size()));
            case DB_CONNECTIONS:
                return PALETTE.get(2);
            default:
                return BLUE;
        }
    }

    /**
     * @param chart the chart
     * @param lines its lines
     * @param thresholds its thresholds
     * @return the top of its value axis: 100 for CPU, else the highest value or threshold with a sixth more room
     */
    static double top(ChartId chart, List<ChartModel.Line> lines, List<ChartModel.Threshold> thresholds) {
        if (chart == ChartId.CPU) {
            return 100;
        }
        double max = 0;
        for (ChartModel.Line l : lines) {
            for (double v : l.y()) {
                max = Math.max(max, v);
            }
        }
        for (ChartModel.Threshold t : thresholds) {
            max = Math.max(max, t.value());
        }
        if (max <= 0) {
            return chart == ChartId.RESPONSE_TIME ? 0.1 : 1;
        }
        return nice(max * 1.15);
    }

    /** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n that is at least v. */
    static double nice(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /**
     * @param chart the chart
     * @param lines its lines
     * @param period the period in seconds
     * @param i18n the language
     * @return its newest value for the header ("2,140 / min", "68 ms"), or ""
     */
    String latest(ChartId chart, List<ChartModel.Line> lines, int period, I18n i18n) {
        if (lines.isEmpty() || lines.get(0).y().length == 0 || chart == ChartId.CPU) {
            return "";
        }
        double[] y = lines.get(0).y();
        double v = y[y.length - 1];
        NumberFormat whole = NumberFormat.getIntegerInstance(i18n.locale());
        switch (chart) {
            case REQUESTS:
                return i18n.get(period == 300 ? "simmode.latest.per5" : "simmode.latest.per1", whole.format(Math.round(v)));
            case RESPONSE_TIME:
                return i18n.get("simmode.latest.ms", whole.format(Math.round(v * 1000)));
            default:
                return whole.format(Math.round(v));
        }
    }
}
