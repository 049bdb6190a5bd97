package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A strip of the run's time from 0 to its duration: the elapsed part filled, the current time as a cursor, each
 * planned fault as a hollow diamond and each injected one as a filled diamond, with a label where there is room.
 */
final class FaultTimelineView extends Region {

    private static final double HEIGHT = 50;
    private static final double PAD = 8;
    private static final Color TRACK = Color.web("#d0d7de");
    private static final Color DONE = Color.web("#2f6fde");
    private static final Color FAULT = Color.web("#cf222e");
    private static final Color RECOVER = Color.web("#1a7f37");
    private static final Color TEXT = Color.web("#57606a");

    private final Canvas canvas = new Canvas();
    private final I18n i18n;
    private final Tooltip tip = new Tooltip();
    private SimulationSnapshot shown;

    FaultTimelineView(SimulationViewModel vm, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("sim-timeline");
        setId("fault-timeline");
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        Tooltip.install(this, tip);
        vm.snapshotProperty().addListener((o, a, b) -> {
            shown = b;
            draw();
        });
        i18n.localeProperty().addListener((o, a, b) -> draw());
        widthProperty().addListener((o, a, b) -> draw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(HEIGHT);
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        g.clearRect(0, 0, w, HEIGHT);
        if (shown == null || !shown.loaded() && shown.faults().isEmpty()) {
            return;
        }
        long end = Math.max(Math.max(shown.duration(), shown.time()), 60);
        double left = PAD;
        double right = w - PAD;
        double y = 24;
        // the family app.css gives the whole UI: it has Hangul, which the platform default may lack
        Font small = Font.font("Noto Sans CJK KR", 10);
        g.setFont(small);
        g.setLineWidth(4);
        g.setStroke(TRACK);
        g.strokeLine(left, y, right, y);
        double nowX = x(shown.time(), end, left, right);
        g.setStroke(DONE);
        g.strokeLine(left, y, nowX, y);
        g.setLineWidth(1);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        long step = ticks(end);
        for (long t = 0; t <= end; t += step) {
            double tx = x(t, end, left, right);
            g.setStroke(TRACK);
            g.strokeLine(tx, y + 3, tx, y + 6);
            g.fillText(SimTime.minutes(t), Math.max(left + 12, Math.min(right - 12, tx)), y + 8);
        }
        FaultTargets targets = new FaultTargets(shown.original());
        List<double[]> taken = new ArrayList<>();
        StringBuilder tipText = new StringBuilder();
        g.setTextBaseline(VPos.BOTTOM);
        for (FaultMark f : shown.faults()) {
            double fx = x(f.time(), end, left, right);
            Color c = f.recovers() ? RECOVER : FAULT;
            diamond(g, fx, y, c, !f.planned());
            String label = i18n.get(targets.describe(f));
            tipText.append(SimTime.minutes(f.time())).append("  ").append(label).append(" (")
                    .append(i18n.get(f.planned() ? "simmode.timeline.planned" : "simmode.timeline.injected")).append(")\n");
            Text measure = new Text(label);
            measure.setFont(small);
            double width = measure.getLayoutBounds().getWidth() + 6;
            double lx = Math.max(left + width / 2, Math.min(right - width / 2, fx));
            if (free(taken, lx - width / 2, lx + width / 2)) {
                taken.add(new double[] {lx - width / 2, lx + width / 2});
                g.setFill(c);
                g.fillText(label, lx, y - 7);
            }
        }
        g.setStroke(Color.web("#24292f"));
        g.setLineWidth(1.5);
        g.strokeLine(nowX, y - 6, nowX, y + 6);
        tip.setText(tipText.length() == 0 ? i18n.get("simmode.timeline.none") : tipText.toString().trim());
    }

    private static boolean free(List<double[]> taken, double a, double b) {
        for (double[] t : taken) {
            if (a < t[1] + 6 && b > t[0] - 6) {
                return false;
            }
        }
        return true;
    }

    private static void diamond(GraphicsContext g, double x, double y, Color c, boolean filled) {
        double r = 5;
        double[] xs = {x, x + r, x, x - r};
        double[] ys = {y - r, y, y + r, y};
        g.setFill(filled ? c : Color.WHITE);
        g.fillPolygon(xs, ys, 4);
        g.setStroke(c);
        g.setLineWidth(1.5);
        g.strokePolygon(xs, ys, 4);
    }

    private static double x(long t, long end, double left, double right) {
        return left + (right - left) * Math.min(1, t / (double) end);
    }

    /** Seconds between labelled ticks: about six over the run. */
    static long ticks(long end) {
        for (long s : new long[] {300, 600, 900, 1800, 3600, 7200, 21600}) {
            if (end / s <= 8) {
                return s;
            }
        }
        return 43200;
    }
}
