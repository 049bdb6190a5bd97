package dev.vpclab.app.sim;

import java.util.List;

/**
 * One dashboard chart ready to draw: its lines in minutes since the start, the alarm thresholds on its metric as
 * dashed lines, fault moments as vertical marks, the axes' ranges, and the newest value for its header.
 *
 * @param id which chart
 * @param title its metric names ("RequestCount")
 * @param subtitle the statistics and period ("Sum · per minute")
 * @param lines its lines
 * @param thresholds alarm thresholds on its metric
 * @param markers faults within the time shown
 * @param xMin the first minute shown
 * @param xMax the last minute shown
 * @param yMax the top of the value axis (the highest value or threshold with some room)
 * @param latest the newest value as text, or "" when there is none
 */
public record ChartModel(ChartId id, String title, String subtitle, List<Line> lines, List<Threshold> thresholds, List<Marker> markers,
                         double xMin, double xMax, double yMax, String latest) {

    /** Copies. */
    public ChartModel {
        lines = List.copyOf(lines);
        thresholds = List.copyOf(thresholds);
        markers = List.copyOf(markers);
    }

    /**
     * @param id a chart
     * @param title its title
     * @return the chart with nothing to show yet
     */
    public static ChartModel empty(ChartId id, String title) {
        return new ChartModel(id, title, "", List.of(), List.of(), List.of(), 0, 30, 1, "");
    }

    /** @return the number of datapoints over all lines */
    public int pointCount() {
        int n = 0;
        for (Line l : lines) {
            n += l.x().length;
        }
        return n;
    }

    /**
     * One line.
     *
     * @param label what it is (legend text)
     * @param colour its colour, "#rrggbb"
     * @param x minutes since the start of each datapoint's period
     * @param y the values
     */
    public record Line(String label, String colour, double[] x, double[] y) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && label.equals(l.label) && colour.equals(l.colour) && java.util.Arrays.equals(x, l.x)
                    && java.util.Arrays.equals(y, l.y);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(label, colour, java.util.Arrays.hashCode(x), java.util.Arrays.hashCode(y));
        }

        @Override
        public String toString() {
            return label + " " + x.length + " points";
        }
    }

    /**
     * An alarm threshold on the chart's metric.
     *
     * @param value the threshold
     * @param label the alarm and its condition ("cpu-high > 70")
     */
    public record Threshold(double value, String label) {
    }

    /**
     * A fault moment.
     *
     * @param x minutes since the start
     * @param label what happened ("AZ us-east-1a failed")
     */
    public record Marker(double x, String label) {
    }
}
