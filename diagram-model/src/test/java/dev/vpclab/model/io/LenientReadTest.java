package dev.vpclab.model.io;

import static dev.vpclab.model.io.Reading.read;
import static dev.vpclab.model.io.Reading.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What reading forgives: fields it does not know (with a warning), nulls and empties, and spelling of enums. */
class LenientReadTest {

    private static final Document SMALL = Fixtures.smallNetwork();
    private static final String JSON = DocumentFormat.toJson(SMALL);

    @Test
    void unknownFieldsAnywhereAreIgnoredWithAWarningNamingTheirPlace() throws Exception {
        String json = replaceOnce(JSON, "\"formatVersion\": 2,", "\"formatVersion\": 2, \"theme\": {\"dark\": true},");
        json = replaceOnce(json, "\"id\": \"i-web\",", "\"id\": \"i-web\", \"cpuCredits\": \"unlimited\",");
        json = replaceOnce(json, "\"target\": \"igw-1\"", "\"target\": \"igw-1\", \"weight\": {\"of\": 1}");
        json = replaceOnce(json, "\"resources\": [", "\"layout\": {\"vpc-1\": {\"x\": 1, \"y\": 2, \"width\": 3, \"height\": 4, \"z\": 9}},"
                + " \"resources\": [");

        ReadResult result = read(json);

        assertThat(result.document()).isEqualTo(SMALL.withLayout(Layout.EMPTY.with("vpc-1", Bounds.of(1, 2, 3, 4))));
        assertThat(result.warnings()).containsExactlyInAnyOrder(
                "/theme: unknown field \"theme\" was ignored (a newer VPC Lab may have written it)",
                "/resources/4/cpuCredits: unknown field \"cpuCredits\" was ignored (a newer VPC Lab may have written it)",
                "/resources/7/routes/1/weight: unknown field \"weight\" was ignored (a newer VPC Lab may have written it)",
                "/layout/vpc-1/z: unknown field \"z\" was ignored (a newer VPC Lab may have written it)");
    }

    @Test
    void unknownFieldsInsideListenerActionsAreFound() throws Exception {
        String json = DocumentFormat.toJson(Fixtures.everyKind());
        json = replaceOnce(json, "\"type\": \"fixed-response\"", "\"type\": \"fixed-response\", \"delay\": 3");

        ReadResult result = read(json);

        assertThat(result.warnings()).singleElement().asString().matches("/resources/\\d+/actions/0/delay: unknown field \"delay\".*");
        assertThat(result.document()).isEqualTo(Fixtures.everyKind());
    }

    @Test
    void nullsAndEmptyListsAreReadAsIfTheyWereLeftOut() throws Exception {
        String json = """
                {"formatVersion": 2, "info": null, "layout": {}, "traces": [], "simulations": null,
                 "resources": [
                  {"type": "region", "id": "us-east-1", "name": null},
                  {"type": "az", "id": "us-east-1a", "regionId": "us-east-1", "name": ""},
                  {"type": "vpc", "id": "vpc-1", "regionId": "us-east-1", "cidrBlocks": ["10.0.0.0/16"]},
                  {"type": "subnet", "id": "subnet-1", "vpcId": "vpc-1", "availabilityZoneId": "us-east-1a", "cidr": "10.0.1.0/24",
                   "routeTableId": null, "networkAclId": "", "name": null, "mapPublicIpOnLaunch": false},
                  {"type": "sg", "id": "sg-1", "vpcId": "vpc-1", "ingress": [], "egress": null, "description": null}
                 ]}
                """;

        ReadResult result = read(json);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.document().get("subnet-1"))
                .isEqualTo(new Subnet("subnet-1", "", "vpc-1", "us-east-1a", Cidr.parse("10.0.1.0/24"), false, null, null));
        assertThat(result.document().get("sg-1")).isEqualTo(new SecurityGroup("sg-1", "", "vpc-1", "", "", List.of(), List.of()));
        assertThat(result.document().get("us-east-1")).isEqualTo(new Region("us-east-1", ""));
    }

    @Test
    void enumsAreReadInAnyCaseWithHyphensOrUnderscores() throws Exception {
        String lb = "{\"formatVersion\": 2, \"resources\": [{\"type\": \"region\", \"id\": \"r\"}, {\"type\": \"vpc\", \"id\": \"vpc-1\", "
                + "\"regionId\": \"r\", \"cidrBlocks\": [\"10.0.0.0/16\"]}, {\"type\": \"lb\", \"id\": \"lb\", \"vpcId\": \"vpc-1\", "
                + "\"scheme\": \"%s\", \"loadBalancerType\": \"%s\"}]}";

        for (String scheme : List.of("internet-facing", "INTERNET_FACING", "Internet-Facing", " internet_facing ")) {
            LoadBalancer read = (LoadBalancer) read(String.format(lb, scheme, "NETWORK")).document().get("lb");
            assertThat(read.scheme()).as(scheme).isEqualTo(LoadBalancer.Scheme.INTERNET_FACING);
            assertThat(read.type()).isEqualTo(LoadBalancer.Type.NETWORK);
        }
    }

    @Test
    void portsAndProtocolsMayBeWrittenAsNumbers() throws Exception {
        String json = replaceOnce(JSON, "\"portRange\": \"443\",\n          \"protocol\": \"tcp\"", "\"portRange\": 443,\n          \"protocol\": 6");

        SecurityGroup web = (SecurityGroup) read(json).document().get("sg-web");

        assertThat(web.ingress().get(0)).isEqualTo(SecurityGroupRule.of(Protocol.TCP, PortRange.of(443), RulePeer.cidr(Cidr.ALL)));
    }

    @Test
    void positionsOfThingsThatAreGoneAreKeptAndEmptyPositionsAreSkipped() throws Exception {
        Layout layout = Layout.EMPTY.with("vpc-1", Bounds.of(0, 0, 10, 10))
                .with(Layout.azColumnKey("vpc-1", "us-east-1a"), Bounds.of(1, 1, 5, 5))
                .with("vpc-gone", Bounds.of(2, 2, 1, 1));
        Document placed = SMALL.withLayout(layout);
        String json = replaceOnce(DocumentFormat.toJson(placed), "\"layout\": {", "\"layout\": {\"subnet-public\": null, ");

        ReadResult result = read(json);

        assertThat(result.document()).isEqualTo(placed);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aCidrWithHostBitsIsCanonicalisedAsAwsDoes() throws Exception {
        String json = replaceOnce(JSON, "\"cidr\": \"10.0.1.0/24\"", "\"cidr\": \"10.0.1.77/24\"");

        assertThat(read(json).document()).isEqualTo(SMALL);
    }
}
