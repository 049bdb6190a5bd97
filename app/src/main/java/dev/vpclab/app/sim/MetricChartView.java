package dev.vpclab.app.sim;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.AbstractSingleValueIndicator;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.YValueIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One dashboard tile: a header (metric, statistic and period, legend, newest value) over a chart-fx line chart
 * whose alarm thresholds are dashed horizontal lines and whose faults are dashed vertical ones. The x axis is
 * minutes since the start, written "h:mm".
 */
final class MetricChartView extends VBox {

    private final DefaultNumericAxis xAxis = new DefaultNumericAxis();
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis();
    private final XYChart chart;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label latest = new Label();
    private final HBox legend = new HBox(8);
    private final List<DoubleDataSet> sets = new ArrayList<>();
    private final List<YValueIndicator> thresholds = new ArrayList<>();
    private final List<XValueIndicator> markers = new ArrayList<>();
    private final boolean labelMarkers;
    private ChartModel shown;

    /**
     * @param model what to show
     * @param labelMarkers true to write what each fault was beside its line (one chart of the dashboard does)
     */
    MetricChartView(ObservableValue<ChartModel> model, boolean labelMarkers) {
        this.labelMarkers = labelMarkers;
        getStyleClass().add("sim-tile");
        xAxis.setSide(Side.BOTTOM);
        yAxis.setSide(Side.LEFT);
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        xAxis.setName(null);
        yAxis.setName(null);
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number minutes) {
                // a label on the axis's very ends would be cut in half by the plot's edge
                double m = minutes.doubleValue();
                if (Math.abs(m - xAxis.getMin()) < 1e-6 || Math.abs(m - xAxis.getMax()) < 1e-6) {
                    return "";
                }
                return SimTime.minutes(Math.round(m * 60));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        yAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return compact(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        chart = new XYChart(xAxis, yAxis);
        chart.getStyleClass().add("sim-chart");
        if (!labelMarkers) {
            chart.getStyleClass().add("sim-no-marker-labels");
        }
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        ErrorDataSetRenderer r = (ErrorDataSetRenderer) chart.getRenderers().get(0);
        r.setDrawMarker(false);
        r.setPolyLineStyle(LineStyle.NORMAL);
        VBox.setVgrow(chart, Priority.ALWAYS);

        title.getStyleClass().add("sim-tile-title");
        subtitle.getStyleClass().add("sim-tile-subtitle");
        latest.getStyleClass().add("sim-tile-latest");
        legend.setAlignment(Pos.CENTER_RIGHT);
        legend.getStyleClass().add("sim-legend-box");
        legend.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        subtitle.setMinWidth(0);
        latest.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, subtitle, gap, latest);
        header.setAlignment(Pos.BASELINE_LEFT);
        javafx.scene.layout.StackPane plot = new javafx.scene.layout.StackPane(chart, legend);
        javafx.scene.layout.StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane.setMargin(legend, new javafx.geometry.Insets(0, 6, 0, 0));
        plot.setMinSize(0, 0);
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().addAll(header, plot);
        model.addListener((o, a, b) -> show(b));
        show(model.getValue());
    }

    /** @return the chart (for tests: its data sets and plugins) */
    XYChart chart() {
        return chart;
    }

    private void show(ChartModel m) {
        if (m == null || m.equals(shown)) {
            return;
        }
        shown = m;
        setId("chart-" + m.id().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        title.setText(m.title());
        subtitle.setText(m.subtitle());
        latest.setText(m.latest());
        legend();
        xAxis.set(m.xMin(), m.xMax());
        xAxis.setTickUnit(tick(m.xMax() - m.xMin()));
        yAxis.set(0, m.yMax());
        while (sets.size() > m.lines().size()) {
            chart.getDatasets().remove(sets.remove(sets.size() - 1));
        }
        for (int i = 0; i < m.lines().size(); i++) {
            ChartModel.Line line = m.lines().get(i);
            DoubleDataSet ds;
            if (i < sets.size()) {
                ds = sets.get(i);
            } else {
                ds = new DoubleDataSet(line.label());
                sets.add(ds);
                chart.getDatasets().add(ds);
            }
            String style = "-fx-line-color: " + line.colour() + "; -fx-line-width: 1.6;";
            if (!style.equals(ds.getStyle())) {
                ds.setStyle(style);
            }
            ds.set(line.x(), line.y(), line.x().length, true);
        }
        reconcile(thresholds, m.thresholds().size(), i -> {
            YValueIndicator y = new YValueIndicator(yAxis, 0);
            y.setLabelHorizontalAnchor(HPos.LEFT);
            y.setLabelVerticalAnchor(VPos.BOTTOM);
            y.setLabelPosition(0.02);
            return y;
        });
        for (int i = 0; i < thresholds.size(); i++) {
            thresholds.get(i).setValue(m.thresholds().get(i).value());
            thresholds.get(i).setText(m.thresholds().get(i).label());
        }
        reconcile(markers, m.markers().size(), i -> {
            XValueIndicator x = new XValueIndicator(xAxis, 0);
            x.setLabelVerticalAnchor(VPos.CENTER);
            x.setLabelHorizontalAnchor(HPos.RIGHT);
            x.setLabelPosition(0.35);
            return x;
        });
        for (int i = 0; i < markers.size(); i++) {
            markers.get(i).setValue(m.markers().get(i).x());
            markers.get(i).setText(labelMarkers ? m.markers().get(i).label() : "");
        }
    }

    private <T extends AbstractSingleValueIndicator> void reconcile(List<T> have, int want, java.util.function.IntFunction<T> make) {
        while (have.size() > want) {
            chart.getPlugins().remove(have.remove(have.size() - 1));
        }
        while (have.size() < want) {
            T t = make.apply(have.size());
            t.setEditable(false);
            have.add(t);
            chart.getPlugins().add(t);
        }
    }

    private void legend() {
        legend.getChildren().clear();
        if (shown.lines().size() < 2) {
            return;
        }
        int max = 4;
        for (int i = 0; i < shown.lines().size() && i < max; i++) {
            ChartModel.Line l = shown.lines().get(i);
            Label item = new Label(l.label(), SimWidgets.colourDot(l.colour()));
            item.getStyleClass().add("sim-legend");
            item.setMinWidth(0);
            legend.getChildren().add(item);
        }
        if (shown.lines().size() > max) {
            Label more = new Label("+" + (shown.lines().size() - max));
            more.getStyleClass().add("sim-legend");
            legend.getChildren().add(more);
        }
    }

    /**
     * @param v an axis value
     * @return it short: "5k", "1.2k", "0.25", "12"
     */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1_000_000) {
            return trim(v / 1_000_000) + "M";
        }
        if (a >= 1000) {
            return trim(v / 1000) + "k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, Math.abs(v) < 1 ? "%.2f" : "%.1f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** Minutes between x ticks: about four ticks on the window. */
    static double tick(double minutes) {
        for (double t : new double[] {1, 2, 5, 10, 15, 30, 60, 120, 180, 360}) {
            if (minutes / t <= 5) {
                return t;
            }
        }
        return 720;
    }
}
