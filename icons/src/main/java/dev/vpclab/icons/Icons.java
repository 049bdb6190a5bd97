package dev.vpclab.icons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.image.Image;

/**
 * The icons of VPC Lab, one per resource kind, as SVG path data, SVG elements, JavaFX nodes or images.
 *
 * <p>Kinds are named by the document's short type names ("vpc", "subnet", "nat", "lb", …) plus the variants
 * "subnet-public", "subnet-private" and "lb-network"; see {@link IconKind}. An unknown name is refused with an
 * {@link IllegalArgumentException} that lists the known ones.
 *
 * <p>Threads: {@link #node} may be called from any thread (the node is new and not yet in a scene).
 * {@link #image} and {@link #appIconPng} draw a snapshot, which JavaFX allows only on the FX application
 * thread: called there they draw at once; called from another thread they hand the drawing to the FX thread
 * and wait for it, which needs a started toolkit and must not be done while the FX thread waits for the caller.
 */
public final class Icons {

    private Icons() {
    }

    /**
     * Every icon name, in palette order.
     *
     * @return the keys of all icons
     */
    public static List<String> kinds() {
        return Arrays.stream(IconKind.values()).map(IconKind::key).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether there is an icon of that name.
     *
     * @param kind a resource type name or variant
     * @return true when {@link #svgPath} and the others accept it
     */
    public static boolean has(String kind) {
        return IconKind.find(kind).isPresent();
    }

    /**
     * The tile colour of an icon, from its category.
     *
     * @param kind a resource type name or variant, such as "sg"
     * @return hex colour "#RRGGBB", such as "#DD344C"
     */
    public static String category(String kind) {
        return IconKind.of(kind).category().colour();
    }

    /**
     * The glyph's path data on the 24 × 24 grid, to be stroked (not filled) in white with round caps and joins.
     *
     * @param kind a resource type name or variant
     * @return SVG path data
     */
    public static String svgPath(String kind) {
        return IconKind.of(kind).glyph();
    }

    /**
     * A standalone {@code <svg>} element drawing the icon, tile and glyph, in a square of the given size.
     *
     * @param kind a resource type name or variant
     * @param size side in pixels (or user units), from 8 to 2048
     * @return the SVG element, with its namespace, ready to be written as a file or nested in a document
     */
    public static String svg(String kind, double size) {
        return IconSvg.svg(IconKind.of(kind), 0, 0, size);
    }

    /**
     * An {@code <svg>} element drawing the icon at a position, for nesting in an exported diagram.
     *
     * @param kind a resource type name or variant
     * @param x left edge in the parent document's user units
     * @param y top edge in the parent document's user units
     * @param size side of the icon, from 8 to 2048
     * @return the SVG element, with its namespace and x/y attributes
     */
    public static String svg(String kind, double x, double y, double size) {
        return IconSvg.svg(IconKind.of(kind), x, y, size);
    }

    /**
     * A new JavaFX node drawing the icon; its layout bounds are the square 0,0 – size,size.
     *
     * @param kind a resource type name or variant
     * @param size side in pixels, from 8 to 2048
     * @return a new node (carrying style class "vpclab-icon")
     */
    public static Node node(String kind, double size) {
        return IconNodes.tile(IconKind.of(kind), size);
    }

    /**
     * The icon as an image with a transparent background; see the class comment about threads.
     *
     * @param kind a resource type name or variant
     * @param size side in pixels, from 8 to 2048; a fraction is rounded up to whole pixels
     * @return a new image of size × size pixels
     * @throws IllegalStateException when the JavaFX toolkit has not been started
     */
    public static Image image(String kind, double size) {
        IconKind icon = IconKind.of(kind);
        int pixels = (int) Math.ceil(TileStyle.checkSize(size));
        return FxThread.call(() -> Raster.snapshot(IconNodes.tile(icon, pixels), pixels));
    }

    /**
     * A new JavaFX node drawing the VPC Lab logo.
     *
     * @param size side in pixels, from 8 to 2048
     * @return a new node whose layout bounds are the square 0,0 – size,size
     */
    public static Node appIcon(double size) {
        return AppIcon.node(size);
    }

    /**
     * The VPC Lab logo drawn now as a PNG; see the class comment about threads. The same logo is shipped
     * ready-made at the sizes of {@link #appIconSizes()}; use {@link #appIconImages()} for those.
     *
     * @param size side in pixels, from 8 to 2048
     * @return the PNG file's bytes
     * @throws IllegalStateException when the JavaFX toolkit has not been started
     */
    public static byte[] appIconPng(int size) {
        return AppIcon.png(size);
    }

    /**
     * The sizes at which the logo is shipped as PNG files.
     *
     * @return 16, 32, 48, 64, 128, 256 and 512
     */
    public static List<Integer> appIconSizes() {
        return Arrays.stream(AppIcon.SIZES).boxed().collect(Collectors.toUnmodifiableList());
    }

    /**
     * The classpath location of the shipped logo of one size, such as "dev/vpclab/icons/app/vpclab-32.png".
     *
     * @param size one of {@link #appIconSizes()}
     * @return a resource name without a leading slash
     */
    public static String appIconResource(int size) {
        if (!appIconSizes().contains(size)) {
            throw new IllegalArgumentException("The logo is shipped at " + appIconSizes() + " px, not " + size
                    + " px; use appIconPng(" + size + ") to draw it at that size.");
        }
        return AppIcon.resourceName(size);
    }

    /**
     * The shipped logo at every size, for {@code Stage.getIcons().addAll(...)}; needs no snapshot.
     *
     * @return one image per size, smallest first
     */
    public static List<Image> appIconImages() {
        List<Image> images = new ArrayList<>();
        for (int size : AppIcon.SIZES) {
            try (InputStream in = Icons.class.getClassLoader().getResourceAsStream(AppIcon.resourceName(size))) {
                if (in == null) {
                    throw new IllegalStateException("The logo file " + AppIcon.resourceName(size)
                            + " is missing from the icons jar; rebuild the icons module.");
                }
                images.add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + AppIcon.resourceName(size), e);
            }
        }
        return List.copyOf(images);
    }
}
