package dev.vpclab.model.io;

import static dev.vpclab.model.io.Reading.columnOf;
import static dev.vpclab.model.io.Reading.lineOf;
import static dev.vpclab.model.io.Reading.read;
import static dev.vpclab.model.io.Reading.refusal;
import static dev.vpclab.model.io.Reading.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Well-formed JSON that is not a valid document is refused with the place, the reason and what to do. */
class InvalidContentTest {

    private static final String EDIT = "Correct it in a text editor, or open the backup net.vpclab.bak if there is one.";
    private static final Document SMALL = Fixtures.smallNetwork();
    private static final String JSON = DocumentFormat.toJson(SMALL);
    private static final Document EVERY = Fixtures.everyKind();
    private static final String EVERY_JSON = DocumentFormat.toJson(EVERY);

    private static String at(Document doc, String id) {
        List<String> ids = doc.all().stream().map(r -> r.id()).toList();
        return "/resources/" + ids.indexOf(id);
    }

    private static String messageOf(Runnable parse) {
        Throwable t = catchThrowable(parse::run);
        assertThat(t).isInstanceOf(IllegalArgumentException.class);
        return t.getMessage();
    }

    /** Replaces a value and checks the refusal names its pointer, line and column. */
    private static DocumentReadException refusedAt(String json, String context, String value, String replacement,
                                                   String pointer) {
        String changedContext = replaceOnce(context, value, replacement);
        String changed = replaceOnce(json, context, changedContext);
        DocumentReadException e = refusal(changed);
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.line()).isEqualTo(lineOf(changed, changedContext) + (int) context.substring(0, context.indexOf(value))
                .chars().filter(c -> c == '\n').count());
        int valueAt = context.indexOf(value);
        int tokenAt = valueAt > 0 && context.charAt(valueAt - 1) == '"' ? valueAt - 1 : valueAt;
        assertThat(e.column()).as("column of the value's first character").isEqualTo(
                columnOf(changed, changed.substring(changed.indexOf(changedContext) + tokenAt)));
        assertThat(e.getMessage()).isEqualTo("Cannot open net.vpclab at " + pointer + " (line " + e.line() + ", column " + e.column()
                + "): " + e.reason() + ". " + e.advice());
        return e;
    }

    @Test
    void aNumberWhereACidrBlockBelongs() {
        DocumentReadException e = refusedAt(JSON, "\"cidr\": \"10.0.1.0/24\"", "\"10.0.1.0/24\"", "17",
                at(SMALL, "subnet-public") + "/cidr");

        assertThat(e.reason()).isEqualTo("expected a CIDR block like \"10.0.0.0/16\" but found the number 17");
        assertThat(e.advice()).isEqualTo(EDIT);
    }

    @Test
    void anInvalidCidrBlockIsRefusedWithTheBlocksOwnMessage() {
        DocumentReadException e = refusedAt(JSON, "\"cidr\": \"10.0.1.0/24\"", "10.0.1.0/24", "10.0.1.0/33",
                at(SMALL, "subnet-public") + "/cidr");

        assertThat(e.reason()).isEqualTo(messageOf(() -> Cidr.parse("10.0.1.0/33")));
    }

    @Test
    void anInvalidPortRangeProtocolAddressOrPeerIsRefusedWithItsOwnMessage() {
        String web = at(SMALL, "sg-web");
        assertThat(refusedAt(JSON, "\"portRange\": \"443\"", "443", "70000", web + "/ingress/0/portRange").reason())
                .isEqualTo(messageOf(() -> PortRange.parse("70000")));
        assertThat(refusedAt(JSON, "\"portRange\": \"8080\"", "8080", "9000-80", at(SMALL, "sg-app") + "/ingress/0/portRange").reason())
                .isEqualTo(messageOf(() -> PortRange.parse("9000-80")));
        assertThat(refusedAt(JSON, "\"peer\": \"sg-web\",\n          \"portRange\": \"8080\",\n          \"protocol\": \"tcp\"",
                "tcp", "tcpx", at(SMALL, "sg-app") + "/ingress/0/protocol").reason())
                .isEqualTo(messageOf(() -> Protocol.parse("tcpx")));
        assertThat(refusedAt(JSON, "\"10.0.1.10\"", "10.0.1.10", "10.0.1.300", at(SMALL, "eni-web") + "/privateIps/0").reason())
                .isEqualTo(messageOf(() -> Ipv4Address.parse("10.0.1.300")));
        assertThat(refusedAt(JSON, "\"peer\": \"sg-web\"", "sg-web", "10.0.0.0/99", at(SMALL, "sg-app") + "/ingress/0/peer").reason())
                .isEqualTo(messageOf(() -> Cidr.parse("10.0.0.0/99")));
        assertThat(refusedAt(EVERY_JSON, "\"icmp\": \"8:0\"", "8:0", "8:x", at(EVERY, "acl-custom") + "/entries/1/icmp").reason())
                .isEqualTo(messageOf(() -> IcmpTypeCode.parse("8:x")));
    }

    @Test
    void anUnknownEnumValueListsTheAcceptedOnes() {
        DocumentReadException e = refusedAt(JSON, "\"name\": \"web\",\n      \"state\": \"running\"", "running", "sleeping",
                at(SMALL, "i-web") + "/state");

        assertThat(e.reason()).isEqualTo("\"sleeping\" is not one of pending, running, stopping, stopped, shutting-down, terminated");
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRefused() {
        assertThat(refusedAt(JSON, "\"id\": \"i-web\"", "\"i-web\"", "17", at(SMALL, "i-web") + "/id").reason())
                .isEqualTo("expected text but found the number 17");
        assertThat(refusedAt(JSON, "\"cidrBlocks\": [\n        \"10.0.0.0/16\"\n      ]", "[\n        \"10.0.0.0/16\"\n      ]",
                "\"10.0.0.0/16\"", at(SMALL, "vpc-1") + "/cidrBlocks").reason())
                .isEqualTo("expected a list [ … ] but found text \"10.0.0.0/16\"");
        assertThat(refusedAt(JSON, "\"main\": true", "true", "\"yes\"", at(SMALL, "rtb-main") + "/main").reason())
                .isEqualTo("expected true or false but found text \"yes\"");
        assertThat(refusedAt(JSON, "\"deviceIndex\": 0,\n      \"id\": \"eni-web\"", "0", "0.5", at(SMALL, "eni-web") + "/deviceIndex")
                .reason()).isEqualTo("expected a whole number but found the number 0.5");
        assertThat(refusedAt(JSON, "\"deviceIndex\": 0,\n      \"id\": \"eni-web\"", "0", "99999999999", at(SMALL, "eni-web") + "/deviceIndex")
                .reason()).startsWith("a number is out of range");
        assertThat(refusedAt(JSON, "\"name\": \"web\",\n      \"state\"", "\"web\"", "{\"en\": \"web\"}", at(SMALL, "i-web") + "/name")
                .reason()).isEqualTo("expected text but found an object { … }");
    }

    @Test
    void anUnknownOrMissingResourceTypeIsRefused() {
        DocumentReadException unknown = refusedAt(JSON, "\"type\": \"igw\"", "igw", "gizmo", at(SMALL, "igw-1") + "/type");
        assertThat(unknown.reason()).startsWith("\"gizmo\" is not a resource type; use one of: acl, alarm, asg, az, ")
                .contains(", vpc, vpce");

        String noType = replaceOnce(JSON, "\"name\": \"igw\",\n      \"type\": \"igw\",", "\"name\": \"igw\",");
        DocumentReadException missing = refusal(noType);
        assertThat(missing.pointer()).isEqualTo(at(SMALL, "igw-1"));
        assertThat(missing.reason()).startsWith("the resource has no \"type\"; use one of: acl, ");
        assertThat(missing.line()).isEqualTo(lineOf(noType, "\"id\": \"igw-1\"") - 1);
    }

    @Test
    void anUnknownListenerActionTypeIsRefused() {
        String rule = at(EVERY, "rule-fixed");
        DocumentReadException e = refusedAt(EVERY_JSON, "\"type\": \"fixed-response\"", "fixed-response", "teleport",
                rule + "/actions/0/type");

        assertThat(e.reason()).isEqualTo("\"teleport\" is not an action type; use one of: forward, redirect, fixed-response");
    }

    @Test
    void aRecordThatRefusesItsValuesIsReportedAtTheResource() {
        String noCidr = replaceOnce(JSON, "\"cidr\": \"10.0.1.0/24\",\n", "");
        DocumentReadException e = refusal(noCidr);

        assertThat(e.pointer()).isEqualTo(at(SMALL, "subnet-public"));
        assertThat(e.reason()).isEqualTo("subnet subnet-public needs a CIDR block");
        assertThat(e.line()).isEqualTo(lineOf(noCidr, "\"id\": \"subnet-public\"") - 2);

        DocumentReadException alarm = refusal(replaceOnce(EVERY_JSON, "\"periodSeconds\": 60,\n      \"statistic\": \"Average\"",
                "\"periodSeconds\": 7,\n      \"statistic\": \"Average\""));
        assertThat(alarm.pointer()).isEqualTo(at(EVERY, "cpu-high"));
        assertThat(alarm.reason()).isEqualTo("alarm cpu-high: period 7 s must be 10, 20, 30 or a multiple of 60");
    }

    @Test
    void aReferenceThatMustResolveAndDoesNotIsRefused() {
        String context = "\"name\": \"private-a\",\n      \"type\": \"subnet\",\n      \"vpcId\": \"vpc-1\"";
        DocumentReadException cascade = refusedAt(JSON, context, "vpc-1\"", "vpc-9\"", at(SMALL, "subnet-private") + "/vpcId");
        assertThat(cascade.reason()).isEqualTo("Subnet \"subnet-private\" refers to \"vpc-9\", which is not in the file");
        assertThat(cascade.advice()).isEqualTo("Add the missing resource or correct the id in a text editor.");

        DocumentReadException clear = refusedAt(JSON, "\"routeTableId\": \"rtb-public\"", "rtb-public", "rtb-gone",
                at(SMALL, "subnet-public") + "/routeTableId");
        assertThat(clear.reason()).isEqualTo("Subnet \"subnet-public\" refers to \"rtb-gone\", which is not in the file");

        DocumentReadException nested = refusedAt(EVERY_JSON, "\"reportedHealth\": \"healthy\",\n          \"targetId\": \"i-app\"", "i-app",
                "i-gone", at(EVERY, "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067")
                        + "/targets/0/targetId");
        assertThat(nested.reason()).contains("refers to \"i-gone\"");
    }

    @Test
    void referencesThatAwsLetsDangleMayDangle() throws Exception {
        String blackhole = replaceOnce(JSON, "\"target\": \"igw-1\"", "\"target\": \"igw-deleted\"");
        String staleRule = replaceOnce(blackhole, "\"peer\": \"sg-web\"", "\"peer\": \"sg-deleted\"");

        ReadResult result = read(staleRule);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.document().size()).isEqualTo(SMALL.size());
    }

    @Test
    void anIdUsedTwiceIsRefused() {
        String twice = replaceOnce(JSON, "\"id\": \"i-app\"", "\"id\": \"i-web\"");

        DocumentReadException e = refusal(twice);

        assertThat(e.pointer()).isEqualTo(at(SMALL, "i-web") + "/id");
        assertThat(e.reason()).isEqualTo("the id \"i-web\" is already used by " + at(SMALL, "i-app"));
        assertThat(e.line()).isEqualTo(lineOf(JSON, "\"id\": \"i-web\""));
        assertThat(e.advice()).isEqualTo("Ids must be unique: give one of the two another id in a text editor.");
    }

    @Test
    void emptyEntriesAreRefused() {
        DocumentReadException resource = refusal("{\"formatVersion\": 2, \"resources\": [null]}");
        assertThat(resource.pointer()).isEqualTo("/resources/0");
        assertThat(resource.reason()).isEqualTo("expected a resource but found null");

        DocumentReadException trace = refusal("{\"formatVersion\": 2, \"traces\": [null]}");
        assertThat(trace.pointer()).isEqualTo("/traces/0");
        assertThat(refusal("{\"formatVersion\": 2, \"traces\": [{\"from\": \"a\"}]}").reason())
                .isEqualTo("a saved trace needs a source and a destination");
    }

    @Test
    void partsOfTheWrongShapeAreRefusedAtTheirPlace() {
        assertThat(refusal("{\"formatVersion\": 2, \"resources\": [5]}").reason())
                .isEqualTo("expected a resource { \"type\": …, \"id\": … } but found the number 5");
        assertThat(refusal("{\"formatVersion\": 2, \"resources\": {}}").reason()).isEqualTo("expected a list [ … ] but found an object { … }");
        assertThat(refusal("{\"formatVersion\": 2, \"layout\": []}").pointer()).isEqualTo("/layout");
        assertThat(refusal("{\"formatVersion\": 2, \"info\": \"title\"}").reason()).isEqualTo("expected an object { … } but found text \"title\"");
        DocumentReadException trace = refusal("{\"formatVersion\": 2, \"traces\": [{\"from\": \"a\", \"to\": \"b\", \"port\": [80]}]}");
        assertThat(trace.pointer()).isEqualTo("/traces/0/port");
        assertThat(trace.reason()).isEqualTo("expected a whole number but found a list [ … ]");
        DocumentReadException nullInList = refusal(replaceOnce(JSON, "\"cidrBlocks\": [", "\"cidrBlocks\": [null, "));
        assertThat(nullInList.pointer()).isEqualTo(at(SMALL, "vpc-1"));
        assertThat(nullInList.reason()).isEqualTo("a list holds an empty (null) entry");
    }

    @Test
    void invalidBoundsAreRefusedAtTheirLayoutKey() {
        DocumentReadException e = refusal("{\"formatVersion\": 2, \"layout\": {\"a/b\": {\"x\": 1, \"y\": 1, \"width\": -1, \"height\": 1}}}");

        assertThat(e.pointer()).isEqualTo("/layout/a~1b");
        assertThat(e.reason()).isEqualTo("bounds cannot have a negative size");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(40);
    }
}
