package dev.vpclab.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppIconFilesTest {

    /** Largest per-channel difference allowed between a committed file and a fresh drawing. */
    private static final int TOLERANCE = 2;

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @BeforeAll
    static void startFx() throws Exception {
        JavaFx.start();
        if (Boolean.getBoolean("vpclab.icons.regenerate")) {
            AppIconGenerator.writeAll(MODULE);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 20, 32, 48, 64, 128, 256, 512})
    void theLogoDecodesAsAPngOfTheRequestedSize(int size) {
        byte[] png = Icons.appIconPng(size);

        Image image = new Image(new ByteArrayInputStream(png));
        assertThat(image.isError()).isFalse();
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        int[] argb = IconRenderingTest.pixels(image);
        // Purple at the top middle of the tile, white in the cloud's lower right lobe, see-through corner.
        int top = argb[size / 2 + size * (size / 16)];
        assertThat((top & 0xFF) > ((top >> 8) & 0xFF) + 60).as("purple tile at the top").isTrue();
        int cloud = argb[size * 16 / 24 + size * (size * 17 / 24)];
        assertThat(IconRenderingTest.near(cloud, javafx.scene.paint.Color.WHITE, 16)).as("white cloud").isTrue();
        assertThat(argb[0] >>> 24).isLessThan(128);
    }

    @Test
    void theCommittedFilesAreWhatTheGeneratorDraws() throws IOException {
        for (int size : AppIcon.SIZES) {
            Path file = MODULE.resolve("src/main/resources").resolve(AppIcon.resourceName(size));
            assertThat(file).as("run with -Dvpclab.icons.regenerate=true to write it").exists();
            BufferedImage committed = ImageIO.read(file.toFile());
            BufferedImage fresh = ImageIO.read(new ByteArrayInputStream(Icons.appIconPng(size)));
            assertThat(committed.getWidth()).isEqualTo(size);
            assertThat(maxChannelDifference(committed, fresh))
                    .as("%s differs from a fresh drawing; regenerate with -Dvpclab.icons.regenerate=true", file)
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }

    private static int maxChannelDifference(BufferedImage a, BufferedImage b) {
        int worst = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)));
                }
            }
        }
        return worst;
    }

    @Test
    void theShippedLogosLoadFromTheClasspath() {
        List<Image> images = Icons.appIconImages();

        assertThat(images).hasSize(Icons.appIconSizes().size());
        for (int i = 0; i < images.size(); i++) {
            assertThat(images.get(i).isError()).isFalse();
            assertThat(images.get(i).getWidth()).isEqualTo(Icons.appIconSizes().get(i).doubleValue());
        }
        assertThat(Icons.appIconResource(32)).isEqualTo("dev/vpclab/icons/app/vpclab-32.png");
        assertThatThrownBy(() -> Icons.appIconResource(17)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appIconPng(17)");
    }
}
