package dev.vpclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.model.io.DocumentFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/** The command-line contract of DESIGN.md: exit statuses, one line on stderr for bad input, the JSON shape. */
class CommandLineTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path BATFISH = Path.of("..", "diagram-model", "src", "test", "resources", "batfish-aws", "projects", "batfish",
            "src", "test", "resources", "org", "batfish", "representation", "aws");

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = VpcLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    static void assertBadInput(Run r) {
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).as("nothing on stdout").isEmpty();
        assertThat(r.err().strip().lines()).as("one line on stderr").hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateExitsZeroForAGoodModelAndOneForTheBrokenOne() {
        Run good = run("validate", SAMPLES.resolve("ha-web.vpclab").toString());
        assertThat(good.status()).isZero();
        assertThat(good.out()).isEmpty();
        Run broken = run("validate", SAMPLES.resolve("broken-network.vpclab").toString());
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.out().lines()).hasSize(4).anyMatch(l -> l.startsWith("ERROR nat-0shop subnetId: "));
        Run korean = run("validate", "--lang", "ko", SAMPLES.resolve("broken-network.vpclab").toString());
        assertThat(korean.out()).contains("퍼블릭 NAT 게이트웨이");
    }

    @Test
    void validateRefusesWhatItCannotRead(@TempDir Path dir) throws Exception {
        Path notJson = Files.writeString(dir.resolve("x.vpclab"), "this is not json");
        assertBadInput(run("validate", notJson.toString()));
        assertBadInput(run("validate", dir.resolve("missing.vpclab").toString()));
        assertBadInput(run("validate", Files.createDirectory(dir.resolve("empty")).toString()));
        assertBadInput(run("validate"));
    }

    @Test
    void traceExitsZeroWhenReachableAndOneWhenNot() {
        Run ok = run("trace", SAMPLES.resolve("web-server.vpclab").toString(), "--from", "internet", "--to", "web-server", "--port", "443");
        assertThat(ok.status()).isZero();
        assertThat(ok.out()).contains("REACHABLE");
        Run blocked = run("trace", SAMPLES.resolve("web-server.vpclab").toString(), "--from", "internet", "--to", "web-server", "--port", "22");
        assertThat(blocked.status()).isEqualTo(1);
        assertThat(blocked.out()).contains("ENI_SG_RULES_MISMATCH");
    }

    @Test
    void aNameThatNamesNothingIsBadInputExplainedInTheChosenLanguage() {
        String model = SAMPLES.resolve("web-server.vpclab").toString();
        Run english = run("trace", model, "--from", "internet", "--to", "nowhere", "--lang", "en");
        assertBadInput(english);
        assertThat(english.err()).contains("nothing in the model is called 'nowhere'");
        Run korean = run("trace", model, "--from", "internet", "--to", "nowhere", "--lang", "ko");
        assertBadInput(korean);
        assertThat(korean.err()).contains("모델에 'nowhere'(이)라는 것이 없습니다");
    }

    @Test
    void aBadSimulationArgumentIsBadInputExplainedInTheChosenLanguage() {
        String model = SAMPLES.resolve("ha-web.vpclab").toString();
        Run english = run("simulate", model, "--rate", "-1", "--lang", "en");
        assertBadInput(english);
        assertThat(english.err()).contains("--rate must be 0 or more requests per second, not -1");
        Run korean = run("simulate", model, "--rate", "-1", "--lang", "ko");
        assertBadInput(korean);
        assertThat(korean.err()).contains("--rate는 초당 요청 수로 0 이상이어야 합니다(현재 -1)").containsPattern("[\\uAC00-\\uD7A3]");
    }

    @Test
    void traceJsonFollowsTheContract() throws Exception {
        Run r = run("trace", SAMPLES.resolve("broken-network.vpclab").toString(), "--from", "internet", "--to", "web", "--port", "80",
                "--format", "json");
        assertThat(r.status()).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("reachable").asBoolean()).isFalse();
        assertThat(j.get("explanationCode").asText()).isEqualTo("SUBNET_ACL_RESTRICTION");
        JsonNode block = j.get("blockingComponent");
        assertThat(block.get("id").asText()).isEqualTo("acl-0web");
        assertThat(block.get("type").asText()).isEqualTo("NetworkAcl");
        assertThat(block.get("direction").asText()).isEqualTo("return");
        assertThat(block.get("rule").asText()).contains("outbound rule *");
        for (String list : new String[] {"forward", "return"}) {
            assertThat(j.get(list).isArray()).isTrue();
            for (JsonNode hop : j.get(list)) {
                assertThat(hop.has("component") && hop.has("type") && hop.has("steps")).isTrue();
                for (JsonNode step : hop.get("steps")) {
                    assertThat(step.has("kind") && step.has("rule") && step.has("action") && step.has("packet")).isTrue();
                }
            }
        }
        Run http = run("trace", SAMPLES.resolve("ha-web.vpclab").toString(), "--from", "internet", "--to", "web-alb", "--port", "443",
                "--http-path", "/api/v1", "--format", "json");
        JsonNode h = new ObjectMapper().readTree(http.out());
        assertThat(http.status()).isZero();
        assertThat(h.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(h.get("target").asText()).startsWith("i-");
        assertThat(h.get("explanationCode").isNull()).isTrue();
        assertThat(h.get("blockingComponent").isNull()).isTrue();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--from nosuch-instance --to web", "--from internet --to web --port 70000",
            "--from internet --to web --protocol sctp", "--from internet --to web --format xml", "--from internet",
            "--from web --to web-alb-missing", "--from internet --to web --http-path noslash"})
    void traceRefusesBadArgumentsWithOneLine(String options) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("trace", SAMPLES.resolve("broken-network.vpclab").toString()));
        args.addAll(java.util.List.of(options.split(" ")));
        assertBadInput(run(args.toArray(String[]::new)));
    }

    @Test
    void traceReadsAFolderOfAwsCliOutputs() {
        Run r = run("trace", BATFISH.resolve("test-public-subnet").resolve("aws_configs").toString(), "--from", "i-06669a407b2ef3ae5",
                "--to", "8.8.8.8", "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("igw-0a409e562d251f766");
    }

    @Test
    void importWritesALaidOutDocument(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("nat.vpclab");
        Run r = run("import", BATFISH.resolve("test-nat-gateway").resolve("aws_configs").toString(), "-o", out.toString());
        assertThat(r.status()).isZero();
        var doc = DocumentFormat.load(out);
        assertThat(doc.get("nat-07ab4846da51f4612")).isNotNull();
        assertThat(doc.layout().get("nat-07ab4846da51f4612")).as("laid out").isNotNull();
        assertBadInput(run("import", SAMPLES.resolve("ha-web.vpclab").toString(), "-o", dir.resolve("x.vpclab").toString()));
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        Run r = run("--version");
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).isEqualTo("VPC Lab " + Version.current()).doesNotContain("dev");
    }
}
