package dev.vpclab.icons;

/**
 * The shared measures of every icon: a rounded tile on a 24 × 24 grid with a white stroked glyph, and how
 * the stroke thickens at small sizes so that a 16 px icon keeps lines at least 1.25 px wide.
 */
final class TileStyle {

    /** Side of the design grid, in grid units. */
    static final double GRID = 24;
    /** Corner radius of the tile, in grid units. */
    static final double CORNER_RADIUS = 4;
    /** Glyph stroke width at 24 px and larger, in grid units. */
    static final double STROKE = 1.5;
    /** The thinnest the glyph stroke may get on screen, in pixels. */
    static final double MIN_STROKE_PX = 1.25;
    /** Glyph colour. */
    static final String GLYPH_COLOUR = "#FFFFFF";
    /** Smallest and largest icon sizes accepted, in pixels. */
    static final double MIN_SIZE = 8;
    static final double MAX_SIZE = 2048;

    private TileStyle() {
    }

    /**
     * The glyph's stroke width for an icon drawn at the given size.
     *
     * @param size the icon's side in pixels
     * @return stroke width in grid units
     */
    static double strokeWidth(double size) {
        return Math.max(STROKE, MIN_STROKE_PX * GRID / size);
    }

    /**
     * Refuses sizes no icon can be drawn at.
     *
     * @param size the requested side in pixels
     * @return the size, when usable
     * @throws IllegalArgumentException naming the size and the accepted range
     */
    static double checkSize(double size) {
        if (!(size >= MIN_SIZE && size <= MAX_SIZE)) {
            throw new IllegalArgumentException("Icon size " + size + " px is out of range; use a size from "
                    + (int) MIN_SIZE + " to " + (int) MAX_SIZE + " px.");
        }
        return size;
    }
}
