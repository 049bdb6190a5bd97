package dev.vpclab.app.render;

/**
 * A small tag drawn on an element: a subnet's network ACL, its tier, a load balancer's type or zone count.
 *
 * @param text what it says
 * @param kind what it marks
 */
public record Badge(String text, Kind kind) {

    /** What a badge marks. */
    public enum Kind {
        /** The subnet's network ACL. */
        NACL,
        /** Public or private tier. */
        TIER,
        /** A type tag at the top-left of a box ("ALB"). */
        TYPE,
        /** A count at the top-right of a box ("2 AZs"). */
        COUNT,
        /** A state that is not normal ("stopped"). */
        STATE
    }
}
