package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import java.util.List;

/**
 * One drawn element of the diagram, resolved from the document: what it is, where, inside which element, and the
 * text it shows. Plain data (no toolkit), built by {@link RenderModelBuilder}.
 *
 * @param key the element key (a resource id, an AZ column key, or a database's standby key)
 * @param resourceId the resource it draws (the database for a standby), or null for an AZ column
 * @param type how it is drawn
 * @param iconKind the icon name for {@code dev.vpclab.icons.Icons} ("nat", "subnet-public", "lb-network", …)
 * @param bounds where, in world units
 * @param containerKey the element it is drawn inside, or null at the top level
 * @param depth how many containers enclose it
 * @param lines the label lines: the name first, then a CIDR block or address, or a kind
 * @param badges small tags
 * @param publicTier for subnets: routed to an internet gateway
 * @param dimmed drawn greyed (a stopped instance, a failed gateway)
 * @param z drawing order, unique per model (higher is drawn later and hit first)
 */
public record RenderItem(String key, String resourceId, ItemType type, String iconKind, Bounds bounds, String containerKey,
                         int depth, List<String> lines, List<Badge> badges, boolean publicTier, boolean dimmed, int z) {

    /** Validates. */
    public RenderItem {
        lines = List.copyOf(lines);
        badges = List.copyOf(badges);
    }

    /** @param i line index @return that line, or "" */
    public String line(int i) {
        return i < lines.size() ? lines.get(i) : "";
    }

    /** @param kind badge kind @return its text, or null */
    public String badge(Badge.Kind kind) {
        for (Badge b : badges) {
            if (b.kind() == kind) {
                return b.text();
            }
        }
        return null;
    }

    /** @param b new bounds @return this item there */
    public RenderItem withBounds(Bounds b) {
        return new RenderItem(key, resourceId, type, iconKind, b, containerKey, depth, lines, badges, publicTier, dimmed, z);
    }

    /** @param newZ drawing order @return this item with it */
    public RenderItem withZ(int newZ) {
        return new RenderItem(key, resourceId, type, iconKind, bounds, containerKey, depth, lines, badges, publicTier, dimmed, newZ);
    }

    /** @return centre x */
    public double centerX() {
        return bounds.x() + bounds.width() / 2;
    }

    /** @return centre y */
    public double centerY() {
        return bounds.y() + bounds.height() / 2;
    }

    /** @return true for boxes that hold other elements */
    public boolean isContainer() {
        return type.container();
    }
}
