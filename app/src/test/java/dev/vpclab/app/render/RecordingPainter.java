package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A painter that records what it is asked to draw, and in which element's group. */
final class RecordingPainter implements Painter {

    /** One text drawn. */
    record Text(String group, String text, double x, double baseline, TextStyle style) {
    }

    /** One icon drawn. */
    record Icon(String group, String kind, double x, double y, double size) {
    }

    final List<Text> texts = new ArrayList<>();
    final List<Icon> icons = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    int lines;
    int rects;
    private final Deque<String> open = new ArrayDeque<>();

    private String group() {
        return open.isEmpty() ? null : open.peek();
    }

    @Override
    public void begin(Viewport viewport, Colour background) {
    }

    @Override
    public void end() {
    }

    @Override
    public void rect(double x, double y, double w, double h, double radius, Colour fill, LineStyle stroke) {
        rects++;
    }

    @Override
    public void polyline(double[] points, LineStyle stroke) {
        lines++;
    }

    @Override
    public void polygon(double[] points, Colour fill, LineStyle stroke) {
    }

    @Override
    public void circle(double cx, double cy, double r, Colour fill, LineStyle stroke) {
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        texts.add(new Text(group(), text, x, baseline, style));
    }

    @Override
    public void icon(String kind, double x, double y, double size, double opacity) {
        icons.add(new Icon(group(), kind, x, y, size));
    }

    @Override
    public void tintedIcon(String kind, double x, double y, double size, Colour tile) {
        icons.add(new Icon(group(), kind, x, y, size));
    }

    @Override
    public void dotGrid(Bounds area, double spacing, double radius, Colour colour) {
    }

    @Override
    public void hatch(Bounds area, double spacing, LineStyle stroke) {
    }

    @Override
    public void beginGroup(String key, String type, String title) {
        open.push(key);
        groups.add(key);
    }

    @Override
    public void endGroup() {
        open.pop();
    }
}
