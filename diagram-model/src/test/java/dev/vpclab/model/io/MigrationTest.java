package dev.vpclab.model.io;

import static dev.vpclab.model.io.Reading.read;
import static dev.vpclab.model.io.Reading.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.resource.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files of format 1 are brought up to format 2; files of a newer format are refused. */
class MigrationTest {

    private static final String V1 = """
            {
              "resources": [
                {"bounds": {"height": 800, "width": 1200, "x": 0, "y": 0}, "id": "us-east-1", "name": "N. Virginia", "type": "region"},
                {"id": "us-east-1a", "regionId": "us-east-1", "type": "az"}
              ],
              "version": 1
            }
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theFormatOneStepMovesInlineBoundsIntoTheLayoutAndDropsTheOldVersionKey() throws Exception {
        ObjectNode root = (ObjectNode) json.readTree(V1);

        new InlineBoundsMigration().migrate(root);

        assertThat(root.has("version")).isFalse();
        assertThat(root.get("layout").toString()).isEqualTo("{\"us-east-1\":{\"height\":800,\"width\":1200,\"x\":0,\"y\":0}}");
        assertThat(root.get("resources").findValues("bounds")).isEmpty();
        assertThat(root.get("resources").get(0).get("name").textValue()).isEqualTo("N. Virginia");
    }

    @Test
    void theMigratorRunsTheStepsAndSetsTheCurrentVersion() throws Exception {
        ObjectNode root = (ObjectNode) json.readTree(V1);

        int from = Migrator.standard().migrate(root);

        assertThat(from).isEqualTo(1);
        assertThat(root.get("formatVersion").intValue()).isEqualTo(DocumentFormat.CURRENT_VERSION);
    }

    @Test
    void aFormatOneFileReadsWithItsLayoutAndANoteThatItWasConverted() throws Exception {
        ReadResult result = read(V1);

        assertThat(result.document().get("us-east-1")).isEqualTo(new Region("us-east-1", "N. Virginia"));
        assertThat(result.document().layout().get("us-east-1")).isEqualTo(Bounds.of(0, 0, 1200, 800));
        assertThat(result.document().layout().get("us-east-1a")).isNull();
        assertThat(result.warnings()).containsExactly("the file was written in format 1 by an older VPC Lab; saving it writes format 2, "
                + "which older versions cannot open");
    }

    @Test
    void aFormatOneFileWithoutBoundsHasNoLayout() throws Exception {
        ReadResult result = read("{\"version\": 1, \"resources\": [{\"type\": \"region\", \"id\": \"r\", \"bounds\": null}]}");

        assertThat(result.document().layout().size()).isZero();
        assertThat(result.document().get("r")).isEqualTo(new Region("r", ""));
    }

    @Test
    void boundsThatAreNotAnObjectAreRefusedAtTheirPlaceInTheOldFile() {
        String text = "{\"version\": 1,\n \"resources\": [{\"type\": \"region\", \"id\": \"r\", \"bounds\": [0, 0]}]}";

        DocumentReadException e = refusal(text);

        assertThat(e.pointer()).isEqualTo("/resources/0/bounds");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(Reading.columnOf(text, "[0, 0]"));
        assertThat(e.reason()).contains("expected an object", "a list");
    }

    @Test
    void invalidBoundsFromAFormatOneFileAreReportedInTheLayout() {
        DocumentReadException e = refusal("{\"version\": 1, \"resources\": [{\"type\": \"region\", \"id\": \"r\", "
                + "\"bounds\": {\"x\": 0, \"y\": 0, \"width\": -5, \"height\": 1}}]}");

        assertThat(e.pointer()).isEqualTo("/layout/r");
        assertThat(e.reason()).isEqualTo("bounds cannot have a negative size");
    }

    @Test
    void aFileFromANewerVpcLabIsRefusedWithAdvice() {
        DocumentReadException e = refusal("{\"formatVersion\": 3, \"resources\": [{\"type\": \"hologram\"}]}");

        assertThat(e.getMessage()).isEqualTo("Cannot open net.vpclab: it was written by a newer VPC Lab (format 3); this version reads "
                + "up to format 2. Update VPC Lab to open it.");
        assertThat(e.location()).isEmpty();
    }

    @Test
    void aMissingOrNonsensicalVersionIsRefused() {
        assertThat(refusal("{\"resources\": []}").getMessage()).contains("has no \"formatVersion\"", "not a VPC Lab document");
        DocumentReadException text = refusal("{\"formatVersion\": \"2\"}");
        assertThat(text.pointer()).isEqualTo("/formatVersion");
        assertThat(text.reason()).isEqualTo("expected a whole number like 2 but found text \"2\"");
        assertThat(refusal("{\"formatVersion\": 2.5}").reason()).contains("the number 2.5");
        assertThat(refusal("{\"formatVersion\": 0}").reason()).isEqualTo("there is no format 0 of VPC Lab documents");
        assertThat(refusal("{\"version\": 2}").reason()).isEqualTo("there is no format 2 of VPC Lab documents");
    }

    @Test
    void theMigrationChainMustLeadFromFormatOneToTheCurrentFormatWithoutGaps() {
        assertThatThrownBy(() -> new Migrator(List.of(), 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Migrator(List.of(new Migration() {
            @Override
            public int fromVersion() {
                return 2;
            }

            @Override
            public void migrate(ObjectNode root) {
            }
        }), 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Migrator(List.of(new InlineBoundsMigration()), 2)).isNotNull();
    }
}
