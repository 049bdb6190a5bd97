package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.layout.LayoutMetrics;

/** Where the parts of an item are drawn: its icon, and the rectangle connectors attach to. */
public final class ItemGeometry {

    /** Icon size of a node. */
    public static final double NODE_ICON = LayoutMetrics.ICON;
    /** Icon size of a gateway on a VPC edge. */
    public static final double EDGE_ICON = 40;
    /** Gap above a node's icon. */
    public static final double NODE_ICON_TOP = 4;

    private ItemGeometry() {
    }

    /**
     * @param item an item
     * @return the box its icon is drawn in (for boxes with a header, the header icon)
     */
    public static Bounds icon(RenderItem item) {
        Bounds b = item.bounds();
        switch (item.type()) {
            case NODE: {
                double size = Math.min(NODE_ICON, Math.max(8, Math.min(b.width(), b.height() - NODE_ICON_TOP)));
                return Bounds.of(b.x() + (b.width() - size) / 2, b.y() + NODE_ICON_TOP, size, size);
            }
            case EDGE_NODE: {
                double size = Math.min(EDGE_ICON, Math.max(8, b.height()));
                return Bounds.of(b.x(), b.y() + (b.height() - size) / 2, size, size);
            }
            case LOAD_BALANCER: {
                double size = Math.min(NODE_ICON - 4, Math.max(8, b.height() - 48));
                return Bounds.of(b.x() + (b.width() - size) / 2, b.y() + 8, size, size);
            }
            default:
                return Bounds.of(b.x(), b.y(), 24, 24);
        }
    }

    /**
     * @param item an item
     * @return the rectangle connectors attach to: a node's icon, a box's outline
     */
    public static Bounds port(RenderItem item) {
        if (item.type() == ItemType.NODE || item.type() == ItemType.EDGE_NODE) {
            return icon(item);
        }
        return item.bounds();
    }

    /**
     * @param item an item
     * @return whether a connector may attach below it (not where a node's labels are)
     */
    public static boolean bottomOpen(RenderItem item) {
        return item.type() != ItemType.NODE;
    }

    /**
     * @param item an item
     * @return whether a connector may attach on its right (not where an edge gateway's label is)
     */
    public static boolean rightOpen(RenderItem item) {
        return item.type() != ItemType.EDGE_NODE;
    }

    /**
     * @param item an item
     * @return the point trace paths pass through: a node's icon centre, a box's centre
     */
    public static double[] centre(RenderItem item) {
        Bounds p = port(item);
        return new double[] {p.x() + p.width() / 2, p.y() + p.height() / 2};
    }
}
