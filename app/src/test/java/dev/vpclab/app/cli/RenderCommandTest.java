package dev.vpclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vpclab render}: PNG and SVG pictures of a model, with no display; bad input is one line and exit 2. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = VpcLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private static String sample(String name) {
        return Path.of("..", "samples", name + ".vpclab").toString();
    }

    @Test
    void writesAPng() throws Exception {
        Path png = dir.resolve("ha.png");
        Run r = run("render", sample("ha-web"), "-o", png.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Rendered 49 resources to ");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(600);
        assertThat(img.getHeight()).isGreaterThan(400);
        // not a blank picture: the VPC's purple border is drawn somewhere
        boolean purple = false;
        for (int y = 0; y < img.getHeight() && !purple; y += 2) {
            for (int x = 0; x < img.getWidth() && !purple; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                purple = rgb == 0x8C4FFF;
            }
        }
        assertThat(purple).isTrue();
    }

    @Test
    void aLargerScaleGivesALargerPicture() throws Exception {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertThat(run("render", sample("web-server"), "-o", one.toString()).status()).isZero();
        assertThat(run("render", sample("web-server"), "-o", two.toString(), "--scale", "2", "--theme", "dark").status()).isZero();
        assertThat(ImageIO.read(two.toFile()).getWidth()).isBetween(2 * ImageIO.read(one.toFile()).getWidth() - 2,
                2 * ImageIO.read(one.toFile()).getWidth() + 2);
    }

    @Test
    void writesAWellFormedSvg() throws Exception {
        Path svg = dir.resolve("ha.svg");
        Run r = run("render", sample("ha-web"), "-o", svg.toString(), "--lang", "ko");
        assertThat(r.status()).as(r.err()).isZero();
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(svg)).contains("prod-vpc", "대기");
    }

    @Test
    void anUnknownExtensionIsRefusedWithOneLine() {
        Path jpg = dir.resolve("ha.jpg");
        Run r = run("render", sample("ha-web"), "-o", jpg.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(".png or .svg");
        assertThat(jpg).doesNotExist();
    }

    @Test
    void badInputIsOneLineAndExit2() {
        Run missing = run("render", "no-such.vpclab", "-o", dir.resolve("x.png").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1);
        Run scale = run("render", sample("ha-web"), "-o", dir.resolve("x.png").toString(), "--scale", "50");
        assertThat(scale.status()).isEqualTo(2);
        assertThat(scale.err().strip().lines()).hasSize(1);
        Run folder = run("render", sample("ha-web"), "-o", dir.resolve("nowhere/x.svg").toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).contains("does not exist");
    }
}
