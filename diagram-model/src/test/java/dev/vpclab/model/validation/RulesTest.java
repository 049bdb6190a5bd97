package dev.vpclab.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.validation.Expect.Found;
import dev.vpclab.model.validation.Expect.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One focused case per rule: a small document that breaks exactly that rule, and exactly the problems validation
 * must report for it (severity, resource, field, key) — no fewer and no more.
 */
class RulesTest {

    /** @return every sample, named by its key */
    static List<Sample> samples() {
        List<Sample> all = new ArrayList<>();
        all.addAll(NetworkSamples.all());
        all.addAll(ConnectivitySamples.all());
        all.addAll(ServiceSamples.all());
        return all;
    }

    static Stream<Sample> cases() {
        return samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleIsReportedExactlyWhereItIsBroken(Sample sample) {
        List<Found> found = Expect.found(sample.document().get());
        assertThat(found).as(sample.key()).containsExactlyInAnyOrderElementsOf(sample.expected());
        assertThat(found).extracting(Found::key).as("the sample shows its own rule").contains(sample.key());
    }
}
