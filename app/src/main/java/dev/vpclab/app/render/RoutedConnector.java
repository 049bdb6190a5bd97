package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;

/**
 * A connector with its drawn path: orthogonal segments between the two elements' sides, the point its label is
 * centred on, and the box around it for culling.
 *
 * @param connector what it connects
 * @param points x0, y0, x1, y1, … in world units, at least two points
 * @param labelX label centre x
 * @param labelY label centre y
 * @param bounds the box around the path
 */
public record RoutedConnector(Connector connector, double[] points, double labelX, double labelY, Bounds bounds) {

    /** @return the number of points */
    public int size() {
        return points.length / 2;
    }

    /** @return the angle of the last segment, in radians, pointing into the end */
    public double endAngle() {
        int n = points.length;
        return Math.atan2(points[n - 1] - points[n - 3], points[n - 2] - points[n - 4]);
    }
}
