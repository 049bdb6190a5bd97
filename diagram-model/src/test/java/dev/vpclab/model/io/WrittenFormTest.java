package dev.vpclab.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a written file looks like: sorted, indented, small, and with values as people write them. */
class WrittenFormTest {

    private static String json;
    private static JsonNode tree;

    @BeforeAll
    static void write() throws Exception {
        json = DocumentFormat.toJson(Fixtures.everyKind());
        tree = new ObjectMapper().readTree(json);
    }

    private static JsonNode resource(String id) {
        for (JsonNode r : tree.get("resources")) {
            if (r.get("id").textValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + id);
    }

    private static void walk(JsonNode node, String pointer, List<String> problems) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            if (!names.stream().sorted().toList().equals(names)) {
                problems.add(pointer + " keys not sorted: " + names);
            }
            if (node.isEmpty()) {
                problems.add(pointer + " is an empty object");
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(e.getValue(), pointer + "/" + e.getKey(), problems);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                problems.add(pointer + " is an empty list");
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isNull()) {
            problems.add(pointer + " is null");
        }
    }

    @Test
    void keysAreSortedEverywhereAndNothingEmptyOrNullIsWritten() {
        List<String> problems = new ArrayList<>();

        walk(tree, "", problems);

        assertThat(problems).isEmpty();
        assertThat(json).doesNotContain("\"name\": \"\"");
    }

    @Test
    void resourcesAreSortedById() {
        List<String> ids = StreamSupport.stream(tree.get("resources").spliterator(), false).map(r -> r.get("id").textValue()).toList();

        assertThat(ids).isSorted().hasSize(Fixtures.everyKind().size());
    }

    @Test
    void theTextIsIndentedByTwoSpacesWithUnixLineEndsAndAFinalNewline() {
        assertThat(json).startsWith("{\n  \"formatVersion\": 2,\n  \"info\": {\n    \"description\": ")
                .endsWith("\n}\n")
                .doesNotContain("\r", "\t", " : ");
        assertThat(json.lines()).allSatisfy(line -> assertThat(line.length() - line.stripLeading().length()).isEven());
        assertThat(DocumentFormat.toJson(Document.empty())).isEqualTo("{\n  \"formatVersion\": 2\n}\n");
    }

    @Test
    void networkValuesAreWrittenAsText() {
        assertThat(resource("vpc-2").get("cidrBlocks").toString()).isEqualTo("[\"10.1.0.0/16\",\"10.2.0.0/16\"]");
        JsonNode entries = resource("acl-custom").get("entries");
        assertThat(entries.get(0).get("portRange").textValue()).isEqualTo("443");
        assertThat(entries.get(1).get("protocol").textValue()).isEqualTo("icmp");
        assertThat(entries.get(1).get("icmp").textValue()).isEqualTo("8:0");
        assertThat(entries.get(2).get("portRange").textValue()).isEqualTo("1024-65535");
        assertThat(entries.get(2).get("protocol").textValue()).isEqualTo("udp");
        assertThat(entries.get(0).has("icmp")).as("ICMP type is left out of a TCP rule").isFalse();
        JsonNode albIngress = resource("sg-alb").get("ingress");
        assertThat(albIngress.get(0).get("peer").textValue()).isEqualTo("0.0.0.0/0");
        assertThat(albIngress.get(1).get("icmp").textValue()).isEqualTo("all");
        assertThat(albIngress.get(1).get("peer").textValue()).isEqualTo("pl-s3");
        assertThat(resource("sg-app").get("ingress").get(0).get("peer").textValue()).isEqualTo("sg-web");
        assertThat(resource("sg-app").get("egress").get(0).get("protocol").textValue()).isEqualTo("all");
        assertThat(resource("eni-asg-1").get("privateIps").toString()).isEqualTo("[\"10.0.2.30\",\"10.0.2.31\"]");
        assertThat(resource("client-1").get("publicIp").textValue()).isEqualTo("198.51.100.77");
    }

    @Test
    void aProtocolWithoutANameIsWrittenAsItsNumber() throws Exception {
        SecurityGroup gre = new SecurityGroup("sg-gre", "", "vpc-1", "gre", "",
                List.of(new SecurityGroupRule(new Protocol(47), null, null, RulePeer.cidr(Cidr.ALL), "GRE")), List.of());
        Document doc = Document.of(List.of(new Region("us-east-1", ""), new Vpc("vpc-1", "", "us-east-1",
                List.of(Cidr.parse("10.0.0.0/16")), true, true), gre), Layout.EMPTY);

        String text = DocumentFormat.toJson(doc);

        assertThat(text).contains("\"protocol\": \"47\"");
        assertThat(DocumentFormat.fromJson(text, "gre.vpclab").get("sg-gre")).isEqualTo(gre);
    }

    @Test
    void enumsAreLowerCaseWithHyphens() {
        JsonNode lb = resource(Fixtures.everyKind().all().stream().filter(r -> r.id().contains(":loadbalancer/")).findFirst()
                .orElseThrow().id());
        assertThat(lb.get("scheme").textValue()).isEqualTo("internet-facing");
        assertThat(lb.get("loadBalancerType").textValue()).isEqualTo("application");
        assertThat(lb.get("state").textValue()).isEqualTo("available");
        assertThat(resource("i-web").get("state").textValue()).isEqualTo("running");
        assertThat(resource("tg-ip").get("attributes").get("stickiness").textValue()).isEqualTo("source-ip");
        assertThat(resource("tg-ip").get("attributes").get("algorithm").textValue()).isEqualTo("round-robin");
        assertThat(resource("cpu-high").get("comparison").textValue()).isEqualTo("greater-than-threshold");
        assertThat(resource("vpce-s3").get("vpcEndpointType").textValue()).isEqualTo("gateway");
        assertThat(resource("pcx-1").get("status").textValue()).isEqualTo("active");
    }

    @Test
    void resourcesAndActionsCarryShortTypeNames() {
        assertThat(resource("vpc-1").get("type").textValue()).isEqualTo("vpc");
        assertThat(resource("subnet-public").get("type").textValue()).isEqualTo("subnet");
        assertThat(resource("tgw-attach-1").get("type").textValue()).isEqualTo("tgw-attachment");
        assertThat(resource("rule-redirect").get("actions").get(0).get("type").textValue()).isEqualTo("redirect");
        assertThat(resource("rule-fixed").get("actions").get(0).get("type").textValue()).isEqualTo("fixed-response");
        assertThat(resource("rule-fixed").get("actions").get(0).get("statusCode").intValue()).isEqualTo(503);
        List<JsonNode> forwards = new ArrayList<>();
        tree.findParents("targetGroups").forEach(forwards::add);
        assertThat(forwards).isNotEmpty().allSatisfy(f -> assertThat(f.get("type").textValue()).isEqualTo("forward"));
    }

    @Test
    void theLayoutIsApartFromTheResourcesAndCollapsedOnlyWhenTrue() {
        JsonNode layout = tree.get("layout");
        assertThat(layout.get("vpc-1").toString()).isEqualTo("{\"height\":600,\"width\":1000,\"x\":40,\"y\":60}");
        assertThat(layout.get("client-1").toString()).isEqualTo("{\"collapsed\":true,\"height\":64,\"width\":64,\"x\":-150.5,\"y\":20.25}");
        assertThat(layout.has(Layout.azColumnKey("vpc-1", "us-east-1a"))).isTrue();
        assertThat(tree.get("resources").findValues("bounds")).isEmpty();
    }

    @Test
    void emptyTextIsKeptWhereItDiffersFromAbsent() throws Exception {
        ListenerAction.Redirect keepsHost = new ListenerAction.Redirect("HTTPS", "", null, null, "", 302);
        Document doc = Fixtures.everyKind();
        var rule = (dev.vpclab.model.resource.ListenerRule) doc.get("rule-redirect");
        doc = doc.with(new dev.vpclab.model.resource.ListenerRule(rule.id(), rule.name(), rule.listenerId(), rule.priority(),
                rule.conditions(), List.of(keepsHost)));

        String text = DocumentFormat.toJson(doc);

        assertThat(text).contains("\"host\": \"\"").contains("\"query\": \"\"").doesNotContain("\"port\": null");
        assertThat(DocumentFormat.fromJson(text, "x.vpclab")).isEqualTo(doc);
    }
}
