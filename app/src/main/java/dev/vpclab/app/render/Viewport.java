package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;

/**
 * What part of the diagram a frame shows: the world point at the frame's top-left corner, the zoom, and the frame
 * size in screen pixels. Screen = (world − origin) × zoom.
 *
 * @param x world x at the left edge
 * @param y world y at the top edge
 * @param zoom screen pixels per world unit (1 = 100 %)
 * @param width frame width in pixels
 * @param height frame height in pixels
 */
public record Viewport(double x, double y, double zoom, double width, double height) {

    /** Validates. */
    public Viewport {
        if (!(zoom > 0) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("zoom must be positive");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a frame cannot have a negative size");
        }
    }

    /** @return the world rectangle the frame shows */
    public Bounds world() {
        return Bounds.of(x, y, width / zoom, height / zoom);
    }

    /** @param sx screen x @return world x */
    public double toWorldX(double sx) {
        return x + sx / zoom;
    }

    /** @param sy screen y @return world y */
    public double toWorldY(double sy) {
        return y + sy / zoom;
    }

    /** @param wx world x @return screen x */
    public double toScreenX(double wx) {
        return (wx - x) * zoom;
    }

    /** @param wy world y @return screen y */
    public double toScreenY(double wy) {
        return (wy - y) * zoom;
    }

    /**
     * @param sx screen x to keep fixed
     * @param sy screen y to keep fixed
     * @param newZoom the new zoom
     * @return this viewport zoomed so that the world point under (sx, sy) stays there
     */
    public Viewport zoomAt(double sx, double sy, double newZoom) {
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        return new Viewport(wx - sx / newZoom, wy - sy / newZoom, newZoom, width, height);
    }

    /**
     * @param dx screen pixels to the right
     * @param dy screen pixels down
     * @return the viewport after dragging the content by that much
     */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(x - dx / zoom, y - dy / zoom, zoom, width, height);
    }

    /**
     * @param w new width in pixels
     * @param h new height in pixels
     * @return the viewport with the frame resized, the origin kept
     */
    public Viewport resized(double w, double h) {
        return new Viewport(x, y, zoom, w, h);
    }

    /**
     * @param wx world x
     * @param wy world y
     * @return the viewport centred on that point
     */
    public Viewport centredOn(double wx, double wy) {
        return new Viewport(wx - width / zoom / 2, wy - height / zoom / 2, zoom, width, height);
    }

    /**
     * @param content world bounds to show
     * @param margin screen pixels to keep free around it
     * @param minZoom smallest zoom
     * @param maxZoom largest zoom
     * @return the viewport showing all of content, centred
     */
    public Viewport fit(Bounds content, double margin, double minZoom, double maxZoom) {
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        double z = Math.min(w / Math.max(1, content.width()), h / Math.max(1, content.height()));
        z = Math.max(minZoom, Math.min(maxZoom, z));
        return new Viewport(0, 0, z, width, height).centredOn(content.x() + content.width() / 2, content.y() + content.height() / 2);
    }
}
