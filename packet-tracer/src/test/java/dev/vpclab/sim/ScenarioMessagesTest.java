package dev.vpclab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A scenario that cannot run says why in English (unchanged) and in Korean, keeping option names and examples as typed. */
class ScenarioMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--speed 3 | unknown option '--speed' for simulate: use --duration, --rate, --profile, --fail, --from, --to, --port, --mix, --seed, "
                + "--period, --format, --db, --db-share, --service-time, --service-sigma, --boot, --clients, --requests-per-connection, "
                + "--health-status, --monitoring | '--speed'",
        "--rate -1 | --rate must be 0 or more requests per second, not -1 | --rate",
        "--rate -1234567 | --rate must be 0 or more requests per second, not -1234567 | -1234567",
        "--fail us-east-1a | 'us-east-1a' is not a fault: write --fail RESOURCE@TIME[:ACTION], e.g. --fail us-east-1a@30m or "
                + "--fail web-1@10m:terminate | --fail RESOURCE@TIME[:ACTION]",
        "--duration 5x | '5x' is not a duration for --duration: write it like 90s, 30m, 2h or 1h30m | --duration",
        "--format xml | 'xml' is not a format: use csv or json | csv",
        "--clients 5000x | --clients needs a whole number, not '5000x' | --clients",
        "--profile ramp:over=5x | '5x' is not a duration for over in the profile 'ramp:over=5x': write it like 90s, 30m, 2h or 1h30m "
                + "| 'ramp:over=5x'",
    })
    void badArgumentsAreExplainedInEnglishAndKorean(String args, String english, String kept) {
        assertThatThrownBy(() -> ScenarioArguments.parse(List.of(args.trim().split(" "))))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(english.trim())
                .satisfies(e -> {
                    ScenarioException x = (ScenarioException) e;
                    assertThat(x.message().english()).isEqualTo(english.trim());
                    String korean = x.message().korean();
                    assertThat(korean).as("Korean text").containsPattern("[\\uAC00-\\uD7A3]").contains(kept.trim())
                            .doesNotContain("must").doesNotContain("sim.error");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--duration 5x | '5x'은(는) --duration에 쓸 수 있는 시간이 아닙니다",
        "--rate -1 | --rate는 초당 요청 수로 0 이상이어야 합니다(현재 -1)",
        "--profile ramp:to=x | 프로필 'ramp:to=x'의 to에는 숫자가 필요합니다",
    })
    void nestedPartsSpeakKoreanToo(String args, String korean) {
        assertThatThrownBy(() -> ScenarioArguments.parse(List.of(args.trim().split(" "))))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).message().korean()).startsWith(korean.trim()));
    }
}
