package dev.vpclab.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes what the app draws as PNG files: the first frame for {@code --screenshot}, or any node. */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * Waits until the scene has been drawn a few times (layout and first paint done), then writes it.
     *
     * @param scene the scene
     * @param file the PNG to write
     * @param then what to do afterwards (e.g. exit), given whether writing worked
     */
    public static void afterFirstFrames(Scene scene, Path file, java.util.function.Consumer<Boolean> then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 4) {
                    return;
                }
                stop();
                boolean ok;
                try {
                    write(scene.snapshot(null), file);
                    ok = true;
                } catch (IOException e) {
                    System.err.println("vpclab: cannot write " + file + ": " + e.getMessage());
                    ok = false;
                }
                then.accept(ok);
            }
        }.start();
    }

    /**
     * @param node a node in a scene
     * @param file the PNG to write
     * @throws IOException if it cannot be written
     */
    public static void write(Node node, Path file) throws IOException {
        write(node.snapshot(null, null), file);
    }

    /**
     * @param image an image
     * @param file the PNG to write
     * @throws IOException if it cannot be written
     */
    public static void write(WritableImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        if (!ImageIO.write(rgb, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
