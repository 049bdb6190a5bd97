package dev.vpclab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioArgumentsTest {

    @Test
    void readsTheSavedHaWebScenario() {
        Scenario s = ScenarioArguments.parse(List.of("--duration", "45m", "--rate", "20", "--profile", "spike:peak=80,at=10m,length=10m",
                "--fail", "us-east-1a@30m", "--seed", "7"));
        assertThat(s.durationSeconds()).isEqualTo(2700);
        assertThat(s.rate()).isEqualTo(20);
        assertThat(s.profile()).isEqualTo(new RateProfile.Spike(80, 600, 600));
        assertThat(s.faults()).containsExactly(new ScheduledFault("us-east-1a", 1800, null));
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.format()).isEqualTo(ReportFormat.CSV);
        assertThat(s.periodSeconds()).isEqualTo(60);
    }

    @Test
    void readsEveryOption() {
        Scenario s = ScenarioArguments.parse(List.of("--duration=2h", "--rate", "5.5", "--profile", "ramp:to=100,over=20m", "--fail",
                "web-1@10m:terminate", "--fail", "prod-db@1h:fail", "--from", "client-0user", "--to", "web-alb", "--port", "443", "--mix",
                "/api/*=30,/=70", "--period", "300", "--format", "json", "--db", "none", "--db-share", "0.5", "--service-time", "40ms",
                "--boot", "90s", "--clients", "200", "--requests-per-connection", "3", "--health-status", "503", "--monitoring", "basic"));
        assertThat(s.profile()).isEqualTo(new RateProfile.Ramp(100, 1200));
        assertThat(s.faults()).containsExactly(new ScheduledFault("web-1", 600, FaultAction.TERMINATE),
                new ScheduledFault("prod-db", 3600, FaultAction.FAIL));
        assertThat(s.from()).isEqualTo("client-0user");
        assertThat(s.to()).isEqualTo("web-alb");
        assertThat(s.port()).isEqualTo(443);
        assertThat(s.mix().entries()).extracting(RequestMix.Entry::path).containsExactly("/api/item", "/");
        assertThat(s.periodSeconds()).isEqualTo(300);
        assertThat(s.format()).isEqualTo(ReportFormat.JSON);
        assertThat(s.db()).isEqualTo("none");
        Workload w = s.workload();
        assertThat(w.dbShare()).isEqualTo(0.5);
        assertThat(w.serviceMillis()).isEqualTo(40);
        assertThat(w.bootSeconds()).isEqualTo(90);
        assertThat(w.clients()).isEqualTo(200);
        assertThat(w.requestsPerConnection()).isEqualTo(3);
        assertThat(w.healthStatus()).isEqualTo(503);
        assertThat(w.monitoring()).isEqualTo(Workload.Monitoring.BASIC);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--rate -5 | --rate must be 0 or more",
        "--duration soon | 'soon' is not a duration for --duration",
        "--duration 0 | --duration must be longer than 0 s",
        "--profile wave | 'wave' is not a rate profile",
        "--profile spike:height=3 | 'height' is not a parameter of the spike profile",
        "--speed 3 | unknown option '--speed'",
        "--fail us-east-1a | is not a fault: write --fail RESOURCE@TIME",
        "--fail us-east-1a@30m:explode | 'explode' is not a fault action",
        "--format xml | 'xml' is not a format",
        "--period 120 | --period must be 60 or 300",
        "--rate | --rate needs a value",
        "--mix /a=x | is not PATH=SHARE",
        "--profile csv:/no/such/file.csv | cannot read the rate table /no/such/file.csv",
        "extra | unexpected argument 'extra'",
    })
    void badArgumentsSayWhatIsWrong(String args, String message) {
        assertThatThrownBy(() -> ScenarioArguments.parse(List.of(args.trim().split(" "))))
                .isInstanceOf(ScenarioException.class).hasMessageContaining(message.trim());
    }

    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource({"90s, 90", "30m, 1800", "2h, 7200", "1h30m, 5400", "45, 45", "1d, 86400", "1.5m, 90"})
    void durations(String text, long seconds) {
        assertThat(Durations.parse(text, "test")).isEqualTo(seconds);
        assertThat(Durations.parse(Durations.format(seconds), "test")).isEqualTo(seconds);
    }

    @Test
    void profilesGiveTheirRates() {
        assertThat(new RateProfile.Spike(80, 600, 600).rate(20, 599)).isEqualTo(20);
        assertThat(new RateProfile.Spike(80, 600, 600).rate(20, 600)).isEqualTo(80);
        assertThat(new RateProfile.Spike(80, 600, 600).rate(20, 1200)).isEqualTo(20);
        assertThat(new RateProfile.Ramp(100, 1000).rate(0, 500)).isEqualTo(50);
        assertThat(new RateProfile.Ramp(100, 1000).rate(0, 5000)).isEqualTo(100);
        assertThat(new RateProfile.Daily(100, 86400).rate(20, 0)).isCloseTo(20, within(1e-9));
        assertThat(new RateProfile.Daily(100, 86400).rate(20, 43200)).isCloseTo(100, within(1e-9));
        assertThat(RateProfiles.parse("spike", 10, 600)).isEqualTo(new RateProfile.Spike(40, 200, 100));
    }

    @Test
    void csvProfilesInterpolate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, "time,rate\n0,10\n10m,70\n# a comment\n20m,70\n");
        RateProfile p = ScenarioArguments.parse(List.of("--profile", "csv:" + file)).profile();
        assertThat(p.rate(999, 0)).isEqualTo(10);
        assertThat(p.rate(999, 300)).isEqualTo(40);
        assertThat(p.rate(999, 3600)).isEqualTo(70);
        assertThat(p.text()).isEqualTo("csv:" + file);
    }

    @Test
    void mixesReadHostsPathsAndShares() {
        RequestMix m = RequestMix.parse("api.example.com/v1=20, /static/*.css=5, /");
        assertThat(m.entries()).containsExactly(new RequestMix.Entry("api.example.com", "/v1", 20), new RequestMix.Entry(null,
                "/static/item.css", 5), new RequestMix.Entry(null, "/", 1));
        assertThat(RequestMix.parse(m.text())).isEqualTo(m);
    }
}
