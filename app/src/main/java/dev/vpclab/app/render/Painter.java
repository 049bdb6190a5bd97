package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;

/**
 * Where the renderer draws: the JavaFX canvas on screen and in PNG export, or an SVG document. Coordinates are in
 * world units; {@link #begin} sets the view transform.
 */
public interface Painter {

    /**
     * Starts a frame: clears it to the background and maps world to screen for the viewport.
     *
     * @param viewport what the frame shows
     * @param background the background colour, or null to keep what is there (an overlay)
     */
    void begin(Viewport viewport, Colour background);

    /** Ends the frame. */
    void end();

    /**
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     * @param radius corner radius, 0 for square corners
     * @param fill fill colour, or null
     * @param stroke outline, or null
     */
    void rect(double x, double y, double w, double h, double radius, Colour fill, LineStyle stroke);

    /**
     * @param points x0, y0, x1, y1, …
     * @param stroke the line
     */
    void polyline(double[] points, LineStyle stroke);

    /**
     * @param points x0, y0, x1, y1, … (closed)
     * @param fill fill colour, or null
     * @param stroke outline, or null
     */
    void polygon(double[] points, Colour fill, LineStyle stroke);

    /**
     * @param cx centre x
     * @param cy centre y
     * @param r radius
     * @param fill fill colour, or null
     * @param stroke outline, or null
     */
    void circle(double cx, double cy, double r, Colour fill, LineStyle stroke);

    /**
     * @param text one line of text (already fitted to its room)
     * @param x anchor x (see the style's alignment)
     * @param baseline the baseline's y
     * @param style the style
     */
    void text(String text, double x, double baseline, TextStyle style);

    /**
     * @param kind an icon name of {@code dev.vpclab.icons.Icons}
     * @param x left
     * @param y top
     * @param size side
     * @param opacity 0–1 (greyed elements are drawn faint)
     */
    void icon(String kind, double x, double y, double size, double opacity);

    /**
     * An icon whose tile is painted in another colour (live load and state colours).
     *
     * @param kind an icon name
     * @param x left
     * @param y top
     * @param size side
     * @param tile the tile colour
     */
    void tintedIcon(String kind, double x, double y, double size, Colour tile);

    /**
     * @param area the world rectangle to cover
     * @param spacing distance between dots, in world units
     * @param radius dot radius, in world units
     * @param colour dot colour
     */
    void dotGrid(Bounds area, double spacing, double radius, Colour colour);

    /**
     * Diagonal hatching (a failed zone).
     *
     * @param area the rectangle
     * @param spacing distance between lines
     * @param stroke the lines
     */
    void hatch(Bounds area, double spacing, LineStyle stroke);

    /**
     * Starts the drawing of one element (an SVG group carrying its key and full label; nothing on a canvas).
     *
     * @param key the element key
     * @param type its drawing type
     * @param title the element's full label (shown as a tooltip by SVG viewers), or null
     */
    void beginGroup(String key, String type, String title);

    /** Ends the element started by {@link #beginGroup}. */
    void endGroup();
}
