package dev.vpclab.icons;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders a node into pixels with a transparent background.
 */
final class Raster {

    private Raster() {
    }

    /**
     * Snapshots the square 0,0 – size,size of a node; must run on the FX thread.
     *
     * @param node the node, not in a live scene
     * @param size side in pixels
     * @return the image
     */
    static WritableImage snapshot(Node node, int size) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setViewport(new Rectangle2D(0, 0, size, size));
        return node.snapshot(parameters, new WritableImage(size, size));
    }

    /**
     * The pixels of an image as non-premultiplied ARGB, row by row.
     *
     * @param image the image
     * @return width × height pixels
     */
    static int[] argb(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }
}
