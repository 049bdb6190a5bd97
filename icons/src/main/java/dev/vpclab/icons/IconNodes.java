package dev.vpclab.icons;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;

/**
 * Builds the JavaFX scene-graph form of an icon: a rounded tile and a stroked glyph, scaled from the grid.
 */
final class IconNodes {

    /** Style class on every icon node, for CSS in the app. */
    static final String STYLE_CLASS = "vpclab-icon";

    private IconNodes() {
    }

    /**
     * A new node for the icon; each call returns a fresh node, so it may be placed anywhere once.
     *
     * @param kind the icon
     * @param size side of the icon in pixels
     * @return a group whose layout bounds are exactly 0,0 – size,size
     */
    static Node tile(IconKind kind, double size) {
        TileStyle.checkSize(size);
        Rectangle tile = new Rectangle(TileStyle.GRID, TileStyle.GRID, Color.web(kind.category().colour()));
        tile.setArcWidth(2 * TileStyle.CORNER_RADIUS);
        tile.setArcHeight(2 * TileStyle.CORNER_RADIUS);
        SVGPath glyph = glyph(kind, TileStyle.strokeWidth(size));
        glyph.setStroke(Color.web(TileStyle.GLYPH_COLOUR));
        return scaled(new Group(tile, glyph), size, kind.key());
    }

    /**
     * The glyph alone, without its tile, stroked in the given colour (for tests and for monochrome uses).
     *
     * @param kind the icon
     * @param size side of the square the glyph is drawn in, in pixels
     * @param colour stroke colour
     * @return a group whose layout bounds are 0,0 – size,size
     */
    static Node glyphOnly(IconKind kind, double size, Color colour) {
        TileStyle.checkSize(size);
        SVGPath glyph = glyph(kind, TileStyle.strokeWidth(size));
        glyph.setStroke(colour);
        // An invisible square keeps the bounds at the full grid, whatever the glyph's own extent.
        Rectangle frame = new Rectangle(TileStyle.GRID, TileStyle.GRID, Color.TRANSPARENT);
        return scaled(new Group(frame, glyph), size, kind.key());
    }

    private static SVGPath glyph(IconKind kind, double strokeWidth) {
        SVGPath glyph = new SVGPath();
        glyph.setContent(kind.glyph());
        glyph.setFill(null);
        glyph.setStrokeWidth(strokeWidth);
        glyph.setStrokeLineCap(StrokeLineCap.ROUND);
        glyph.setStrokeLineJoin(StrokeLineJoin.ROUND);
        return glyph;
    }

    /**
     * Scales grid-sized content to pixels inside a wrapper, so that the wrapper's layout bounds are the
     * scaled size (a node's own transforms are not part of its layout bounds).
     */
    static Group scaled(Group onGrid, double size, String name) {
        double scale = size / TileStyle.GRID;
        onGrid.getTransforms().add(new Scale(scale, scale, 0, 0));
        Group wrapper = new Group(onGrid);
        wrapper.getStyleClass().add(STYLE_CLASS);
        wrapper.setAccessibleText(name);
        wrapper.setUserData(name);
        return wrapper;
    }
}
