package dev.vpclab.model.layout;

/**
 * The sizes of the diagram's boxes, shared by the automatic layout and the canvas so that what one places the
 * other draws without clipping. Canvas units are pixels at 100 % zoom.
 */
public final class LayoutMetrics {

    /** Width of a resource node: icon, name and address lines. */
    public static final double NODE_WIDTH = 104;
    /** Height of a resource node. */
    public static final double NODE_HEIGHT = 88;
    /** Size of the icon inside a node. */
    public static final double ICON = 40;
    /** Width of a gateway drawn on a VPC's edge: icon with its label to the right. */
    public static final double EDGE_NODE_WIDTH = 168;
    /** Height of a gateway drawn on a VPC's edge. */
    public static final double EDGE_NODE_HEIGHT = 48;
    /** Space between nodes and between boxes. */
    public static final double GAP = 16;
    /** Header band of a subnet (name, CIDR, ACL badge). */
    public static final double SUBNET_HEADER = 34;
    /** Padding inside a subnet. */
    public static final double SUBNET_PADDING = 14;
    /** Smallest subnet width, wide enough for the header. */
    public static final double SUBNET_MIN_WIDTH = 264;
    /** Smallest subnet height. */
    public static final double SUBNET_MIN_HEIGHT = 96;
    /** Header band of an Availability Zone column. */
    public static final double AZ_HEADER = 30;
    /** Padding inside an Availability Zone column. */
    public static final double AZ_PADDING = 12;
    /** Header band of a VPC. */
    public static final double VPC_HEADER = 48;
    /** Padding inside a VPC. */
    public static final double VPC_PADDING = 18;
    /** Header band of a Region. */
    public static final double REGION_HEADER = 44;
    /** Padding inside a Region. */
    public static final double REGION_PADDING = 28;
    /** Height of the band above the zones where a VPC's load balancers sit. */
    public static final double LB_BAND = NODE_HEIGHT + 24;
    /** Header band of an Auto Scaling group box. */
    public static final double ASG_HEADER = 26;
    /** Padding of an Auto Scaling group box around its instances. */
    public static final double ASG_PADDING = 10;
    /** Most nodes in one row of a subnet. */
    public static final int MAX_NODES_PER_ROW = 4;

    private LayoutMetrics() {
    }
}
