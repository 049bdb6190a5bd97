package dev.vpclab.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Subnet;
import org.junit.jupiter.api.Test;

class SubnetAndInterfaceEditorModelTest {

    private final EditorModel editor = TestEditors.haWeb();

    @Test
    void subnetAssociationsAreChosenFromTheVpc() {
        SubnetEditorModel subnet = new SubnetEditorModel(editor, "subnet-0app1a");
        assertThat(subnet.isPublic()).isFalse();
        assertThat(new SubnetEditorModel(editor, "subnet-0pub1a").isPublic()).isTrue();
        assertThat(subnet.currentRouteTable().id()).isEqualTo("rtb-0app1a");
        assertThat(subnet.routeTables().get(0).id()).isNull();
        assertThat(subnet.routeTables().get(0).label()).isEqualTo("Main table (prod-vpc-main)");
        SubnetEditorModel.Choice publicTable = subnet.routeTables().stream().filter(c -> "rtb-0public".equals(c.id())).findFirst().orElseThrow();
        assertThat(subnet.associateRouteTable(publicTable)).isTrue();
        assertThat(editor.document().get("subnet-0app1a", Subnet.class).routeTableId()).isEqualTo("rtb-0public");
        assertThat(subnet.isPublic()).isTrue();
        assertThat(subnet.associateNetworkAcl(subnet.networkAcls().get(0))).isTrue();
        assertThat(editor.document().get("subnet-0app1a", Subnet.class).networkAclId()).isNull();
        assertThat(subnet.currentNetworkAcl().label()).isEqualTo("Default ACL (prod-vpc-default)");
    }

    @Test
    void anInstancesSecurityGroupsAndAddressesAreEditedOnItsPrimaryInterface() {
        InterfaceEditorModel eni = new InterfaceEditorModel(editor, "i-0a3");
        assertThat(eni.eni().id()).isEqualTo("eni-0a3");
        assertThat(eni.addresses()).isEqualTo("10.0.11.12");
        assertThat(eni.groupIds()).containsExactly("sg-0app");
        assertThat(eni.vpcGroups()).hasSize(4);
        assertThat(eni.setGroup("sg-0db", true)).isTrue();
        assertThat(editor.document().get("eni-0a3", NetworkInterface.class).securityGroupIds()).containsExactly("sg-0app", "sg-0db");
        assertThat(eni.setGroup("sg-0app", false)).isTrue();
        assertThat(eni.groupIds()).containsExactly("sg-0db");
        assertThat(eni.setPublicIp("not an ip")).isFalse();
        assertThat(eni.refusalProperty().get()).contains("publicIp");
        assertThat(eni.setPublicIp("54.1.2.3")).isTrue();
        assertThat(eni.publicIp()).isEqualTo("54.1.2.3");
        assertThat(eni.setSourceDestCheck(false)).isTrue();
        assertThat(eni.sourceDestCheck()).isFalse();
        assertThat(eni.setAddresses("10.0.11.12, 10.0.11.13")).isTrue();
        assertThat(editor.document().get("eni-0a3", NetworkInterface.class).privateIps()).hasSize(2);
    }

    @Test
    void aLoadBalancerHasGroupsButNoInterfaceAndASummary() {
        String lb = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/0a1b2c3d4e5f6a7b";
        InterfaceEditorModel m = new InterfaceEditorModel(editor, lb);
        assertThat(m.eni()).isNull();
        assertThat(m.hasGroups()).isTrue();
        assertThat(m.groupIds()).containsExactly("sg-0alb");
        LoadBalancerSummary.Lines lines = LoadBalancerSummary.of(editor.document(),
                editor.document().get(lb, dev.vpclab.model.resource.LoadBalancer.class), editor.i18n());
        assertThat(lines.listeners()).containsExactly("HTTP 80 → redirect to HTTPS 443 (301)", "HTTPS 443 → forward to tg-web");
        assertThat(lines.rules()).hasSize(2).allMatch(l -> l.startsWith("443 · "));
        assertThat(lines.targetGroups()).anyMatch(l -> l.startsWith("tg-web · HTTP 8080 · 4 targets"));
    }
}
