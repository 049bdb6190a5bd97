package dev.vpclab.icons;

import static dev.vpclab.icons.PathData.arrowHead;
import static dev.vpclab.icons.PathData.circle;
import static dev.vpclab.icons.PathData.ellipse;
import static dev.vpclab.icons.PathData.join;
import static dev.vpclab.icons.PathData.line;
import static dev.vpclab.icons.PathData.polygon;
import static dev.vpclab.icons.PathData.polyline;
import static dev.vpclab.icons.PathData.roundRect;
import static dev.vpclab.icons.PathData.shield;
import static dev.vpclab.icons.PathData.spoke;

/**
 * The glyphs of the icon set: SVG path data on a 24 × 24 grid, stroked in white with round caps and joins,
 * drawn for VPC Lab.
 *
 * <p>Rules every glyph keeps: it stays inside the live area 4–20 of the tile (so the tile shows a margin at
 * every size), lines running side by side are kept about 3 units apart (so they stay apart at 16 px), and
 * nothing is filled: a dot is a tiny circle that the stroke thickens into a disc.
 */
final class IconGlyphs {

    private IconGlyphs() {
    }

    /** A cloud of three lobes. */
    static final String CLOUD = "M7.75 17.5 L16.25 17.5 A3.5 3.5 0 0 0 16.75 10.535 A4.5 4.5 0 1 0 7.75 10.5"
            + " A3.5 3.5 0 0 0 7.75 17.5 Z";

    /** Region: a pennant on a pole, as on a map. */
    static final String REGION = join(
            line(7, 20, 7, 4.5),
            polyline(7, 5, 18, 5, 15.5, 8.75, 18, 12.5, 7, 12.5));

    /** Availability Zone: a dashed square (AWS draws zones as dashed boxes) around the letters AZ. */
    static final String AVAILABILITY_ZONE = join(
            polyline(4.5, 7.5, 4.5, 4.5, 7.5, 4.5), line(10.5, 4.5, 13.5, 4.5),
            polyline(16.5, 4.5, 19.5, 4.5, 19.5, 7.5), line(19.5, 10.5, 19.5, 13.5),
            polyline(19.5, 16.5, 19.5, 19.5, 16.5, 19.5), line(13.5, 19.5, 10.5, 19.5),
            polyline(7.5, 19.5, 4.5, 19.5, 4.5, 16.5), line(4.5, 13.5, 4.5, 10.5),
            polyline(7.75, 15, 9.5, 9, 11.25, 15), line(8.4, 13, 10.6, 13),
            polyline(12.75, 9, 16.25, 9, 12.75, 15, 16.25, 15));

    /** The gateway family's archway standing on the ground line. */
    static final String ARCHWAY = join(
            "M6.5 19.5 L6.5 11 A5.5 5.5 0 0 1 17.5 11 L17.5 19.5",
            line(4.5, 19.5, 19.5, 19.5));

    /** VPC: a cloud outline. */
    static final String VPC = CLOUD;

    /** Subnet: a box holding a row of hosts. */
    static final String SUBNET = join(
            roundRect(4.5, 4.5, 15, 15, 2.5),
            circle(8.5, 12, 0.5), circle(12, 12, 0.5), circle(15.5, 12, 0.5));

    /** Public subnet: a globe (the subnet's own box is the container it heads). */
    static final String SUBNET_PUBLIC = join(
            circle(12, 12, 7.5), ellipse(12, 12, 3.25, 7.5), line(4.5, 12, 19.5, 12));

    /** Private subnet: a padlock (the subnet's own box is the container it heads). */
    static final String SUBNET_PRIVATE = join(
            roundRect(5.5, 10.5, 13, 9.5, 2),
            "M8.5 10.5 L8.5 8 A3.5 3.5 0 0 1 15.5 8 L15.5 10.5",
            line(12, 14, 12, 16.5));

    /** Internet gateway: an archway with traffic going in and out. */
    static final String INTERNET_GATEWAY = join(
            ARCHWAY,
            line(9.75, 17, 9.75, 9.5), arrowHead(9.75, 9.5, 0, -1, 2),
            line(14.25, 9.5, 14.25, 17), arrowHead(14.25, 17, 0, 1, 2));

    /** Egress-only internet gateway: the archway with traffic going out only. */
    static final String EGRESS_ONLY_INTERNET_GATEWAY = join(
            ARCHWAY,
            line(12, 17, 12, 9), arrowHead(12, 9, 0, -1, 2.5));

    /** NAT gateway: two crossing arrows, addresses swapped on the way through. */
    static final String NAT_GATEWAY = join(
            "M4.5 8 L6.5 8 C11 8 12 16 16.5 16 L19.5 16", arrowHead(19.5, 16, 1, 0, 2.5),
            "M4.5 16 L6.5 16 C11 16 12 8 16.5 8 L19.5 8", arrowHead(19.5, 8, 1, 0, 2.5));

    /** Virtual private gateway: the archway, locked (the VPN tunnel to on-premises). */
    static final String VIRTUAL_PRIVATE_GATEWAY = join(
            ARCHWAY,
            roundRect(9, 12.5, 6, 4.75, 1),
            "M10.5 12.5 L10.5 11.25 A1.5 1.5 0 0 1 13.5 11.25 L13.5 12.5");

    /** VPC peering connection: two linked rings. */
    static final String VPC_PEERING_CONNECTION = join(
            circle(8.75, 12, 4.25), circle(15.25, 12, 4.25));

    /** Transit gateway: a hub with four spokes. */
    static final String TRANSIT_GATEWAY = join(
            circle(12, 12, 2.5),
            circle(6, 6, 1.75), circle(18, 6, 1.75), circle(6, 18, 1.75), circle(18, 18, 1.75),
            spoke(12, 12, 2.5, 6, 6, 1.75), spoke(12, 12, 2.5, 18, 6, 1.75),
            spoke(12, 12, 2.5, 6, 18, 1.75), spoke(12, 12, 2.5, 18, 18, 1.75));

    /** Transit gateway attachment: a VPC (the box) wired to a hub. */
    static final String TRANSIT_GATEWAY_ATTACHMENT = join(
            roundRect(4.5, 8.5, 6.5, 7, 1.5), line(11, 12, 13.25, 12),
            circle(15.5, 12, 2.25),
            circle(18.5, 6.5, 1.25), circle(18.5, 17.5, 1.25),
            spoke(15.5, 12, 2.25, 18.5, 6.5, 1.25), spoke(15.5, 12, 2.25, 18.5, 17.5, 1.25));

    /** Transit gateway route table: a table of two columns. */
    static final String TRANSIT_GATEWAY_ROUTE_TABLE = join(
            roundRect(4.5, 5, 15, 14, 2),
            line(4.5, 9.5, 19.5, 9.5), line(4.5, 14.25, 19.5, 14.25), line(10.5, 9.5, 10.5, 19));

    /** VPC endpoint: a plug. */
    static final String VPC_ENDPOINT = join(
            line(10, 4.5, 10, 8), line(14, 4.5, 14, 8),
            "M7.5 8 L16.5 8 L16.5 11 A4.5 4.5 0 0 1 7.5 11 Z",
            line(12, 15.5, 12, 19.5));

    /** Prefix list: a list whose bullets are CIDR slashes. */
    static final String PREFIX_LIST = join(
            line(5, 8.25, 7, 4.75), line(10, 6.5, 19.5, 6.5),
            line(5, 13.75, 7, 10.25), line(10, 12, 19.5, 12),
            line(5, 19.25, 7, 15.75), line(10, 17.5, 19.5, 17.5));

    /** Route table: a signpost. */
    static final String ROUTE_TABLE = join(
            line(12, 4, 12, 20), line(9.5, 20, 14.5, 20),
            polyline(12, 5.5, 17.5, 5.5, 19.5, 7.75, 17.5, 10, 12, 10),
            polyline(12, 12.5, 6.5, 12.5, 4.5, 14.75, 6.5, 17, 12, 17));

    /** Network ACL: a numbered rule list guarded by a shield. */
    static final String NETWORK_ACL = join(
            line(4.5, 5.5, 19.5, 5.5), line(4.5, 10, 10, 10), line(4.5, 14.5, 10, 14.5), line(4.5, 19, 10, 19),
            shield(16, 9.5, 7, 10));

    /** Security group: a shield with a check mark. */
    static final String SECURITY_GROUP = join(
            shield(12, 4, 14, 16),
            polyline(8.75, 12.25, 11, 14.5, 15.25, 10));

    /** Network interface: a network card on its mounting bracket, with edge contacts and a chip. */
    static final String NETWORK_INTERFACE = join(
            polyline(7, 4.5, 4.5, 4.5, 4.5, 19.5),
            "M4.5 7.5 L18 7.5 A1.5 1.5 0 0 1 19.5 9 L19.5 14 A1.5 1.5 0 0 1 18 15.5 L4.5 15.5",
            line(10, 15.5, 10, 18.5), line(13.5, 15.5, 13.5, 18.5), line(17, 15.5, 17, 18.5),
            roundRect(9.5, 10, 5.5, 3, 0.5));

    /** Elastic IP address: a map pin with the letters IP. */
    static final String ELASTIC_IP = join(
            "M12 20 C8.75 16.6 6.25 13.6 6.25 9.75 A5.75 5.75 0 0 1 17.75 9.75 C17.75 13.6 15.25 16.6 12 20 Z",
            line(9.75, 7.25, 9.75, 12.25),
            "M12.25 12.25 L12.25 7.25 L14 7.25 A1.5 1.5 0 0 1 14 10.25 L12.25 10.25");

    /** EC2 instance: a processor chip. */
    static final String INSTANCE = join(
            roundRect(7, 7, 10, 10, 1.5), roundRect(10, 10, 4, 4, 0.5),
            line(10, 4.5, 10, 7), line(14, 4.5, 14, 7), line(10, 17, 10, 19.5), line(14, 17, 14, 19.5),
            line(4.5, 10, 7, 10), line(4.5, 14, 7, 14), line(17, 10, 19.5, 10), line(17, 14, 19.5, 14));

    /** Auto Scaling group: a chip with arrows pushing outwards. */
    static final String AUTO_SCALING_GROUP = join(
            roundRect(8.5, 8.5, 7, 7, 1.25),
            line(10.75, 6, 10.75, 8.5), line(13.25, 6, 13.25, 8.5),
            line(10.75, 15.5, 10.75, 18), line(13.25, 15.5, 13.25, 18),
            line(6.5, 12, 4, 12), arrowHead(4, 12, -1, 0, 2),
            line(17.5, 12, 20, 12), arrowHead(20, 12, 1, 0, 2));

    /** Application Load Balancer: one stream of requests curving apart into three arrows. */
    static final String APPLICATION_LOAD_BALANCER = join(
            circle(6.5, 12, 2.25),
            line(8.75, 12, 19.5, 12),
            "M10 12 C13 12 13.5 6.5 16.5 6.5 L19.5 6.5",
            "M10 12 C13 12 13.5 17.5 16.5 17.5 L19.5 17.5",
            arrowHead(19.5, 6.5, 1, 0, 2), arrowHead(19.5, 12, 1, 0, 2), arrowHead(19.5, 17.5, 1, 0, 2));

    /** Network Load Balancer: connections fanned out straight from a bar (layer 4, not requests). */
    static final String NETWORK_LOAD_BALANCER = join(
            line(4.5, 6, 4.5, 18),
            line(4.5, 12, 19.5, 12),
            polyline(8, 12, 13.5, 6.5, 19.5, 6.5),
            polyline(8, 12, 13.5, 17.5, 19.5, 17.5),
            arrowHead(19.5, 6.5, 1, 0, 2), arrowHead(19.5, 12, 1, 0, 2), arrowHead(19.5, 17.5, 1, 0, 2));

    /** Listener: an ear, listening on a port. */
    static final String LISTENER = join(
            "M7.5 10 A5 5 0 0 1 17.5 10 C17.5 13 14.5 13.5 14.5 16.5 A3 3 0 0 1 9 18",
            "M10.5 10 A2 2 0 0 1 14.5 10 C14.5 11.5 12.5 12 12.5 13.5");

    /** Listener rule: a funnel, the conditions a request must match. */
    static final String LISTENER_RULE =
            polygon(4.5, 5.5, 19.5, 5.5, 14, 12, 14, 18, 10, 20, 10, 12);

    /** Target group: a bullseye. */
    static final String TARGET_GROUP = join(
            circle(12, 12, 7.5), circle(12, 12, 4), circle(12, 12, 0.75));

    /** Database (RDS): a cylinder. */
    static final String DB_INSTANCE = join(
            ellipse(12, 7, 6.5, 2.5),
            "M5.5 7 L5.5 17 A6.5 2.5 0 0 0 18.5 17 L18.5 7",
            "M5.5 12 A6.5 2.5 0 0 0 18.5 12");

    /** CloudWatch alarm: a bell. */
    static final String ALARM = join(
            "M6.5 15 L6.5 10.5 A5.5 5.5 0 0 1 17.5 10.5 L17.5 15 L19 16.5 L5 16.5 Z",
            "M10.5 18.5 A1.5 1.5 0 0 0 13.5 18.5",
            line(12, 4, 12, 5));

    /** Internet client: a person. */
    static final String INTERNET_CLIENT = join(
            circle(12, 8.5, 3.5),
            "M5.5 19.5 A6.5 6.5 0 0 1 18.5 19.5");

    /** On-premises network: an office building. */
    static final String ON_PREMISES_NETWORK = join(
            "M6.5 20 L6.5 5.5 A1 1 0 0 1 7.5 4.5 L16.5 4.5 A1 1 0 0 1 17.5 5.5 L17.5 20",
            line(4.5, 20, 19.5, 20),
            line(9.5, 7.75, 10.5, 7.75), line(13.5, 7.75, 14.5, 7.75),
            line(9.5, 11.25, 10.5, 11.25), line(13.5, 11.25, 14.5, 11.25),
            line(9.5, 14.75, 10.5, 14.75), line(13.5, 14.75, 14.5, 14.75),
            polyline(10.5, 20, 10.5, 17.5, 13.5, 17.5, 13.5, 20));
}
