package dev.vpclab.icons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;

/**
 * Writes the logo PNGs that ship in the icons jar. Run it through the test that guards them, headless, so
 * that the pixels match what that test draws:
 * {@code mvn -o test -pl icons -Dtest=AppIconFilesTest -Dvpclab.icons.regenerate=true}.
 */
final class AppIconGenerator {

    /** Where the files live in the source tree, relative to the icons module. */
    static final Path SOURCE_FOLDER = Path.of("src", "main", "resources").resolve(AppIcon.RESOURCE_FOLDER);

    private AppIconGenerator() {
    }

    /**
     * Draws the logo at every shipped size and writes one file per size.
     *
     * @param moduleDirectory the icons module's folder
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    static List<Path> writeAll(Path moduleDirectory) throws IOException {
        Path folder = moduleDirectory.resolve(SOURCE_FOLDER);
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (int size : AppIcon.SIZES) {
            Path file = moduleDirectory.resolve("src/main/resources").resolve(AppIcon.resourceName(size));
            Files.write(file, AppIcon.png(size));
            written.add(file);
        }
        return written;
    }

    /**
     * Writes the files under the given module folder (default: the current folder).
     *
     * @param args optional module folder
     * @throws Exception when the toolkit does not start or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        JavaFx.start();
        for (Path file : writeAll(Path.of(args.length > 0 ? args[0] : "."))) {
            System.out.println("wrote " + file);
        }
        Platform.exit();
    }
}
