package dev.vpclab.trace.walk;

import static dev.vpclab.engine.testing.Rules.ALLOW;
import static dev.vpclab.engine.testing.Rules.DENY;
import static dev.vpclab.engine.testing.Rules.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixAdvisorTest {

    @Test
    void aFreeNumberBeforeTheDenyingRule() {
        List<NetworkAclEntry> entries = List.of(in(10, "tcp", "22", "0.0.0.0/0", ALLOW), in(100, "all", "all", "10.0.0.0/8", DENY));
        assertThat(FixAdvisor.freeRuleNumber(entries, 100)).isEqualTo(20);
        assertThat(FixAdvisor.freeRuleNumber(entries, -1)).as("after the highest for the * rule").isEqualTo(110);
        assertThat(FixAdvisor.freeRuleNumber(List.of(in(1, "all", "all", "0.0.0.0/0", DENY)), 1)).isEqualTo(-1);
        assertThat(FixAdvisor.freeRuleNumber(List.of(in(10, "tcp", "22", "0.0.0.0/0", ALLOW), in(12, "all", "all", "0.0.0.0/0", DENY)), 12))
                .isEqualTo(1);
        assertThat(FixAdvisor.freeRuleNumber(List.of(), -1)).isEqualTo(10);
        assertThat(FixAdvisor.freeRuleNumber(List.of(in(32766, "all", "all", "0.0.0.0/0", DENY)), -1)).isEqualTo(10);
    }
}
