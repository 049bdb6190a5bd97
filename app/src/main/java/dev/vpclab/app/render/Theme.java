package dev.vpclab.app.render;

/**
 * The colours of the diagram, after AWS architecture diagrams: purple VPCs, dashed blue Availability Zones,
 * green public and teal private subnets, dashed orange Auto Scaling groups; one light and one dark set.
 *
 * @param dark true for the dark set
 * @param background canvas background
 * @param gridDot background grid dots
 * @param text labels
 * @param textMuted secondary labels
 * @param textAddress addresses and CIDR blocks
 * @param regionBorder Region box
 * @param vpcBorder VPC box
 * @param vpcFill VPC fill
 * @param azBorder Availability Zone column
 * @param publicFill public subnet fill
 * @param publicBorder public subnet border
 * @param privateFill private subnet fill
 * @param privateBorder private subnet border
 * @param asgBorder Auto Scaling group box
 * @param lbFill load balancer box fill
 * @param lbBorder load balancer box border
 * @param badgeFill badge fill
 * @param badgeBorder badge border
 * @param selection selection outline and handles
 * @param routeLine route connectors
 * @param lbLine load-balancer connectors
 * @param peeringLine peering, transit gateway and VPN connectors
 * @param replicationLine database replication
 * @param securityGroupLine security-group references
 * @param labelFill background of connector labels
 * @param pathForward trace forward path
 * @param pathReturn trace return path
 * @param pathDropped the hop where a packet was dropped
 * @param minimapFill minimap panel
 */
public record Theme(boolean dark, Colour background, Colour gridDot, Colour text, Colour textMuted, Colour textAddress,
                    Colour regionBorder, Colour vpcBorder, Colour vpcFill, Colour azBorder,
                    Colour publicFill, Colour publicBorder, Colour privateFill, Colour privateBorder, Colour asgBorder,
                    Colour lbFill, Colour lbBorder, Colour badgeFill, Colour badgeBorder, Colour selection,
                    Colour routeLine, Colour lbLine, Colour peeringLine, Colour replicationLine, Colour securityGroupLine,
                    Colour labelFill, Colour pathForward, Colour pathReturn, Colour pathDropped, Colour minimapFill) {

    /** The light set (matches AtlantaFX Primer Light). */
    public static final Theme LIGHT = new Theme(false, c("#FFFFFF"), c("#D5DBE1"), c("#16191F"), c("#5F6B7A"), c("#414D5C"),
            c("#7D8998"), c("#8C4FFF"), c("#FFFFFF00"), c("#147EBA"),
            c("#F2F6E8"), c("#7AA116"), c("#E6F6F7"), c("#00A4A6"), c("#ED7100"),
            c("#F5F0FF"), c("#8C4FFF"), c("#FFFFFF"), c("#C6CDD5"), c("#0972D3"),
            c("#687078"), c("#8C4FFF"), c("#8C4FFF"), c("#3B48CC"), c("#DD344C"),
            c("#FFFFFF"), c("#1D8102"), c("#1D8102"), c("#D91515"), c("#FFFFFFEE"));

    /** The dark set (matches AtlantaFX Primer Dark). */
    public static final Theme DARK = new Theme(true, c("#0D1117"), c("#2D333B"), c("#E6EDF3"), c("#9DA7B3"), c("#C9D1D9"),
            c("#8B949E"), c("#A78BFA"), c("#FFFFFF00"), c("#4EA8E8"),
            c("#1B2512"), c("#8DB33A"), c("#0E2526"), c("#2BB5B7"), c("#F08A24"),
            c("#221A35"), c("#A78BFA"), c("#161B22"), c("#444C56"), c("#4493F8"),
            c("#8B949E"), c("#A78BFA"), c("#A78BFA"), c("#7C8CF8"), c("#F0566C"),
            c("#161B22"), c("#3FB950"), c("#3FB950"), c("#F85149"), c("#161B22EE"));

    private static Colour c(String hex) {
        return Colour.hex(hex);
    }

    /**
     * @param dark dark or light
     * @return the set
     */
    public static Theme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /**
     * @param isPublic public or private subnet
     * @return its fill
     */
    public Colour subnetFill(boolean isPublic) {
        return isPublic ? publicFill : privateFill;
    }

    /**
     * @param isPublic public or private subnet
     * @return its border
     */
    public Colour subnetBorder(boolean isPublic) {
        return isPublic ? publicBorder : privateBorder;
    }
}
