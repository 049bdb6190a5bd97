package dev.vpclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code vpclab simulate}, called through picocli as the command line does (the lead registers it under vpclab). */
class SimulateCommandTest {

    private static final String HA_WEB = Path.of("..", "samples", "ha-web.vpclab").toString();

    /** What one run printed. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SimulateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void printsCsvSortedByTime() {
        Run r = run(HA_WEB, "--duration", "5m", "--rate", "20", "--seed", "3");
        assertThat(r.status()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("time,namespace,metric,dimensions,statistic,value");
        assertThat(r.out()).contains("0,AWS/ApplicationELB,RequestCount,LoadBalancer=app/web-alb/0a1b2c3d4e5f6a7b,Sum,");
        long last = -1;
        for (int i = 1; i < lines.length; i++) {
            long t = Long.parseLong(lines[i].substring(0, lines[i].indexOf(',')));
            assertThat(t).isGreaterThanOrEqualTo(last);
            last = t;
            assertThat(lines[i].split(",")).hasSize(6);
        }
        assertThat(last).isEqualTo(240);
    }

    @Test
    void printsJsonWithMetricsAlarmsScalingAndTargets() {
        Run r = run(HA_WEB, "--duration", "45m", "--rate", "20", "--profile", "spike:peak=80,at=10m,length=10m", "--fail",
                "us-east-1a@30m", "--seed", "7", "--format", "json", "--lang", "ko");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{\n  \"metrics\": [").contains("\"alarms\": [", "\"scaling\": [", "\"targets\": {")
                .contains("\"namespace\": \"AWS/ApplicationELB\", \"metric\": \"HealthyHostCount\"")
                .contains("\"i-0b7\": ")
                .contains("대상 추적");
        Run again = run(HA_WEB, "--duration", "45m", "--rate", "20", "--profile", "spike:peak=80,at=10m,length=10m", "--fail",
                "us-east-1a@30m", "--seed", "7", "--format", "json", "--lang", "ko");
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    void optionsMayComeBeforeTheModel() {
        Run r = run("--duration", "2m", "--format", "json", HA_WEB);
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{");
    }

    @Test
    void badInputIsOneLineOnStderrAndNothingOnStdout() {
        for (String[] args : new String[][] {
            {HA_WEB, "--rate", "-3"},
            {HA_WEB, "--duration", "forever"},
            {HA_WEB, "--profile", "zigzag"},
            {HA_WEB, "--to", "no-such-lb"},
            {HA_WEB, "--fail", "us-west-2z@1m"},
            {"no-such-file.vpclab", "--duration", "1m"},
            {HA_WEB, "--lang", "fr"},
            {"--duration", "1m"},
        }) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err()).startsWith("vpclab: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
