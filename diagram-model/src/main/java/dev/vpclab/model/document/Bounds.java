package dev.vpclab.model.document;

/**
 * Where an element is drawn, in canvas units, absolute (not relative to its container).
 *
 * @param x left
 * @param y top
 * @param width width, not negative
 * @param height height, not negative
 * @param collapsed drawn folded (containers only)
 */
public record Bounds(double x, double y, double width, double height, boolean collapsed) {

    /** Validates. */
    public Bounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("bounds must be finite numbers");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("bounds cannot have a negative size");
        }
    }

    /**
     * @param x left @param y top @param width width @param height height
     * @return expanded bounds
     */
    public static Bounds of(double x, double y, double width, double height) {
        return new Bounds(x, y, width, height, false);
    }

    /** @param dx right @param dy down @return moved bounds */
    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height, collapsed);
    }

    /** @param w width @param h height @return resized bounds */
    public Bounds withSize(double w, double h) {
        return new Bounds(x, y, w, h, collapsed);
    }

    /** @return right edge */
    public double maxX() {
        return x + width;
    }

    /** @return bottom edge */
    public double maxY() {
        return y + height;
    }

    /** @param px x @param py y @return true if the point lies inside */
    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** @param o other @return true if o lies wholly inside */
    public boolean contains(Bounds o) {
        return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
    }

    /** @param o other @return true if the two overlap with positive area */
    public boolean intersects(Bounds o) {
        return o.x < maxX() && o.maxX() > x && o.y < maxY() && o.maxY() > y;
    }

    /** @param o other @return the smallest bounds holding both */
    public Bounds union(Bounds o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Bounds(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny, collapsed);
    }
}
