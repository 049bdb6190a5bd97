package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Where a file's Region comes from, and whose list an owner-less output is. */
class SnapshotReaderTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "accounts/111/us-west-1/Vpcs.json, us-west-1",
        "us-east-1/nested/Vpcs.json, us-east-1",
        "Vpcs-us-west-2.json, us-west-2",
        "ap-northeast-2_subnets.json, ap-northeast-2",
        "us-gov-west-1/Vpcs.json, us-gov-west-1",
        "Vpcs.json, none",
        "accounts/123456789012/Vpcs.json, none"})
    void regionComesFromTheDeepestRegionFolderOrTheNameSuffix(String path, String region) {
        assertThat(SnapshotReader.regionOf(path)).isEqualTo(region);
    }

    @Test
    void ownerIsTheOnlyCandidateOrTheOneTheFileNameNames() {
        Map<String, List<String>> aliases = Map.of("tgw-rtb-1", List.of("tgw-rtb-1", "spoke"), "tgw-rtb-2", List.of("tgw-rtb-2", "hub"));

        assertThat(Snapshot.guessOwner("routes.json", List.of("tgw-rtb-1"), aliases::get)).isEqualTo("tgw-rtb-1");
        assertThat(Snapshot.guessOwner("a/routes-tgw-rtb-2.json", List.of("tgw-rtb-1", "tgw-rtb-2"), aliases::get)).isEqualTo("tgw-rtb-2");
        assertThat(Snapshot.guessOwner("Hub-routes.json", List.of("tgw-rtb-1", "tgw-rtb-2"), aliases::get)).isEqualTo("tgw-rtb-2");
        assertThat(Snapshot.guessOwner("routes.json", List.of("tgw-rtb-1", "tgw-rtb-2"), aliases::get)).isNull();
        assertThat(Snapshot.guessOwner("hub-and-spoke.json", List.of("tgw-rtb-1", "tgw-rtb-2"), aliases::get)).isNull();
    }
}
