package dev.vpclab.app.render;

/**
 * How a label is written: size in world units, weight, the proportional or the monospaced platform font,
 * colour and horizontal alignment to the anchor point.
 *
 * @param size font size
 * @param bold bold weight
 * @param mono monospaced (addresses and CIDR blocks)
 * @param colour colour
 * @param align alignment to the x anchor
 */
public record TextStyle(double size, boolean bold, boolean mono, Colour colour, Align align) {

    /** Horizontal alignment of text to its anchor. */
    public enum Align { LEFT, CENTER, RIGHT }

    /** @param a alignment @return this style aligned so */
    public TextStyle aligned(Align a) {
        return new TextStyle(size, bold, mono, colour, a);
    }

    /** @param c colour @return this style in that colour */
    public TextStyle coloured(Colour c) {
        return new TextStyle(size, bold, mono, c, align);
    }

    /** @return what text width depends on: size, weight and family, as a cache key */
    public String fontKey() {
        return (mono ? "m" : "s") + (bold ? "b" : "r") + size;
    }
}
