package dev.vpclab.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * One golden file per format version, each holding {@link Fixtures#everyKind()}: old files must keep reading
 * to the same document, and the current writer must keep writing the current golden byte for byte, so the
 * format cannot drift without someone deciding it should.
 */
class GoldenFileTest {

    private static String golden(int version) {
        return "/io/format-v" + version + ".vpclab";
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ReadResult read(String resource) throws IOException, DocumentReadException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream(resource)) {
            return DocumentFormat.read(in, resource);
        }
    }

    /** What format 1 could hold of the fixture: positions of resources only (no AZ columns), never collapsed. */
    static Document formatOneFixture() {
        Document doc = Fixtures.everyKind();
        Map<String, Bounds> inline = new TreeMap<>();
        doc.layout().asSortedMap().forEach((key, b) -> {
            if (doc.contains(key)) {
                inline.put(key, Bounds.of(b.x(), b.y(), b.width(), b.height()));
            }
        });
        return doc.withLayout(Layout.of(inline));
    }

    @Test
    void theWriterWritesTheCurrentGoldenByteForByte() throws IOException {
        assertThat(DocumentFormat.toJson(Fixtures.everyKind()))
                .as("format-v%d.vpclab no longer matches what the writer makes of Fixtures.everyKind(). If the fixture changed, "
                        + "regenerate the golden with -Dvpclab.updateGolden=true. If the format changed, raise "
                        + "DocumentFormat.CURRENT_VERSION, add a Migration and a new golden, and keep this one.",
                        DocumentFormat.CURRENT_VERSION)
                .isEqualTo(text(golden(DocumentFormat.CURRENT_VERSION)));
    }

    @Test
    void theCurrentGoldenReadsToTheFixtureWithoutWarnings() throws Exception {
        ReadResult result = read(golden(DocumentFormat.CURRENT_VERSION));

        assertThat(result.document()).isEqualTo(Fixtures.everyKind());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theFormatOneGoldenReadsToTheFixtureWithItsInlineLayoutMovedApart() throws Exception {
        ReadResult result = read(golden(1));

        assertThat(result.document()).isEqualTo(formatOneFixture());
        assertThat(result.document().layout().get("vpc-1")).isEqualTo(Bounds.of(40, 60, 1000, 600));
        assertThat(result.warnings()).singleElement().asString().contains("format 1");
    }

    @Test
    void aFormatOneFileIsSavedInTheCurrentFormat() throws Exception {
        String saved = DocumentFormat.toJson(read(golden(1)).document());

        assertThat(saved).isEqualTo(DocumentFormat.toJson(formatOneFixture()))
                .contains("\"formatVersion\": " + DocumentFormat.CURRENT_VERSION)
                .doesNotContain("\"bounds\"", "\"version\"");
    }

    @Test
    void thereIsAGoldenFileForEveryFormatVersion() throws IOException {
        for (int v = 1; v <= DocumentFormat.CURRENT_VERSION; v++) {
            String key = v == 1 ? Migrator.DRAFT_VERSION_KEY : Migrator.VERSION_KEY;
            assertThat(new ObjectMapper().readTree(text(golden(v))).path(key).asInt()).as("format %d golden", v).isEqualTo(v);
        }
    }

    /** Rewrites the current golden from the fixture; run only on purpose, with -Dvpclab.updateGolden=true. */
    @Test
    @EnabledIfSystemProperty(named = "vpclab.updateGolden", matches = "true")
    void updateTheCurrentGolden() throws IOException {
        Path file = Path.of("src/test/resources" + golden(DocumentFormat.CURRENT_VERSION));
        Files.writeString(file, DocumentFormat.toJson(Fixtures.everyKind()), StandardCharsets.UTF_8);
    }
}
