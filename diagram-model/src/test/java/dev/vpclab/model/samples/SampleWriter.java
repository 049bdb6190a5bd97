package dev.vpclab.model.samples;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the sample networks into a folder (the repository's samples/). Run after changing {@link SampleNetworks}:
 * {@code mvn -q -o test -pl diagram-model -Dtest=SampleFilesTest -Dvpclab.samples.regenerate=true}.
 */
public final class SampleWriter {

    private SampleWriter() {
    }

    /**
     * @param dir the folder
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Document> e : new TreeMap<>(SampleNetworks.all()).entrySet()) {
            DocumentFormat.write(e.getValue(), dir.resolve(e.getKey()));
            Files.deleteIfExists(DocumentFormat.backupOf(dir.resolve(e.getKey())));
        }
    }
}
