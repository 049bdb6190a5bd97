package dev.vpclab.model.command;

import static dev.vpclab.model.command.CommandAssertions.appliesAndInverts;
import static dev.vpclab.model.testing.Fixtures.cidr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCommandsTest {

    private static final TrafficDirection IN = TrafficDirection.INBOUND;
    private static final TrafficDirection OUT = TrafficDirection.OUTBOUND;

    private final Document doc = Fixtures.everyKind();

    private static NetworkAclEntry entry(int number, TrafficDirection direction, int port) {
        return NetworkAclEntry.of(number, direction, Protocol.TCP, PortRange.of(port), Cidr.ALL, RuleAction.ALLOW);
    }

    @Test
    void addANetworkAclRuleInRuleNumberOrder() {
        AddNaclEntry add = new AddNaclEntry("acl-custom", entry(115, IN, 22));
        Document after = appliesAndInverts(add, doc);
        List<NetworkAclEntry> entries = after.get("acl-custom", NetworkAcl.class).entries();
        assertThat(entries.stream().map(e -> e.direction() + " " + e.ruleNumber()).toList())
                .containsExactly("INBOUND 100", "INBOUND 110", "INBOUND 115", "INBOUND 120", "OUTBOUND 100");
        assertThat(add.description().english()).isEqualTo("Add inbound rule 115 to acl-custom");
        assertThat(add.description(doc).english()).isEqualTo("Add inbound rule 115 to custom");
        assertThat(add.description().korean()).isEqualTo("acl-custom에 인바운드 규칙 115 추가");
        assertThat(new AddNaclEntry("acl-custom", entry(32766, OUT, 22)).description().english())
                .isEqualTo("Add outbound rule 32766 to acl-custom");
        appliesAndInverts(new AddNaclEntry("acl-custom", entry(90, OUT, 22), 0), doc);
    }

    @Test
    void editAndRemoveANetworkAclRule() {
        Document edited = appliesAndInverts(new EditNaclEntry("acl-custom", IN, 110, entry(110, IN, 8443)), doc);
        assertThat(edited.get("acl-custom", NetworkAcl.class).entries().get(1)).isEqualTo(entry(110, IN, 8443));
        appliesAndInverts(new EditNaclEntry("acl-custom", IN, 110, entry(130, OUT, 80)), doc);
        Document removed = appliesAndInverts(new RemoveNaclEntry("acl-custom", IN, 120), doc);
        assertThat(removed.get("acl-custom", NetworkAcl.class).entries()).hasSize(3);
        assertThat(new RemoveNaclEntry("acl-custom", OUT, 100).description().korean()).isEqualTo("acl-custom에서 아웃바운드 규칙 100 삭제");
    }

    @Test
    void networkAclRuleRefusals() {
        assertThatThrownBy(() -> new AddNaclEntry("acl-custom", entry(110, IN, 22)).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Network ACL acl-custom already has an inbound rule 110. Rule numbers are unique per direction;"
                        + " pick a free number (steps of 10 leave room for rules in between).");
        assertThatThrownBy(() -> new EditNaclEntry("acl-custom", IN, 100, entry(120, IN, 22)).apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("already has an inbound rule 120");
        assertThatThrownBy(() -> new AddNaclEntry("acl-custom", entry(32767, IN, 22)).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Rule number 32767 in network ACL acl-custom is not between 1 and 32766, the numbers AWS allows"
                        + " (32767 is the fixed final deny rule).");
        assertThatThrownBy(() -> new AddNaclEntry("acl-custom", entry(0, IN, 22)).apply(doc)).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> new RemoveNaclEntry("acl-custom", OUT, 110).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Network ACL acl-custom has no outbound rule 110.");
        assertThatThrownBy(() -> new AddNaclEntry("sg-web", entry(1, IN, 22)).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("sg-web is of kind SecurityGroup, but this needs a resource of kind NetworkAcl.");
        assertThatThrownBy(() -> new AddNaclEntry("acl-custom", entry(1, IN, 22), 9).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Position 9 is outside the list of acl-custom, which has 4 entries.");
    }

    @Test
    void anAclThatAlreadyHeldTwoRulesWithOneNumberStillUndoesExactly() {
        NetworkAcl acl = doc.get("acl-custom", NetworkAcl.class);
        NetworkAcl broken = RuleLists.with(acl, RuleLists.inserted(acl.entries(), 0, entry(120, IN, 25)));
        Document start = doc.with(broken);
        Document after = appliesAndInverts(new RemoveNaclEntry("acl-custom", IN, 120), start);
        assertThat(after.get("acl-custom", NetworkAcl.class).entries()).hasSize(4);
        Command inverse = new RemoveNaclEntry("acl-custom", IN, 120).apply(start).inverse();
        assertThat(inverse).isInstanceOf(RestoreResources.class);
    }

    @Test
    void securityGroupRules() {
        SecurityGroupRule ssh = SecurityGroupRule.of(Protocol.TCP, PortRange.of(22), RulePeer.cidr(cidr("10.0.0.0/8")));
        AddSecurityGroupRule add = new AddSecurityGroupRule("sg-web", IN, ssh);
        Document added = appliesAndInverts(add, doc);
        assertThat(added.get("sg-web", SecurityGroup.class).ingress()).endsWith(ssh);
        assertThat(add.description(doc).english()).isEqualTo("Add inbound rule tcp 22 10.0.0.0/8 to web");
        assertThat(add.description(doc).korean()).isEqualTo("web에 인바운드 규칙 tcp 22 10.0.0.0/8 추가");
        appliesAndInverts(new AddSecurityGroupRule("sg-web", OUT, ssh, 0), doc);
        Document edited = appliesAndInverts(new EditSecurityGroupRule("sg-web", IN, 1, ssh), doc);
        assertThat(edited.get("sg-web", SecurityGroup.class).ingress().get(1)).isEqualTo(ssh);
        Document removed = appliesAndInverts(new RemoveSecurityGroupRule("sg-web", IN, 0), doc);
        assertThat(removed.get("sg-web", SecurityGroup.class).ingress()).hasSize(1);
        assertThat(new RemoveSecurityGroupRule("sg-web", IN, 0).description(doc).english()).isEqualTo("Delete inbound rule #1 from web");
    }

    @Test
    void securityGroupRefusals() {
        SecurityGroupRule https = new SecurityGroupRule(Protocol.TCP, PortRange.of(443), null, RulePeer.cidr(Cidr.ALL), "again");
        assertThatThrownBy(() -> new AddSecurityGroupRule("sg-web", IN, https).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Security group sg-web already has the inbound rule tcp 443 0.0.0.0/0. AWS refuses duplicate rules;"
                        + " change the existing one instead.");
        assertThatThrownBy(() -> new EditSecurityGroupRule("sg-web", IN, 1, https).apply(doc)).isInstanceOf(CommandException.class);
        appliesAndInverts(new EditSecurityGroupRule("sg-web", IN, 0, https), doc);
        assertThatThrownBy(() -> new RemoveSecurityGroupRule("sg-web", OUT, 3).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Security group sg-web has no outbound rule #4.");
    }

    @Test
    void routes() {
        Route toNat = Route.to(cidr("192.168.0.0/16"), "nat-1");
        AddRoute add = new AddRoute("rtb-public", toNat);
        Document added = appliesAndInverts(add, doc);
        assertThat(added.get("rtb-public", RouteTable.class).routes()).endsWith(toNat);
        assertThat(add.description(doc).english()).isEqualTo("Add route 192.168.0.0/16 \u2192 nat-a to public");
        Document edited = appliesAndInverts(new EditRoute("rtb-public", "0.0.0.0/0", Route.to(Cidr.ALL, "nat-1")), doc);
        assertThat(edited.get("rtb-public", RouteTable.class).routes().get(1).target()).isEqualTo("nat-1");
        appliesAndInverts(new EditRoute("rtb-public", "0.0.0.0/0", Route.to(cidr("0.0.0.0/1"), "igw-1")), doc);
        Document removed = appliesAndInverts(new RemoveRoute("rtb-public", "0.0.0.0/0"), doc);
        assertThat(removed.get("rtb-public", RouteTable.class).routes()).hasSize(1);
        assertThat(new EditRoute("rtb-public", "0.0.0.0/0", Route.to(Cidr.ALL, "nat-1")).description(doc).english())
                .isEqualTo("Route 0.0.0.0/0 of public now goes to nat-a");
        assertThat(new RemoveRoute("rtb-public", "0.0.0.0/0").description(doc).korean()).isEqualTo("public에서 라우팅 0.0.0.0/0 삭제");
    }

    @Test
    void theLocalRouteKeepsItsDestinationButItsTargetCanBeReplacedAndRestored() {
        Route viaAppliance = Route.to(cidr("10.0.0.0/16"), "eni-free");
        Document replaced = appliesAndInverts(new EditRoute("rtb-public", "10.0.0.0/16", viaAppliance), doc);
        Document restored = appliesAndInverts(new EditRoute("rtb-public", "10.0.0.0/16", Route.to(cidr("10.0.0.0/16"), Route.LOCAL)),
                replaced);
        assertThat(restored).isEqualTo(doc);
        assertThatThrownBy(() -> new RemoveRoute("rtb-public", "10.0.0.0/16").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("The local route to 10.0.0.0/16 in rtb-public cannot be deleted. AWS only lets you replace its target"
                        + " (with a network interface or a Gateway Load Balancer endpoint) and restore it to local later.");
        assertThatThrownBy(() -> new RemoveRoute("rtb-public", "10.0.0.0/16").apply(replaced)).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> new EditRoute("rtb-public", "10.0.0.0/16", Route.to(cidr("10.0.0.0/17"), Route.LOCAL)).apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("cannot change; only its target");
        assertThatThrownBy(() -> new EditRoute("rtb-public", "10.0.0.0/16", Route.to(cidr("10.0.0.0/16"), "igw-1")).apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("not to igw-1");
    }

    @Test
    void routeRefusals() {
        assertThatThrownBy(() -> new AddRoute("rtb-public", Route.to(Cidr.ALL, "nat-1")).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Route table rtb-public already has a route to 0.0.0.0/0. Change the target of that route instead of adding another.");
        assertThatThrownBy(() -> new AddRoute("rtb-public", Route.to(cidr("10.5.0.0/16"), Route.LOCAL)).apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("Only a route to a CIDR block of vpc-1 can have the target local");
        assertThatThrownBy(() -> new RemoveRoute("rtb-main-2", "172.16.0.0/12").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessageContaining("is propagated from a gateway");
        assertThatThrownBy(() -> new EditRoute("rtb-main-2", "pl-s3", Route.to(Cidr.ALL, "igw-1")).apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("was added by endpoint vpce-s3");
        assertThatThrownBy(() -> new RemoveRoute("rtb-public", "10.99.0.0/16").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Route table rtb-public has no route to 10.99.0.0/16.");
    }

    @Test
    void aStaticRouteMayShareItsDestinationWithAPropagatedOne() {
        Document added = appliesAndInverts(new AddRoute("rtb-main-2", Route.to(cidr("172.16.0.0/12"), "pcx-1")), doc);
        Document removed = appliesAndInverts(new RemoveRoute("rtb-main-2", "172.16.0.0/12"), added);
        assertThat(removed).isEqualTo(doc);
    }

    @Test
    void associations() {
        Document explicit = appliesAndInverts(new AssociateRouteTable("subnet-private", "rtb-public"), doc);
        assertThat(explicit.get("subnet-private", Subnet.class).routeTableId()).isEqualTo("rtb-public");
        Document main = appliesAndInverts(new AssociateRouteTable("subnet-public", null), doc);
        assertThat(main.routeTableOf(main.get("subnet-public", Subnet.class)).orElseThrow().id()).isEqualTo("rtb-main");
        Document acl = appliesAndInverts(new AssociateNetworkAcl("subnet-private", "acl-custom"), doc);
        assertThat(acl.networkAclOf(acl.get("subnet-private", Subnet.class)).orElseThrow().id()).isEqualTo("acl-custom");
        appliesAndInverts(new AssociateNetworkAcl("subnet-public-b", null), doc);
        assertThat(new AssociateRouteTable("subnet-public", null).description(doc).english())
                .isEqualTo("Associate public-a with the main route table");
        assertThat(new AssociateNetworkAcl("subnet-private", "acl-custom").description(doc).korean())
                .isEqualTo("private-a을(를) 네트워크 ACL custom에 연결");
        assertThatThrownBy(() -> new AssociateRouteTable("subnet-private", "rtb-main-2").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Subnet subnet-private is in vpc-1, but route table rtb-main-2 belongs to vpc-2. A subnet can only use"
                        + " a route table of its own VPC.");
        assertThatThrownBy(() -> new AssociateNetworkAcl("subnet-private", "acl-default-2").apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("network ACL acl-default-2 belongs to vpc-2");
    }

    @Test
    void setTheMainRouteTable() {
        SetMainRouteTable set = new SetMainRouteTable("vpc-1", "rtb-public");
        Document after = appliesAndInverts(set, doc);
        assertThat(after.mainRouteTable("vpc-1").orElseThrow().id()).isEqualTo("rtb-public");
        assertThat(after.get("rtb-main", RouteTable.class).main()).isFalse();
        assertThat(set.apply(doc).inverse()).isEqualTo(new SetMainRouteTable("vpc-1", "rtb-main"));
        assertThat(set.description(doc).english()).isEqualTo("Make public the main route table of prod");
        assertThat(new SetMainRouteTable("vpc-1", "rtb-main").apply(doc).document()).isEqualTo(doc);
        assertThatThrownBy(() -> new SetMainRouteTable("vpc-1", "rtb-main-2").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessageContaining("belongs to vpc-2");
    }

    @Test
    void awsDefaultsCannotBeDeletedOnTheirOwn() {
        assertThatThrownBy(() -> new RemoveResources(List.of("rtb-main")).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Route table rtb-main is the main route table of vpc-1 and cannot be deleted. Make another table"
                        + " the main one first, or delete the VPC.");
        assertThatThrownBy(() -> new RemoveResources(List.of("acl-default")).apply(doc)).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> new RemoveResources(List.of("sg-default")).apply(doc)).isInstanceOf(CommandException.class);
        assertThat(new RemoveResources(List.of("rtb-main", "vpc-1")).apply(doc).document().contains("rtb-main")).isFalse();
    }

    @Test
    void onAConsistentDocumentEachInverseIsTheOppositeCommand() {
        SecurityGroupRule ssh = SecurityGroupRule.of(Protocol.TCP, PortRange.of(22), RulePeer.cidr(cidr("10.0.0.0/8")));
        assertThat(new AddNaclEntry("acl-custom", entry(115, IN, 22)).apply(doc).inverse())
                .isEqualTo(new RemoveNaclEntry("acl-custom", IN, 115));
        assertThat(new RemoveNaclEntry("acl-custom", IN, 110).apply(doc).inverse())
                .isEqualTo(new AddNaclEntry("acl-custom", doc.get("acl-custom", NetworkAcl.class).entries().get(1), 1));
        assertThat(new EditNaclEntry("acl-custom", IN, 110, entry(111, IN, 22)).apply(doc).inverse())
                .isEqualTo(new EditNaclEntry("acl-custom", IN, 111, doc.get("acl-custom", NetworkAcl.class).entries().get(1)));
        assertThat(new AddSecurityGroupRule("sg-web", IN, ssh).apply(doc).inverse())
                .isEqualTo(new RemoveSecurityGroupRule("sg-web", IN, 2));
        assertThat(new RemoveSecurityGroupRule("sg-web", IN, 0).apply(doc).inverse())
                .isEqualTo(new AddSecurityGroupRule("sg-web", IN, doc.get("sg-web", SecurityGroup.class).ingress().get(0), 0));
        assertThat(new EditSecurityGroupRule("sg-web", IN, 0, ssh).apply(doc).inverse())
                .isEqualTo(new EditSecurityGroupRule("sg-web", IN, 0, doc.get("sg-web", SecurityGroup.class).ingress().get(0)));
        Route toNat = Route.to(cidr("192.168.0.0/16"), "nat-1");
        assertThat(new AddRoute("rtb-public", toNat).apply(doc).inverse()).isEqualTo(new RemoveRoute("rtb-public", "192.168.0.0/16"));
        assertThat(new RemoveRoute("rtb-public", "0.0.0.0/0").apply(doc).inverse())
                .isEqualTo(new AddRoute("rtb-public", Route.to(Cidr.ALL, "igw-1"), 1));
        assertThat(new EditRoute("rtb-public", "0.0.0.0/0", toNat).apply(doc).inverse())
                .isEqualTo(new EditRoute("rtb-public", "192.168.0.0/16", Route.to(Cidr.ALL, "igw-1")));
        assertThat(new AssociateRouteTable("subnet-public", "rtb-main").apply(doc).inverse())
                .isEqualTo(new AssociateRouteTable("subnet-public", "rtb-public"));
        assertThat(new AssociateNetworkAcl("subnet-public-b", null).apply(doc).inverse())
                .isEqualTo(new AssociateNetworkAcl("subnet-public-b", "acl-custom"));
        assertThat(new EditProperty("i-web", "name", "x").apply(doc).inverse()).isEqualTo(new EditProperty("i-web", "name", "web"));
        assertThat(new AddResources(List.of(new Subnet("subnet-n", "", "vpc-1", "us-east-1a", cidr("10.0.7.0/24"), false, null, null)),
                java.util.Map.of()).apply(doc).inverse()).isEqualTo(new RemoveResources(List.of("subnet-n")));
    }
}
