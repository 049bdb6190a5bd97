package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.resource.Resource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every snapshot of the copied Batfish data imports without an exception into a consistent document. */
class AwsImporterSnapshotsTest {

    static Stream<Arguments> snapshots() {
        return Snapshots.all().stream().map(p -> Arguments.of(Snapshots.label(p), p));
    }

    @Test
    void theCopiedDataHoldsEverySnapshotTheBriefNames() {
        List<String> labels = Snapshots.all().stream().map(Snapshots::label).toList();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(24)
                .contains("test/aws_configs", "test-load-balancer/aws_configs", "networks/hybrid-cloud-aws/aws_configs",
                        "projects/batfish/src/test/resources/org/batfish/grammar/aws/testrigs/ipsec-vpn-host-aws-cisco/aws_configs",
                        "projects/batfish/src/test/resources/org/batfish/main/snapshots/load_vendor_configurations/aws_configs",
                        "test-transit-gateway-multi-account/aws_configs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void importsIntoAConsistentDocument(String label, Path snapshot) throws AwsImportException {
        ImportResult result = AwsImporter.importFolder(snapshot);
        Document doc = result.document();

        for (Resource r : doc.all()) {
            for (Reference ref : References.of(r)) {
                if (ref.onDelete() != Reference.OnDelete.KEEP) {
                    assertThat(doc.contains(ref.targetId()))
                            .as("%s.%s -> %s", r.id(), ref.field(), ref.targetId()).isTrue();
                }
            }
        }
        assertThat(doc.layout().size()).isZero();
        for (ImportWarning w : result.warnings()) {
            assertThat(w.text(Locale.ENGLISH)).as("English bundle has %s", w.message().key()).doesNotContain(w.message().key());
            assertThat(w.text(Locale.KOREAN)).as("Korean bundle has %s", w.message().key()).doesNotContain(w.message().key());
        }
        if (System.getProperty("vpclab.printWarnings") != null) {
            System.out.println("== " + label + ": " + doc.size() + " resources");
            result.warnings().forEach(w -> System.out.println("   " + w.english()));
        }
    }
}
