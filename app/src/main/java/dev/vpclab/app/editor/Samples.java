package dev.vpclab.app.editor;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.io.DocumentReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sample networks bundled in the app (the same files as the repository's samples/ folder). */
public final class Samples {

    /** Sample names in menu order. */
    public static final List<String> NAMES = List.of("web-server", "two-tier", "ha-web", "broken-network");

    private Samples() {
    }

    /**
     * @param name a sample name, with or without ".vpclab"
     * @return the document
     * @throws IllegalArgumentException for an unknown name
     */
    public static Document load(String name) {
        String base = name.endsWith(".vpclab") ? name.substring(0, name.length() - 7) : name;
        if (!NAMES.contains(base)) {
            throw new IllegalArgumentException("no sample named '" + name + "' (samples: " + String.join(", ", NAMES) + ")");
        }
        try (InputStream in = Samples.class.getResourceAsStream("/dev/vpclab/app/samples/" + base + ".vpclab")) {
            if (in == null) {
                throw new IllegalStateException("sample " + base + " is missing from the build");
            }
            return DocumentFormat.read(in, base + ".vpclab").document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentReadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
