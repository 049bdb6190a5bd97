package dev.vpclab.sim;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's sample networks, read from the samples folder at the repository root. */
final class Samples {

    private Samples() {
    }

    /**
     * @param name e.g. "ha-web"
     * @return the document
     */
    static Document load(String name) {
        Path p = Path.of("..", "samples", name + ".vpclab");
        if (!Files.exists(p)) {
            p = Path.of("samples", name + ".vpclab");
        }
        try {
            return DocumentFormat.load(p);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read sample " + name + ": " + e.getMessage(), e);
        }
    }
}
