package dev.vpclab.model.command;

import static dev.vpclab.model.command.CommandAssertions.appliesAndInverts;
import static dev.vpclab.model.testing.Fixtures.cidr;
import static dev.vpclab.model.testing.Fixtures.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.HealthCheck;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceCommandsTest {

    private final Document doc = Fixtures.everyKind();
    private final Document small = Fixtures.smallNetwork();

    @Test
    void addASubnetWithItsDrawingAndANewZoneColumn() {
        Subnet subnet = new Subnet("subnet-new", "app-b", "vpc-1", "us-east-1b", cidr("10.0.9.0/24"), false, null, null);
        String column = Layout.azColumnKey("vpc-1", "us-east-1b");
        AddResources add = new AddResources(List.of(subnet), Map.of("subnet-new", Bounds.of(560, 140, 420, 150),
                column, Bounds.of(540, 100, 460, 540)));
        Document after = appliesAndInverts(add, doc);
        assertThat(after.get("subnet-new")).isEqualTo(subnet);
        assertThat(after.layout().get(column)).isEqualTo(Bounds.of(540, 100, 460, 540));
        assertThat(add.description(doc).english()).isEqualTo("Add app-b");
        assertThat(add.description(doc).korean()).isEqualTo("app-b 추가");
    }

    @Test
    void addAVpcWithWhatAwsCreatesAlongWithIt() {
        ResourceFactory factory = Fixtures.factory(small);
        List<Resource> vpc = factory.vpc("us-east-1", "staging", cidr("10.20.0.0/16"));
        AddResources add = AddResources.of(vpc);
        Document after = appliesAndInverts(add, small);
        assertThat(after.size()).isEqualTo(small.size() + 4);
        assertThat(after.mainRouteTable(vpc.get(0).id())).isPresent();
        assertThat(add.description(small).english()).isEqualTo("Add staging and 3 more");
    }

    @Test
    void addRefusesDuplicateIdsAndMissingReferences() {
        Instance copy = new Instance("i-web", "copy", "subnet-public", "t3.micro", Instance.State.RUNNING, "", null);
        assertThatThrownBy(() -> AddResources.of(List.of(copy)).apply(small)).isInstanceOf(CommandException.class)
                .hasMessage("The id i-web is already used in the document. Give the new resource an id of its own.");
        Subnet orphan = new Subnet("subnet-x", "", "vpc-nope", "us-east-1a", cidr("10.9.0.0/24"), false, null, null);
        assertThatThrownBy(() -> AddResources.of(List.of(orphan)).apply(small)).isInstanceOf(CommandException.class)
                .hasMessage("subnet-x refers to vpc-nope in its field vpcId, but there is no vpc-nope in the document."
                        + " Add vpc-nope first, or pick a resource that exists.");
        Subnet twice = new Subnet("subnet-y", "", "vpc-1", "us-east-1a", cidr("10.0.9.0/24"), false, null, null);
        assertThatThrownBy(() -> AddResources.of(List.of(twice, twice)).apply(small)).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> new AddResources(List.of(twice), Map.of("i-web", Bounds.of(0, 0, 1, 1))).apply(small))
                .isInstanceOf(CommandException.class).hasMessageContaining("i-web");
    }

    @Test
    void aReferenceThatMayDangleDoesNotStopAnAdd() {
        // A route to a target that does not exist is a blackhole: AWS keeps it, validation reports it.
        RouteTable table = new RouteTable("rtb-x", "x", "vpc-1", false,
                List.of(Route.to(cidr("10.0.0.0/16"), Route.LOCAL), Route.to(Cidr.ALL, "nat-gone")), List.of(), List.of());
        appliesAndInverts(AddResources.of(List.of(table)), small);
    }

    @Test
    void editPropertyOfAnyScalarField() {
        appliesAndInverts(new EditProperty("i-web", "name", "web-1"), doc);
        Document typed = appliesAndInverts(new EditProperty("i-web", "instanceType", "m5.large"), doc);
        assertThat(typed.get("i-web", Instance.class).instanceType()).isEqualTo("m5.large");
        Document stopped = appliesAndInverts(new EditProperty("i-web", "state", "stopped"), doc);
        assertThat(stopped.get("i-web", Instance.class).state()).isEqualTo(Instance.State.STOPPED);
        appliesAndInverts(new EditProperty("i-web", "state", Instance.State.TERMINATED), doc);
        Document dns = appliesAndInverts(new EditProperty("vpc-1", "enableDnsSupport", "false"), doc);
        assertThat(dns.get("vpc-1", Vpc.class).enableDnsSupport()).isFalse();
        Document narrowed = appliesAndInverts(new EditProperty("subnet-public", "cidr", "10.0.1.0/25"), doc);
        assertThat(narrowed.get("subnet-public", Subnet.class).cidr()).isEqualTo(cidr("10.0.1.0/25"));
        appliesAndInverts(new EditProperty("eni-web", "publicIp", ""), doc);
        appliesAndInverts(new EditProperty("eni-web", "deviceIndex", 1L), doc);
        appliesAndInverts(new EditProperty("subnet-public-b", "networkAclId", null), doc);
        appliesAndInverts(new EditProperty("tg-ip", "healthCheck", new HealthCheck(null, 0, "/up", 15, 5, 3, 2, "200")), doc);
    }

    @Test
    void editPropertyOfAListOrMapField() {
        Document blocks = appliesAndInverts(new EditProperty("vpc-1", "cidrBlocks", "10.0.0.0/16, 10.5.0.0/16"), doc);
        assertThat(blocks.get("vpc-1", Vpc.class).cidrBlocks()).containsExactly(cidr("10.0.0.0/16"), cidr("10.5.0.0/16"));
        Document groups = appliesAndInverts(new EditProperty("eni-web", "securityGroupIds", List.of("sg-web", "sg-app")), doc);
        assertThat(groups.get("eni-web", NetworkInterface.class).securityGroupIds()).containsExactly("sg-web", "sg-app");
        appliesAndInverts(new EditProperty("eni-web", "securityGroupIds", ""), doc);
        appliesAndInverts(new EditProperty("vpce-ec2", "addresses", Map.of("subnet-shared", "10.1.1.60")), doc);
        assertThatThrownBy(() -> new EditProperty("eni-web", "securityGroupIds", "sg-web, sg-gone").apply(doc))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("eni-web refers to sg-gone in its field securityGroupIds[1], but there is no sg-gone");
        assertThatThrownBy(() -> new EditProperty("vpc-1", "cidrBlocks", List.of(1, 2)).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Property cidrBlocks of vpc-1 takes a list of CIDR block, so \"[1, 2]\" does not fit.");
        assertThatThrownBy(() -> new EditProperty("vpc-1", "cidrBlocks", "").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Property cidrBlocks of vpc-1 cannot be \"\": VPC vpc-1 needs at least one CIDR block.");
    }

    @Test
    void aFieldThatAlreadyDangledIsRestoredExactlyOnUndo() {
        Subnet s = doc.get("subnet-private", Subnet.class);
        Document broken = doc.with(new Subnet(s.id(), s.name(), s.vpcId(), s.availabilityZoneId(), s.cidr(), false, "rtb-gone", null));
        EditProperty edit = new EditProperty("subnet-private", "routeTableId", "rtb-public");
        appliesAndInverts(edit, broken);
        assertThat(edit.apply(broken).inverse()).isInstanceOf(RestoreResources.class);
        assertThat(edit.apply(doc).inverse()).isEqualTo(new EditProperty("subnet-private", "routeTableId", null));
    }

    @Test
    void editPropertyDescribesWhatItChanges() {
        EditProperty edit = new EditProperty("i-web", "instanceType", "m5.large");
        assertThat(edit.description(doc).english()).isEqualTo("Change instanceType of web");
        assertThat(edit.description(doc).korean()).isEqualTo("web의 instanceType 변경");
    }

    @Test
    void settingTheSameValueChangesNothing() {
        assertThat(new EditProperty("i-web", "name", "web").apply(doc).document()).isEqualTo(doc);
    }

    @Test
    void editPropertyRefusals() {
        assertThatThrownBy(() -> new EditProperty("i-web", "id", "i-other").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessageStartingWith("The id of i-web cannot be changed");
        assertThatThrownBy(() -> new EditProperty("i-web", "colour", "red").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("i-web has no property colour. Its properties are: name, subnetId, instanceType, state, imageId,"
                        + " autoScalingGroupId.");
        assertThatThrownBy(() -> new EditProperty("subnet-public", "cidr", "10.0.1.0/33").apply(doc))
                .isInstanceOf(CommandException.class).hasMessageStartingWith("Property cidr of subnet-public cannot be \"10.0.1.0/33\":");
        assertThatThrownBy(() -> new EditProperty("vpc-1", "enableDnsSupport", "maybe").apply(doc))
                .isInstanceOf(CommandException.class).hasMessage("Property enableDnsSupport of vpc-1 cannot be \"maybe\": write true or false.");
        assertThatThrownBy(() -> new EditProperty("vpc-1", "enableDnsSupport", null).apply(doc))
                .isInstanceOf(CommandException.class).hasMessage("Property enableDnsSupport of vpc-1 needs a value.");
        assertThatThrownBy(() -> new EditProperty("i-web", "state", "sleeping").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessageContaining("use one of pending, running");
        assertThatThrownBy(() -> new EditProperty("eni-web", "deviceIndex", 300).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Property deviceIndex of eni-web cannot be \"300\": device index 300 is not between 0 and 255.");
        assertThatThrownBy(() -> new EditProperty("eni-web", "deviceIndex", List.of()).apply(doc))
                .isInstanceOf(CommandException.class).hasMessage("Property deviceIndex of eni-web takes a whole number, so \"[]\" does not fit.");
        assertThatThrownBy(() -> new EditProperty("subnet-public", "vpcId", "vpc-nope").apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("no vpc-nope in the document");
        assertThatThrownBy(() -> new EditProperty("rtb-public", "main", true).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessageContaining("making another table the main one");
        assertThatThrownBy(() -> new EditProperty("acl-custom", "isDefault", true).apply(doc)).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> new EditProperty("i-nope", "name", "x").apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("There is no resource i-nope in the document. Pick one that exists.");
    }

    @Test
    void refusalsReadInKorean() {
        CommandException e = new CommandException(Message.of("command.error.nacl.duplicate", "acl-1", 0, "100"));
        assertThat(e.reason().korean()).isEqualTo("네트워크 ACL acl-1에 인바운드 규칙 100이(가) 이미 있습니다. 규칙 번호는 방향마다 고유해야 합니다."
                + " 비어 있는 번호를 고르세요(10 단위로 두면 사이에 규칙을 넣을 수 있습니다).");
        assertThat(e.getMessage()).startsWith("Network ACL acl-1 already has an inbound rule 100.");
    }

    @Test
    void reparentAnInstanceIntoAnotherSubnetOfItsVpc() {
        Reparent move = new Reparent("i-web", "subnet-private", Bounds.of(500, 400, 64, 64));
        Document after = appliesAndInverts(move, doc);
        assertThat(after.get("i-web", Instance.class).subnetId()).isEqualTo("subnet-private");
        NetworkInterface eni = after.get("eni-web", NetworkInterface.class);
        assertThat(eni.subnetId()).isEqualTo("subnet-private");
        assertThat(eni.privateIps()).containsExactly(ip("10.0.2.4"));
        assertThat(after.get("eipalloc-web", ElasticIp.class).privateIp()).isEqualTo(ip("10.0.2.4"));
        assertThat(after.layout().get("i-web")).isEqualTo(Bounds.of(500, 400, 64, 64));
        assertThat(move.description(doc).english()).isEqualTo("Move web into private-a");
        assertThat(move.description(doc).korean()).isEqualTo("web을(를) private-a(으)로 이동");
    }

    @Test
    void reparentANatGatewayAndAFreeInterface() {
        Document nat = appliesAndInverts(new Reparent("nat-1", "subnet-public-b", null), doc);
        assertThat(nat.get("nat-1", NatGateway.class).subnetId()).isEqualTo("subnet-public-b");
        assertThat(nat.get("nat-1", NatGateway.class).privateIp()).isEqualTo(ip("10.0.3.4"));
        Document eni = appliesAndInverts(new Reparent("eni-free", "subnet-public", null), doc);
        assertThat(eni.get("eni-free", NetworkInterface.class).privateIps()).containsExactly(ip("10.0.1.4"));
    }

    @Test
    void reparentASubnetIntoAnotherZoneColumnMovesItsContentsAlong() {
        Reparent move = new Reparent("subnet-public", Layout.azColumnKey("vpc-1", "us-east-1b"), Bounds.of(600, 140, 420, 150));
        Document after = appliesAndInverts(move, doc);
        assertThat(after.get("subnet-public", Subnet.class).availabilityZoneId()).isEqualTo("us-east-1b");
        assertThat(after.layout().get("i-web")).isEqualTo(doc.layout().get("i-web").translate(520, 0));
    }

    @Test
    void reparentRefusesMovesAwsDoesNotAllow() {
        assertThatThrownBy(() -> new Reparent("i-web", "subnet-shared", null).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("i-web cannot move into subnet-shared: it is in vpc-1 and subnet-shared is in vpc-2. AWS keeps an"
                        + " instance, its network interfaces and a NAT gateway in the subnets of one VPC; create a new one in vpc-2"
                        + " instead.");
        assertThatThrownBy(() -> new Reparent("subnet-public", Layout.azColumnKey("vpc-2", "us-east-1b"), null).apply(doc))
                .isInstanceOf(CommandException.class).hasMessageStartingWith("Subnet subnet-public cannot move into another VPC");
        assertThatThrownBy(() -> new Reparent("eni-web", "subnet-private", null).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("Network interface eni-web is attached to instance i-web. Move the instance, or detach the interface first.");
        assertThatThrownBy(() -> new Reparent("i-web", "vpc-1", null).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessage("i-web can only move into a subnet, and vpc-1 is not a subnet.");
        assertThatThrownBy(() -> new Reparent("subnet-public", "subnet-private", null).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessageContaining("Availability Zone column");
        assertThatThrownBy(() -> new Reparent("subnet-public", Layout.azColumnKey("vpc-1", "eu-west-1a"), null).apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("no such Availability Zone");
        assertThatThrownBy(() -> new Reparent("igw-1", "subnet-private", null).apply(doc)).isInstanceOf(CommandException.class)
                .hasMessageStartingWith("igw-1 is of kind InternetGateway; only instances");
    }

    @Test
    void reparentRefusesAFullSubnet() {
        List<Resource> rs = new ArrayList<>(small.all());
        rs.add(new Subnet("subnet-tiny", "tiny", "vpc-1", "us-east-1a", cidr("10.0.3.0/28"), false, null, null));
        List<dev.vpclab.model.net.Ipv4Address> all = new ArrayList<>();
        Cidr block = cidr("10.0.3.0/28");
        for (long i = 4; i < 15; i++) {
            all.add(block.address(i));
        }
        rs.add(new NetworkInterface("eni-full", "", "subnet-tiny", all, List.of(), true, null, 0, null, ""));
        Document full = Document.of(rs, Layout.EMPTY);
        assertThatThrownBy(() -> new Reparent("i-app", "subnet-tiny", null).apply(full)).isInstanceOf(CommandException.class)
                .hasMessage("Subnet subnet-tiny has not enough free addresses for eni-app (1 needed). Pick a larger or emptier subnet.");
    }

    @Test
    void aCompositeAppliesItsPartsInOrderAndUndoesThemInReverse() {
        ResourceFactory factory = Fixtures.factory(small);
        List<Resource> vpc = factory.vpc("us-east-1", "staging", cidr("10.20.0.0/16"));
        Subnet subnet = factory.subnet(vpc.get(0).id(), "us-east-1a", "staging-a", cidr("10.20.1.0/24"));
        CompositeCommand composite = new CompositeCommand(Message.of("command.addResources", "staging"),
                List.of(AddResources.of(vpc), AddResources.of(List.of(subnet)), new EditProperty(subnet.id(), "mapPublicIpOnLaunch", true)));
        Document after = appliesAndInverts(composite, small);
        assertThat(after.get(subnet.id(), Subnet.class).mapPublicIpOnLaunch()).isTrue();
    }

    @Test
    void aRefusedPartLeavesTheDocumentAsItWas() {
        CompositeCommand composite = new CompositeCommand(Message.of("command.editLayout", "1"),
                List.of(new EditProperty("i-web", "name", "x"), new EditProperty("i-nope", "name", "y")));
        Document before = small;
        assertThatThrownBy(() -> composite.apply(before)).isInstanceOf(CommandException.class);
        assertThat(before).isEqualTo(Fixtures.smallNetwork());
    }
}
