package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stops an import (only JSON that cannot be read) and what only warns. */
class AwsImporterErrorsTest {

    @TempDir
    Path dir;

    @Test
    void malformedJsonStopsTheImportNamingTheFileLineAndColumn() {
        SnapshotFolder folder = new SnapshotFolder(dir).write("Vpcs.json", SnapshotFolder.VPC)
                .write("us-east-1/Subnets.json", "{\n  \"Subnets\": [\n    {\"SubnetId\": \"subnet-a\",, }\n  ]\n}\n");

        assertThatThrownBy(folder::importIt).isInstanceOfSatisfying(AwsImportException.class, e -> {
            assertThat(e.file()).isEqualTo("us-east-1/Subnets.json");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(29);
            assertThat(e.getMessage()).startsWith("us-east-1/Subnets.json is not valid JSON at line 3:29 (")
                    .endsWith("Fix the file or remove it from the folder, then import again.")
                    .doesNotContain("\n");
            assertThat(e.userMessage().format(Locale.KOREAN)).contains("us-east-1/Subnets.json", "3:29");
        });
    }

    @Test
    void twoOutputsConcatenatedInOneFileAreMalformedToo() {
        SnapshotFolder folder = new SnapshotFolder(dir).write("both.json", "{\"Vpcs\": []}\n{\"Subnets\": []}\n");

        assertThatThrownBy(folder::importIt).isInstanceOfSatisfying(AwsImportException.class,
                e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void aFolderThatDoesNotExistIsOneClearError() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> AwsImporter.importFolder(missing)).isInstanceOf(AwsImportException.class)
                .hasMessageStartingWith(missing + " does not exist.");
    }

    @Test
    void unknownTopLevelKeysAreWarningsAndTheRestIsImported() throws AwsImportException {
        ImportResult result = new SnapshotFolder(dir).write("a.json", SnapshotFolder.VPC)
                .write("b.json", "{\"Widgets\": [{\"WidgetId\": \"w-1\"}], \"Subnets\": []}")
                .write("c/d.json", "{\"Widgets\": []}").importIt();

        assertThat(result.document().all(Vpc.class)).hasSize(1);
        assertThat(SnapshotFolder.warnings(result, "aws.unknownKey")).containsExactly(List.of("Widgets", 2));
        assertThat(result.warnings()).filteredOn(w -> w.message().key().equals("aws.unknownKey"))
                .singleElement().satisfies(w -> {
                    assertThat(w.file()).isEqualTo("b.json");
                    assertThat(w.english()).isEqualTo("b.json: Top-level key Widgets (2 files) is not AWS CLI output this "
                            + "importer knows; it was skipped.");
                });
    }

    @Test
    void eachKnownButIrrelevantKeyGetsOneWarningSayingWhatWasSkipped() throws AwsImportException {
        ImportResult result = new SnapshotFolder(dir)
                .write("us-east-1/DhcpOptions.json", "{\"DhcpOptions\": [{\"DhcpOptionsId\": \"dopt-1\"}]}")
                .write("us-west-2/DhcpOptions.json", "{\"DhcpOptions\": []}")
                .write("Es.json", "{\"DomainStatusList\": []}")
                .write("Vifs.json", "{\"VirtualInterfaces\": []}").importIt();

        assertThat(SnapshotFolder.warnings(result, "aws.skipped.dhcpOptions")).containsExactly(List.of("DhcpOptions", 2));
        assertThat(SnapshotFolder.warnings(result, "aws.skipped.elasticsearch")).hasSize(1);
        assertThat(SnapshotFolder.warnings(result, "aws.skipped.directConnect")).hasSize(1);
        assertThat(result.document().size()).as("folders with nothing modelled make no Regions").isZero();
    }

    @Test
    void oddFilesAreSkippedWithAWarning() throws AwsImportException {
        ImportResult result = new SnapshotFolder(dir).write("empty.json", "")
                .write("list.json", "[1, 2]")
                .write("notes.txt", "hello")
                .write("vpcs.json", "{\"Vpcs\": {\"VpcId\": \"vpc-1\"}}").importIt();

        assertThat(result.warnings()).extracting(w -> w.file() + " " + w.message().key()).contains(
                "empty.json aws.emptyFile", "list.json aws.notAnObject", "vpcs.json aws.notAList", " aws.nonJsonFiles",
                " aws.nothingFound");
    }

    @Test
    void aSingleFileCanBeImportedToo() throws AwsImportException {
        new SnapshotFolder(dir).write("Vpcs-eu-west-1.json", SnapshotFolder.VPC);

        ImportResult result = AwsImporter.importFolder(dir.resolve("Vpcs-eu-west-1.json"));

        assertThat(result.document().get("vpc-1", Vpc.class).regionId()).isEqualTo("eu-west-1");
    }

    @Test
    void withoutRegionFoldersTheRegionComesFromTheSubnetsZones() throws AwsImportException {
        ImportResult result = new SnapshotFolder(dir).write("v.json", SnapshotFolder.VPC)
                .write("s.json", SnapshotFolder.SUBNETS).importIt();

        assertThat(result.document().get("vpc-1", Vpc.class).regionId()).isEqualTo("us-east-1");
        assertThat(result.document().get("subnet-a", Subnet.class).availabilityZoneId()).isEqualTo("us-east-1a");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void withNoHintAtAllTheAssumedRegionIsStated() throws AwsImportException {
        ImportResult result = new SnapshotFolder(dir).write("v.json", SnapshotFolder.VPC).importIt();

        assertThat(result.document().get("vpc-1", Vpc.class).regionId()).isEqualTo("us-east-1");
        assertThat(SnapshotFolder.warnings(result, "aws.region.assumed")).containsExactly(List.of("us-east-1"));
    }

    @Test
    void recordsTheModelRefusesAreWarningsNamingTheRecord() throws AwsImportException {
        ImportResult result = new SnapshotFolder(dir).write("us-east-1/all.json", """
                {"Vpcs": [{"VpcId": "vpc-empty", "CidrBlockAssociationSet": []}, {"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}],
                 "Subnets": [{"SubnetId": "subnet-bad", "VpcId": "vpc-1", "AvailabilityZone": "us-east-1a", "CidrBlock": "10.0.1.0/33"}],
                 "SecurityGroups": [{"GroupId": "sg-1", "VpcId": "vpc-1",
                   "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 90, "ToPort": 80, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}]}
                """).importIt();

        assertThat(result.document().contains("vpc-empty")).isFalse();
        assertThat(result.document().contains("subnet-bad")).isFalse();
        assertThat(result.document().contains("vpc-1")).isTrue();
        assertThat(SnapshotFolder.warnings(result, "aws.invalidResource")).singleElement()
                .satisfies(args -> assertThat(args.get(0)).isEqualTo("vpc-empty"));
        assertThat(SnapshotFolder.warnings(result, "aws.badCidr")).containsExactly(List.of("subnet-bad", "10.0.1.0/33"));
        assertThat(SnapshotFolder.warnings(result, "aws.sg.badPermission")).singleElement()
                .satisfies(args -> assertThat(args.get(0)).isEqualTo("sg-1"));
    }
}
