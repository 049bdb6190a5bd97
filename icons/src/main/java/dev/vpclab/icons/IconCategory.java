package dev.vpclab.icons;

/**
 * The colour families of the icon set, after the categories of AWS architecture diagrams.
 *
 * <p>Database uses a plain blue rather than AWS's magenta so that it cannot be mistaken for monitoring pink.
 */
public enum IconCategory {
    /** Networking and content delivery: VPCs, subnets, gateways, routing. */
    NETWORK("#8C4FFF"),
    /** Compute: instances, network interfaces, Auto Scaling. */
    COMPUTE("#ED7100"),
    /** Databases. */
    DATABASE("#3B48CC"),
    /** Elastic Load Balancing; drawn in the network colour, as AWS does. */
    LOAD_BALANCING("#8C4FFF"),
    /** Management and monitoring: CloudWatch alarms. */
    MONITORING("#E7157B"),
    /** Security, identity and compliance: security groups and network ACLs. */
    SECURITY("#DD344C"),
    /** The world outside AWS, and general shapes: internet users, on-premises networks. */
    OUTSIDE("#232F3E");

    private final String colour;

    IconCategory(String colour) {
        this.colour = colour;
    }

    /**
     * The tile colour.
     *
     * @return a CSS and SVG hex colour, "#RRGGBB" in upper case
     */
    public String colour() {
        return colour;
    }
}
