package dev.vpclab.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IconRenderingTest {

    @BeforeAll
    static void startFx() throws InterruptedException {
        JavaFx.start();
    }

    static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    static boolean near(int argb, Color colour, int tolerance) {
        return (argb >>> 24) == 255
                && Math.abs(((argb >> 16) & 0xFF) - (int) Math.round(colour.getRed() * 255)) <= tolerance
                && Math.abs(((argb >> 8) & 0xFF) - (int) Math.round(colour.getGreen() * 255)) <= tolerance
                && Math.abs((argb & 0xFF) - (int) Math.round(colour.getBlue() * 255)) <= tolerance;
    }

    @ParameterizedTest
    @EnumSource(IconKind.class)
    void everyIconDrawsAWhiteGlyphOnItsCategoryTile(IconKind kind) {
        Image image = Icons.image(kind.key(), 48);
        int[] argb = pixels(image);
        Color tileColour = Color.web(kind.category().colour());
        long tile = 0;
        long glyph = 0;
        for (int p : argb) {
            if (near(p, tileColour, 6)) {
                tile++;
            } else if (near(p, Color.WHITE, 20)) {
                glyph++;
            }
        }
        double area = 48.0 * 48.0;
        assertThat(image.getWidth()).isEqualTo(48);
        assertThat(tile / area).as("share of tile colour in %s", kind.key()).isBetween(0.45, 0.95);
        assertThat(glyph / area).as("share of white glyph in %s", kind.key()).isBetween(0.04, 0.35);
        // The margin beside the glyph shows the tile; the rounded corner is see-through.
        assertThat(near(argb[24 * 48 + 2], tileColour, 6)).as("tile at the left margin").isTrue();
        assertThat(argb[0] >>> 24).as("corner alpha").isLessThan(128);
    }

    @ParameterizedTest
    @EnumSource(IconKind.class)
    void everyGlyphStaysInsideTheLiveArea(IconKind kind) {
        SVGPath path = new SVGPath();
        path.setContent(kind.glyph());
        Bounds bounds = path.getLayoutBounds();

        assertThat(bounds.getWidth()).as(kind.key()).isGreaterThan(8);
        assertThat(bounds.getHeight()).as(kind.key()).isGreaterThan(8);
        assertThat(bounds.getMinX()).as(kind.key()).isGreaterThanOrEqualTo(4 - 1e-6);
        assertThat(bounds.getMinY()).as(kind.key()).isGreaterThanOrEqualTo(4 - 1e-6);
        assertThat(bounds.getMaxX()).as(kind.key()).isLessThanOrEqualTo(20 + 1e-6);
        assertThat(bounds.getMaxY()).as(kind.key()).isLessThanOrEqualTo(20 + 1e-6);
    }

    @ParameterizedTest
    @EnumSource(IconKind.class)
    void everyGlyphStillShowsAt16Px(IconKind kind) {
        int[] argb = pixels(snapshot(IconNodes.glyphOnly(kind, 16, Color.BLACK), 16));
        long inked = 0;
        for (int p : argb) {
            if ((p >>> 24) >= 128) {
                inked++;
            }
        }
        assertThat(inked).as(kind.key()).isBetween(16L, 256L * 6 / 10);
    }

    @Test
    void noTwoGlyphsLookAlike() {
        Map<IconKind, boolean[]> masks = new EnumMap<>(IconKind.class);
        for (IconKind kind : IconKind.values()) {
            int[] argb = pixels(snapshot(IconNodes.glyphOnly(kind, 32, Color.BLACK), 32));
            boolean[] mask = new boolean[argb.length];
            for (int i = 0; i < argb.length; i++) {
                mask[i] = (argb[i] >>> 24) >= 128;
            }
            masks.put(kind, mask);
        }
        List<String> tooClose = new ArrayList<>();
        IconKind[] kinds = IconKind.values();
        for (int a = 0; a < kinds.length; a++) {
            for (int b = a + 1; b < kinds.length; b++) {
                int differing = 0;
                boolean[] ma = masks.get(kinds[a]);
                boolean[] mb = masks.get(kinds[b]);
                for (int i = 0; i < ma.length; i++) {
                    if (ma[i] != mb[i]) {
                        differing++;
                    }
                }
                // At 32 px a glyph inks roughly 150–350 pixels; 60 different pixels is a clearly visible change.
                if (differing < 60) {
                    tooClose.add(kinds[a].key() + " ~ " + kinds[b].key() + " (" + differing + " px)");
                }
            }
        }
        assertThat(tooClose).isEmpty();
    }

    private static Image snapshot(Node node, int size) {
        return FxThread.call(() -> Raster.snapshot(node, size));
    }

    @Test
    void aNodeTakesExactlyTheRequestedSize() {
        Node node = Icons.node("db", 37.5);
        assertThat(node.getLayoutBounds().getMinX()).isZero();
        assertThat(node.getLayoutBounds().getWidth()).isCloseTo(37.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(node.getLayoutBounds().getHeight()).isCloseTo(37.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(node.getStyleClass()).contains("vpclab-icon");
        assertThat(node.getAccessibleText()).isEqualTo("db");
    }

    @Test
    void imagesCanBeAskedForOnAndOffTheFxThread() {
        assertThat(Platform.isFxApplicationThread()).isFalse();
        Image offThread = Icons.image("sg", 20.2);
        Image onThread = FxThread.call(() -> {
            assertThat(Platform.isFxApplicationThread()).isTrue();
            return Icons.image("sg", 21);
        });
        assertThat(offThread.getWidth()).isEqualTo(21);
        assertThat(pixels(offThread)).isEqualTo(pixels(onThread));
    }

    @Test
    void aBadSizeOrKindIsRefusedBeforeDrawing() {
        assertThatThrownBy(() -> Icons.node("vpc", 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4.0 px");
        assertThatThrownBy(() -> Icons.image("vpn", 16)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'vpn'");
    }
}
