package dev.vpclab.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Instances without a position (launched by Auto Scaling in the simulator's copy of the network) are drawn in
 * their subnet; when the subnet is full it grows, and nothing overlaps.
 */
class LayoutCompletionTest {

    /** ha-web with {@code n} more instances of web-asg in app-1a, none of them placed. */
    private static Document launched(int n) {
        Document doc = Samples.load("ha-web");
        for (int i = 0; i < n; i++) {
            String id = "i-launched" + i;
            doc = doc.with(new Instance(id, "", "subnet-0app1a", "t3.micro", Instance.State.RUNNING, "", "asg-0web"))
                    .with(new NetworkInterface("eni-launched" + i, "", "subnet-0app1a", List.of(Ipv4Address.parse("10.0.11." + (50 + i))),
                            List.of("sg-0app"), true, id, 0, null, ""));
        }
        return doc;
    }

    private static Bounds b(RenderModel m, String key) {
        return m.item(key).bounds();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void launchedInstancesNeverOverlapAndStayInsideTheirSubnetAndGroup(int n) {
        RenderModel m = RenderModelBuilder.build(launched(n), Locale.ENGLISH);
        List<RenderItem> leaves = new ArrayList<>();
        for (RenderItem it : m.items()) {
            if (!it.type().container() && it.type() != ItemType.LOAD_BALANCER) {
                leaves.add(it);
            }
        }
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                assertThat(leaves.get(i).bounds().intersects(leaves.get(j).bounds()))
                        .as("%s and %s overlap", leaves.get(i).key(), leaves.get(j).key()).isFalse();
            }
        }
        for (RenderItem it : m.items()) {
            // gateways sit on their VPC's edge by design
            if (it.containerKey() != null && it.type() != ItemType.EDGE_NODE) {
                assertThat(b(m, it.containerKey()).contains(it.bounds())).as("%s inside %s", it.key(), it.containerKey()).isTrue();
            }
        }
        for (int i = 0; i < n; i++) {
            assertThat(b(m, "asg-0web").contains(b(m, "i-launched" + i))).as("the group's box holds its new instance").isTrue();
        }
    }

    @Test
    void aFullSubnetGrowsAndTheTierBelowMovesDownInEveryZone() {
        Document before = Samples.load("ha-web");
        RenderModel m0 = RenderModelBuilder.build(before, Locale.ENGLISH);
        RenderModel m = RenderModelBuilder.build(launched(1), Locale.ENGLISH);
        double grown = b(m, "subnet-0app1a").height() - b(m0, "subnet-0app1a").height();
        assertThat(grown).as("app-1a had room for two instances across and one row").isPositive();
        assertThat(b(m, "subnet-0app1b").maxY()).as("the same tier in the other zone stays aligned").isEqualTo(b(m, "subnet-0app1a").maxY());
        assertThat(b(m, "subnet-0db1a").y()).isEqualTo(b(m0, "subnet-0db1a").y() + grown);
        assertThat(b(m, "subnet-0db1b").y()).isEqualTo(b(m0, "subnet-0db1b").y() + grown);
        assertThat(b(m, "vpc-0prod").height()).isEqualTo(b(m0, "vpc-0prod").height() + grown);
        assertThat(b(m, "i-0a3")).as("placed instances stay").isEqualTo(b(m0, "i-0a3"));
        assertThat(b(m, "subnet-0pub1a")).as("what lies above stays").isEqualTo(b(m0, "subnet-0pub1a"));
        assertThat(b(m, "i-launched0").y()).as("a new row under the first").isGreaterThan(b(m0, "i-0a3").maxY());
    }
}
