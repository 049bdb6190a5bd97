package dev.vpclab.model.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.validation.Problem;
import dev.vpclab.model.validation.Severity;
import dev.vpclab.model.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed samples are what {@link SampleNetworks} builds, and validate as intended. */
class SampleFilesTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void committedSamplesMatchTheirSource() throws Exception {
        if (Boolean.getBoolean("vpclab.samples.regenerate")) {
            SampleWriter.writeAll(SAMPLES);
        }
        for (Map.Entry<String, Document> e : SampleNetworks.all().entrySet()) {
            Path file = SAMPLES.resolve(e.getKey());
            assertThat(file).as("run with -Dvpclab.samples.regenerate=true to write " + file).exists();
            assertThat(DocumentFormat.load(file)).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(Files.readString(file)).isEqualTo(DocumentFormat.toJson(e.getValue()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-server.vpclab", "two-tier.vpclab", "ha-web.vpclab"})
    void theGoodSamplesHaveNoProblems(String name) {
        assertThat(Validator.validate(SampleNetworks.all().get(name))).isEmpty();
    }

    @Test
    void theBrokenSampleHasExactlyItsFourMistakes() {
        List<Problem> problems = Validator.validate(SampleNetworks.brokenNetwork());
        assertThat(problems).extracting(p -> p.severity() + " " + p.resourceId() + " " + p.code()).containsExactlyInAnyOrder(
                "WARNING acl-0web validation.nacl.noOutboundEphemeral",
                "WARNING subnet-0app validation.subnet.privateNameWithInternetRoute",
                "WARNING shop-db validation.db.openToInternet",
                "ERROR nat-0shop validation.natGateway.noInternetRoute");
        assertThat(problems).filteredOn(p -> p.severity() == Severity.ERROR).hasSize(1);
    }
}
