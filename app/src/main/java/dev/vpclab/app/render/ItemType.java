package dev.vpclab.app.render;

/** How an element is drawn; the order is the drawing order (later types are drawn above earlier ones). */
public enum ItemType {
    /** A Region: dashed grey box with a flag, code and display name. */
    REGION(true),
    /** A VPC: purple box with a cloud, name and CIDR block. */
    VPC(true),
    /** An Availability Zone column of a VPC: dashed blue box with the zone name. */
    AZ_COLUMN(true),
    /** A subnet: green (public) or teal (private) box with a header. */
    SUBNET(true),
    /** An Auto Scaling group: dashed orange box around its instances. */
    AUTO_SCALING_GROUP(true),
    /** A load balancer: rounded purple box with its nodes' addresses. */
    LOAD_BALANCER(false),
    /** An icon with its name and address below. */
    NODE(false),
    /** A gateway on a VPC edge: icon with its label to the right. */
    EDGE_NODE(false);

    private final boolean container;

    ItemType(boolean container) {
        this.container = container;
    }

    /** @return true for boxes that hold other elements */
    public boolean container() {
        return container;
    }
}
