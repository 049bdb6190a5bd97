package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;

/**
 * Draws the boxes that hold others, in AWS diagram style: the Region as a dashed grey box with a flag, the VPC in
 * purple with a cloud, Availability Zone columns dashed blue, subnets green (public) or teal (private) with their
 * network ACL badge, Auto Scaling groups dashed orange. Shapes are drawn under the connectors, headers over them.
 */
final class ContainerPainter {

    private static final double CORNER_ICON = 24;
    private static final double SUBNET_ICON = 22;

    private ContainerPainter() {
    }

    static void shape(Frame f, RenderItem it) {
        Bounds b = it.bounds();
        Theme t = f.theme;
        boolean plain = f.lod == LevelOfDetail.OUTLINE;
        switch (it.type()) {
            case REGION:
                f.p.rect(b.x(), b.y(), b.width(), b.height(), 0, null, plain ? LineStyle.solid(t.regionBorder(), f.lw(1.2))
                        : LineStyle.dashed(t.regionBorder(), f.lw(1.4), 7, 5));
                break;
            case VPC:
                f.p.rect(b.x(), b.y(), b.width(), b.height(), 0, t.vpcFill().alpha() > 0 ? t.vpcFill() : null,
                        LineStyle.solid(t.vpcBorder(), f.lw(plain ? 1.5 : 2)));
                break;
            case AZ_COLUMN:
                f.p.rect(b.x(), b.y(), b.width(), b.height(), 0, null, plain ? LineStyle.solid(t.azBorder(), f.lw(1))
                        : LineStyle.dashed(t.azBorder(), f.lw(1.4), 6, 4));
                break;
            case SUBNET:
                f.p.rect(b.x(), b.y(), b.width(), b.height(), 0, t.subnetFill(it.publicTier()),
                        LineStyle.solid(t.subnetBorder(it.publicTier()), f.lw(plain ? 1 : 1.4)));
                break;
            case AUTO_SCALING_GROUP:
                f.p.rect(b.x(), b.y(), b.width(), b.height(), plain ? 0 : 8, null, plain ? LineStyle.solid(t.asgBorder(), f.lw(1))
                        : LineStyle.dashed(t.asgBorder(), f.lw(1.5), 6, 4));
                break;
            default:
                break;
        }
    }

    /** A container's simulation state over everything drawn inside it (but under its nodes): a wash, hatching when failed. */
    static void decoration(Frame f, RenderItem it, NodeDecoration deco) {
        Bounds b = it.bounds();
        if (deco.fill() != null) {
            f.p.rect(b.x(), b.y(), b.width(), b.height(), 0, deco.fill().withAlpha(Math.min(0.25, deco.fill().alpha())), null);
        }
        if (deco.state() == NodeDecoration.State.FAILED) {
            f.p.rect(b.x(), b.y(), b.width(), b.height(), 0, f.theme.background().withAlpha(0.45), null);
            f.p.hatch(b, 12, LineStyle.solid(f.theme.textMuted().withAlpha(0.35), f.lw(1)));
        }
    }

    /**
     * A container's decoration badge ("AZ failed", a trace's "acl-0web · Deny") at the right of its header, or for
     * a subnet on its top edge.
     */
    static void decorationBadge(Frame f, RenderItem it, NodeDecoration deco) {
        if (deco.badge() == null || !f.lod.text()) {
            return;
        }
        Bounds b = it.bounds();
        TextStyle s = new TextStyle(Frame.SMALL, true, false, Colour.hex("#FFFFFF"), TextStyle.Align.LEFT);
        String text = f.elider.elide(deco.badge(), Math.max(0, b.width() / 2 - 14), s);
        if (text.isEmpty()) {
            return;
        }
        double w = f.width(text, s) + 14;
        Colour fill = deco.state() == NodeDecoration.State.FAILED ? f.theme.pathDropped()
                : deco.fill() != null ? deco.fill().withAlpha(1) : f.theme.textMuted();
        double x = b.maxX() - w - 8;
        // a subnet's header is full (name, block, ACL badge): its badge sits on the top edge, in the gap above
        double y = it.type() == ItemType.SUBNET ? b.y() - 13 : b.y() + 5;
        f.p.rect(x, y, w, 18, 9, fill, null);
        f.p.text(text, x + 7, y + 13, s);
        f.take(Bounds.of(x, y, w, 18));
    }

    static void header(Frame f, RenderItem it) {
        if (f.lod == LevelOfDetail.NO_TEXT) {
            overviewName(f, it);
            return;
        }
        if (!f.lod.text()) {
            return;
        }
        Bounds b = it.bounds();
        switch (it.type()) {
            case REGION:
            case VPC:
                cornerHeader(f, it);
                break;
            case AZ_COLUMN: {
                TextStyle s = new TextStyle(Frame.TITLE, true, false, f.theme.azBorder(), TextStyle.Align.LEFT);
                f.text(it.line(0), b.x() + 10, b.y() + 20, b.width() - 20, s, f.groundAt(b.x() + 10, b.y() + 20));
                break;
            }
            case SUBNET:
                subnet(f, it);
                break;
            case AUTO_SCALING_GROUP:
                asgHeader(f, it);
                break;
            default:
                break;
        }
    }

    /**
     * Zoomed out too far for headers, a Region, VPC or subnet still shows its name at a fixed, readable screen size
     * (like place names on a map), so that a large imported network can be found your way around at a glance.
     */
    private static void overviewName(Frame f, RenderItem it) {
        if (it.type() != ItemType.REGION && it.type() != ItemType.VPC && it.type() != ItemType.SUBNET) {
            return;
        }
        Bounds b = it.bounds();
        double room = b.width() - f.px(8);
        if (room < f.px(36) || b.height() < f.px(16)) {
            return;
        }
        Colour colour = it.type() == ItemType.VPC ? f.theme.vpcBorder() : it.type() == ItemType.REGION ? f.theme.textMuted() : f.theme.text();
        TextStyle s = new TextStyle(f.px(it.type() == ItemType.SUBNET ? 10 : 11), true, false, colour, TextStyle.Align.LEFT);
        Colour ground = it.type() == ItemType.SUBNET ? f.theme.subnetFill(it.publicTier()) : f.groundAt(b.x() + f.px(4), b.y() + f.px(12));
        f.text(it.line(0), b.x() + f.px(4), b.y() + f.px(12), room, s, ground);
    }

    /** Region and VPC: the kind's icon in the top-left corner, then the name and a second line in muted text. */
    private static void cornerHeader(Frame f, RenderItem it) {
        Bounds b = it.bounds();
        f.p.icon(it.iconKind(), b.x(), b.y(), CORNER_ICON, 1);
        f.take(Bounds.of(b.x(), b.y(), CORNER_ICON, CORNER_ICON));
        double x = b.x() + CORNER_ICON + 8;
        double room = b.maxX() - x - 8;
        Colour ground = f.groundAt(x, b.y() + 12);
        double used = f.text(it.line(0), x, b.y() + 17, room, f.header(), ground);
        TextStyle second = it.type() == ItemType.VPC ? f.address().coloured(f.theme.textMuted()) : f.muted();
        if (used > 0 && room - used - 10 > 24) {
            f.text(it.line(1), x + used + 10, b.y() + 17, room - used - 10, second, ground);
        }
    }

    /** A subnet's header: icon, name, CIDR block and network ACL badge; when room is short the badge goes first, then the block. */
    private static void subnet(Frame f, RenderItem it) {
        Bounds b = it.bounds();
        Theme t = f.theme;
        Colour ground = t.subnetFill(it.publicTier());
        f.p.icon(it.iconKind(), b.x(), b.y(), SUBNET_ICON, 1);
        f.take(Bounds.of(b.x(), b.y(), SUBNET_ICON, SUBNET_ICON));
        double x = b.x() + SUBNET_ICON + 8;
        double room = b.maxX() - 8 - x;
        TextStyle name = f.title();
        TextStyle cidr = f.address();
        TextStyle bs = f.small();
        double nameW = f.width(it.line(0), name);
        double cidrW = f.width(it.line(1), cidr);
        String acl = it.badge(Badge.Kind.NACL);
        String fittedAcl = acl == null ? "" : f.elider.elide(acl, Math.min(120, b.width() * 0.35), bs);
        double badgeW = fittedAcl.isEmpty() ? 0 : f.width(fittedAcl, bs) + 12 + 16;
        boolean showCidr = nameW + 8 + cidrW <= room || room - cidrW - 8 >= Math.min(nameW, 64);
        double used = showCidr ? Math.min(nameW, room - cidrW - 8) + 8 + cidrW : Math.min(nameW, room);
        boolean showBadge = badgeW > 0 && used + 10 + badgeW <= room;
        if (showBadge) {
            double bx = b.maxX() - 8 - badgeW;
            pill(f, bx, b.y() + 5, badgeW, 18, t.badgeFill(), t.badgeBorder());
            f.p.icon("acl", bx + 4, b.y() + 8, 12, 1);
            f.text(fittedAcl, bx + 20, b.y() + 18, badgeW - 22, bs);
        }
        if (!showCidr) {
            f.text(it.line(0), x, b.y() + 16, room, name, ground);
            return;
        }
        double w = f.text(it.line(0), x, b.y() + 16, room - cidrW - 8, name, ground);
        f.text(it.line(1), x + w + 8, b.y() + 16, room - w - 8, cidr, ground);
    }

    private static void asgHeader(Frame f, RenderItem it) {
        Bounds b = it.bounds();
        f.p.icon("asg", b.x() + 8, b.y() + 5, 16, 1);
        double x = b.x() + 30;
        double room = b.maxX() - 10 - x;
        Colour ground = f.groundAt(x, b.y() + 12);
        TextStyle name = new TextStyle(12, true, false, f.theme.text(), TextStyle.Align.LEFT);
        double used = f.text(it.line(0), x, b.y() + 18, room * 0.6, name, ground);
        if (used > 0 && f.fits(it.line(1), room - used - 8, f.small())) {
            f.text(it.line(1), x + used + 8, b.y() + 18, room - used - 8, f.small(), ground);
        }
    }

    static void pill(Frame f, double x, double y, double w, double h, Colour fill, Colour border) {
        f.p.rect(x, y, w, h, h / 2, fill, LineStyle.solid(border, f.lw(1)));
        f.take(Bounds.of(x, y, w, h));
    }
}
