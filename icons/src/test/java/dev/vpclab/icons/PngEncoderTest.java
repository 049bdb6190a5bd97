package dev.vpclab.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void pixelsSurviveARoundTripExactly() throws Exception {
        int width = 37;
        int height = 23;
        int[] argb = new Random(7).ints(width * height).toArray();
        argb[0] = 0x00FFFFFF; // fully transparent, colour kept
        argb[1] = 0xFF000000;

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(width, height, argb)));

        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        int[] back = decoded.getRGB(0, 0, width, height, null, 0, width);
        assertThat(back).isEqualTo(argb);
    }

    @Test
    void theSamePixelsGiveTheSameBytes() {
        int[] argb = new Random(3).ints(64).toArray();
        assertThat(PngEncoder.encode(8, 8, argb)).isEqualTo(PngEncoder.encode(8, 8, argb.clone()));
    }

    @Test
    void aPixelCountThatDoesNotMatchIsRefused() {
        assertThatThrownBy(() -> PngEncoder.encode(4, 4, new int[15]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 16 pixels, not 15");
    }
}
