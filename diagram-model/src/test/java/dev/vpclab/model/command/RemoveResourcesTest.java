package dev.vpclab.model.command;

import static dev.vpclab.model.command.CommandAssertions.appliesAndInverts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoveResourcesTest {

    private final Document doc = Fixtures.everyKind();

    @Test
    void removingAVpcTakesEverythingThatCannotExistWithoutIt() {
        CommandStack stack = new CommandStack(doc);
        stack.execute(new RemoveResources(List.of("vpc-1")));
        Document after = stack.current();
        for (String gone : List.of("vpc-1", "subnet-public", "subnet-private", "subnet-public-b", "subnet-db-a", "subnet-db-b",
                "i-web", "i-app", "i-asg-1", "eni-web", "eni-app", "eni-asg-1", "eni-free", "rtb-main", "rtb-public",
                "acl-default", "acl-custom", "sg-default", "sg-web", "sg-app", "sg-alb", "igw-1", "eigw-1", "nat-1", "pcx-1",
                "orders-db", "rule-redirect", "rule-fixed", "tg-ip")) {
            assertThat(after.contains(gone)).as(gone).isFalse();
        }
        assertThat(after.all(LoadBalancer.class)).isEmpty();
        assertThat(after.all(TargetGroup.class)).isEmpty();
        for (String kept : List.of("vpc-2", "subnet-shared", "us-east-1", "client-1", "asg-web", "eipalloc-web", "eipalloc-nat",
                "cpu-high", "tgw-1", "onprem-1")) {
            assertThat(after.contains(kept)).as(kept).isTrue();
        }
        assertThat(after.get("eipalloc-web", ElasticIp.class).associatedResourceId()).isNull();
        assertThat(after.get("eipalloc-web", ElasticIp.class).privateIp()).isNull();
        AutoScalingGroup asg = after.get("asg-web", AutoScalingGroup.class);
        assertThat(asg.subnetIds()).isEmpty();
        assertThat(asg.targetGroupIds()).isEmpty();
        assertThat(asg.launchTemplate().securityGroupIds()).isEmpty();
        assertThat(after.layout().keys()).containsExactlyInAnyOrder("us-east-1", "client-1");
        assertThat(Layout.azColumnKey("vpc-1", "us-east-1a")).isNotIn(after.layout().keys());
        everyHardReferenceResolves(after);

        stack.undo();
        assertThat(stack.current()).isEqualTo(doc);
        stack.redo();
        assertThat(stack.current()).isEqualTo(after);
    }

    @Test
    void removingARouteTableFallsBackToTheMainTable() {
        Document after = appliesAndInverts(new RemoveResources(List.of("rtb-public")), doc);
        assertThat(after.get("subnet-public", Subnet.class).routeTableId()).isNull();
        assertThat(after.routeTableOf(after.get("subnet-public", Subnet.class)).orElseThrow().id()).isEqualTo("rtb-main");
    }

    @Test
    void removingAnInstanceTakesItsInterfacesAndFreesItsElasticIp() {
        Document after = appliesAndInverts(new RemoveResources(List.of("i-web")), doc);
        assertThat(after.contains("eni-web")).isFalse();
        assertThat(after.get("eipalloc-web", ElasticIp.class).associatedResourceId()).isNull();
        assertThat(after.layout().get("i-web")).isNull();
    }

    @Test
    void removingASubnetDropsItFromLoadBalancersAndDatabases() {
        Document after = appliesAndInverts(new RemoveResources(List.of("subnet-public-b", "subnet-db-b")), doc);
        LoadBalancer lb = after.all(LoadBalancer.class).get(0);
        assertThat(lb.subnetIds()).containsExactly("subnet-public");
        assertThat(lb.nodeAddresses()).containsOnlyKeys("subnet-public");
        everyHardReferenceResolves(after);
    }

    @Test
    void removingARegionEmptiesTheDocumentOfEverythingInIt() {
        Document after = appliesAndInverts(new RemoveResources(List.of("us-east-1")), doc);
        assertThat(after.contains("vpc-2")).isFalse();
        assertThat(after.contains("client-1")).isTrue();
        everyHardReferenceResolves(after);
    }

    @Test
    void describesWhatItDeletes() {
        assertThat(new RemoveResources(List.of("vpc-1")).description(doc).english()).isEqualTo("Delete prod");
        assertThat(new RemoveResources(List.of("vpc-1", "vpc-2")).description(doc).korean()).isEqualTo("prod 외 1개 삭제");
    }

    static void everyHardReferenceResolves(Document d) {
        for (Resource r : d.all()) {
            for (Reference ref : References.of(r)) {
                if (ref.onDelete() != Reference.OnDelete.KEEP) {
                    assertThat(d.contains(ref.targetId())).as(r.id() + " " + ref).isTrue();
                }
            }
        }
    }
}
