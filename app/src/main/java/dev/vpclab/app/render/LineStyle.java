package dev.vpclab.app.render;

/**
 * How a line or outline is stroked, in world units (the renderer divides by the zoom where a line should keep
 * its width on screen).
 *
 * @param colour the colour
 * @param width the width
 * @param dash dash length, 0 for a solid line
 * @param gap gap between dashes
 */
public record LineStyle(Colour colour, double width, double dash, double gap) {

    /**
     * @param colour colour
     * @param width width
     * @return a solid line
     */
    public static LineStyle solid(Colour colour, double width) {
        return new LineStyle(colour, width, 0, 0);
    }

    /**
     * @param colour colour
     * @param width width
     * @param dash dash length
     * @param gap gap length
     * @return a dashed line
     */
    public static LineStyle dashed(Colour colour, double width, double dash, double gap) {
        return new LineStyle(colour, width, dash, gap);
    }

    /** @return true for a dashed line */
    public boolean isDashed() {
        return dash > 0;
    }
}
