package dev.vpclab.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Places in a file are named by JSON Pointers, and the refusal line is put together from its parts. */
class PointersTest {

    @Test
    void fieldNamesAreEscapedAsRfc6901Says() {
        assertThat(Pointers.field("/layout", "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/5"))
                .isEqualTo("/layout/arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer~1app~1web~15");
        assertThat(Pointers.field("", "a~b")).isEqualTo("/a~0b");
        assertThat(Pointers.index("/resources", 3)).isEqualTo("/resources/3");
    }

    @Test
    void referenceFieldPathsBecomePointers() {
        assertThat(Pointers.ofFieldPath("/resources/2", "vpcId")).isEqualTo("/resources/2/vpcId");
        assertThat(Pointers.ofFieldPath("/resources/2", "routes[12].target")).isEqualTo("/resources/2/routes/12/target");
        assertThat(Pointers.ofFieldPath("/resources/2", "launchTemplate.securityGroupIds[0]"))
                .isEqualTo("/resources/2/launchTemplate/securityGroupIds/0");
        assertThat(Pointers.ofFieldPath("/resources/2", "subnetIds[1]")).isEqualTo("/resources/2/subnetIds/1");
        assertThat(Pointers.ofFieldPath("/resources/2", "actions[0].targetGroups[1]")).isEqualTo("/resources/2/actions/0/targetGroups/1");
    }

    @Test
    void theRefusalIsOneLineFromItsParts() {
        DocumentReadException placed = new DocumentReadException("a.vpclab", "/resources/3/cidr", 12, 15, "bad block", "Fix it.", null);
        DocumentReadException whole = new DocumentReadException("a.vpclab", "", 0, 0, "the file is empty", "", null);
        DocumentReadException deep = new DocumentReadException("a.vpclab", "/x" + "/0".repeat(100), 1, 300, "too deep", "", null);

        assertThat(placed.getMessage()).isEqualTo("Cannot open a.vpclab at /resources/3/cidr (line 12, column 15): bad block. Fix it.");
        assertThat(placed.location()).isEqualTo("/resources/3/cidr (line 12, column 15)");
        assertThat(whole.getMessage()).isEqualTo("Cannot open a.vpclab: the file is empty.");
        assertThat(whole.location()).isEmpty();
        assertThat(deep.location()).endsWith("… (line 1, column 300)").hasSizeLessThan(120);
        assertThat(deep.pointer()).hasSize(202);
    }
}
