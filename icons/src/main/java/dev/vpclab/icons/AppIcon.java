package dev.vpclab.icons;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The VPC Lab logo: a white cloud on a purple tile, with a request's route drawn across it hop by hop.
 */
final class AppIcon {

    /** Sizes of the PNG files shipped in {@link #RESOURCE_FOLDER}. */
    static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};
    /** Classpath folder of the shipped PNG files, named {@code vpclab-SIZE.png}. */
    static final String RESOURCE_FOLDER = "dev/vpclab/icons/app/";

    static final String TILE_TOP = "#A06BFF";
    static final String TILE_BOTTOM = "#6A2BD9";
    static final String ROUTE = "#4A1A9E";

    /** The cloud, filled; drawn larger than the VPC glyph's outline. */
    static final String CLOUD = "M7 19 L17 19 A4 4 0 0 0 17.6 11.05 A5.25 5.25 0 1 0 7.1 10.9"
            + " A4.05 4.05 0 0 0 7 19 Z";
    /** The route: the request's last hop, rising to an arrowhead. */
    static final String ROUTE_PATH = PathData.join(
            "M10 16 C13 16 13.5 12 16.5 12",
            PathData.arrowHead(17, 12, 1, 0, 2.2));
    /** The hops already travelled, as dots behind the route. */
    static final double[][] HOP_DOTS = {{5.75, 16}, {8, 16}};
    static final double HOP_DOT_RADIUS = 0.85;

    private AppIcon() {
    }

    /**
     * The file name of the shipped PNG of one size.
     *
     * @param size side in pixels
     * @return the resource path, without a leading slash
     */
    static String resourceName(int size) {
        return RESOURCE_FOLDER + "vpclab-" + size + ".png";
    }

    /**
     * A new node drawing the logo.
     *
     * @param size side in pixels
     * @return a group whose layout bounds are 0,0 – size,size
     */
    static Node node(double size) {
        TileStyle.checkSize(size);
        Rectangle tile = new Rectangle(TileStyle.GRID, TileStyle.GRID, new LinearGradient(0, 0, 0, 1, true,
                CycleMethod.NO_CYCLE, new Stop(0, Color.web(TILE_TOP)), new Stop(1, Color.web(TILE_BOTTOM))));
        tile.setArcWidth(2 * TileStyle.CORNER_RADIUS + 1);
        tile.setArcHeight(2 * TileStyle.CORNER_RADIUS + 1);

        SVGPath cloud = new SVGPath();
        cloud.setContent(CLOUD);
        cloud.setFill(Color.WHITE);

        SVGPath route = new SVGPath();
        route.setContent(ROUTE_PATH);
        route.setFill(null);
        route.setStroke(Color.web(ROUTE));
        route.setStrokeWidth(Math.max(1.6, TileStyle.MIN_STROKE_PX * TileStyle.GRID / size));
        route.setStrokeLineCap(StrokeLineCap.ROUND);
        route.setStrokeLineJoin(StrokeLineJoin.ROUND);

        Group onGrid = new Group(tile, cloud, route);
        for (double[] hop : HOP_DOTS) {
            onGrid.getChildren().add(new Circle(hop[0], hop[1], HOP_DOT_RADIUS, Color.web(ROUTE)));
        }
        return IconNodes.scaled(onGrid, size, "VPC Lab");
    }

    /**
     * The logo as PNG bytes; draws on the FX thread (see {@link FxThread#call}).
     *
     * @param size side in pixels
     * @return the PNG file's bytes
     */
    static byte[] png(int size) {
        TileStyle.checkSize(size);
        int[] pixels = FxThread.call(() -> Raster.argb(Raster.snapshot(node(size), size)));
        return PngEncoder.encode(size, size, pixels);
    }
}
