package dev.vpclab.app.render;

/**
 * How much a frame draws at a zoom: everything; no text and no small icons below 45 %; containers as plain
 * boxes and nodes as coloured squares below 20 %. Keeps large diagrams fast and small text from turning to
 * noise.
 */
public enum LevelOfDetail {
    /** Everything. */
    FULL,
    /** Shapes and node icons, no text, badges or header icons. */
    NO_TEXT,
    /** Plain boxes and squares. */
    OUTLINE;

    /** Zoom below which text is dropped. */
    public static final double TEXT_THRESHOLD = 0.45;
    /** Zoom below which containers become plain boxes. */
    public static final double OUTLINE_THRESHOLD = 0.20;

    /**
     * @param zoom the zoom (1 = 100 %)
     * @return the level of detail to draw at
     */
    public static LevelOfDetail of(double zoom) {
        if (zoom < OUTLINE_THRESHOLD) {
            return OUTLINE;
        }
        return zoom < TEXT_THRESHOLD ? NO_TEXT : FULL;
    }

    /** @return true if labels are drawn */
    public boolean text() {
        return this == FULL;
    }

    /** @return true if node icons are drawn as icons */
    public boolean icons() {
        return this != OUTLINE;
    }
}
