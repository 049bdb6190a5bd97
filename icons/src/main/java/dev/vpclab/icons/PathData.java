package dev.vpclab.icons;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Small builders of SVG path data on the 24 × 24 icon grid, so glyphs read as shapes rather than strings.
 *
 * <p>Every builder returns plain path data ("M… L… A… Z") that both JavaFX's {@code SVGPath} and any SVG
 * renderer understand; arc flags are always written with spaces around them, never packed.
 */
final class PathData {

    private PathData() {
    }

    /**
     * Joins sub-paths into one path.
     *
     * @param parts sub-paths, each starting with a move-to
     * @return the parts separated by single spaces
     */
    static String join(String... parts) {
        return String.join(" ", parts);
    }

    /**
     * A straight line.
     *
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     * @return path data
     */
    static String line(double x1, double y1, double x2, double y2) {
        return "M" + num(x1) + " " + num(y1) + " L" + num(x2) + " " + num(y2);
    }

    /**
     * An open polyline through the given points.
     *
     * @param xy alternating x and y coordinates, at least two points
     * @return path data
     */
    static String polyline(double... xy) {
        if (xy.length < 4 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("A polyline needs pairs of coordinates for at least two points");
        }
        StringBuilder sb = new StringBuilder("M").append(num(xy[0])).append(' ').append(num(xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            sb.append(" L").append(num(xy[i])).append(' ').append(num(xy[i + 1]));
        }
        return sb.toString();
    }

    /**
     * A closed polygon through the given points.
     *
     * @param xy alternating x and y coordinates, at least three points
     * @return path data
     */
    static String polygon(double... xy) {
        return polyline(xy) + " Z";
    }

    /**
     * A full circle drawn as two half arcs.
     *
     * @param cx centre x
     * @param cy centre y
     * @param r radius
     * @return path data
     */
    static String circle(double cx, double cy, double r) {
        return ellipse(cx, cy, r, r);
    }

    /**
     * A full axis-aligned ellipse drawn as two half arcs.
     *
     * @param cx centre x
     * @param cy centre y
     * @param rx horizontal radius
     * @param ry vertical radius
     * @return path data
     */
    static String ellipse(double cx, double cy, double rx, double ry) {
        String radii = num(rx) + " " + num(ry);
        return "M" + num(cx - rx) + " " + num(cy)
                + " A" + radii + " 0 1 0 " + num(cx + rx) + " " + num(cy)
                + " A" + radii + " 0 1 0 " + num(cx - rx) + " " + num(cy) + " Z";
    }

    /**
     * A spoke: the straight line between the rims of two circles, along the line joining their centres.
     *
     * @param x1 first centre x
     * @param y1 first centre y
     * @param r1 first radius
     * @param x2 second centre x
     * @param y2 second centre y
     * @param r2 second radius
     * @return path data
     */
    static String spoke(double x1, double y1, double r1, double x2, double y2, double r2) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        return line(x1 + ux * r1, y1 + uy * r1, x2 - ux * r2, y2 - uy * r2);
    }

    /**
     * A rectangle with rounded corners.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     * @param r corner radius (0 for square corners)
     * @return path data
     */
    static String roundRect(double x, double y, double w, double h, double r) {
        if (r <= 0) {
            return polygon(x, y, x + w, y, x + w, y + h, x, y + h);
        }
        String arc = " A" + num(r) + " " + num(r) + " 0 0 1 ";
        return "M" + num(x + r) + " " + num(y)
                + " L" + num(x + w - r) + " " + num(y) + arc + num(x + w) + " " + num(y + r)
                + " L" + num(x + w) + " " + num(y + h - r) + arc + num(x + w - r) + " " + num(y + h)
                + " L" + num(x + r) + " " + num(y + h) + arc + num(x) + " " + num(y + h - r)
                + " L" + num(x) + " " + num(y + r) + arc + num(x + r) + " " + num(y) + " Z";
    }

    /**
     * An open arrowhead (a chevron) whose tip is at (x, y), pointing in the direction (dx, dy).
     *
     * @param x tip x
     * @param y tip y
     * @param dx direction x (need not be normalised)
     * @param dy direction y
     * @param size length of each barb
     * @return path data
     */
    static String arrowHead(double x, double y, double dx, double dy, double size) {
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double c = Math.cos(Math.toRadians(45));
        // The two barbs point back from the tip at ±45°.
        double ax = x - size * (ux * c - uy * c);
        double ay = y - size * (uy * c + ux * c);
        double bx = x - size * (ux * c + uy * c);
        double by = y - size * (uy * c - ux * c);
        return polyline(ax, ay, x, y, bx, by);
    }

    /**
     * A shield: flat top corners, straight sides, curving to a point at the bottom.
     *
     * @param cx centre x
     * @param top top y (the peak of the upper edge)
     * @param w width
     * @param h height
     * @return path data
     */
    static String shield(double cx, double top, double w, double h) {
        double half = w / 2;
        double shoulder = top + h * 0.16;
        double waist = top + h * 0.5;
        double bottom = top + h;
        return "M" + num(cx) + " " + num(top)
                + " L" + num(cx + half) + " " + num(shoulder)
                + " L" + num(cx + half) + " " + num(waist)
                + " C" + num(cx + half) + " " + num(top + h * 0.76) + " " + num(cx + half * 0.5) + " "
                + num(top + h * 0.92) + " " + num(cx) + " " + num(bottom)
                + " C" + num(cx - half * 0.5) + " " + num(top + h * 0.92) + " " + num(cx - half) + " "
                + num(top + h * 0.76) + " " + num(cx - half) + " " + num(waist)
                + " L" + num(cx - half) + " " + num(shoulder) + " Z";
    }

    /**
     * Formats a coordinate the way SVG wants it: no exponent, at most three decimals, never a locale's comma.
     *
     * @param v the value
     * @return the shortest plain decimal text
     */
    static String num(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }
}
