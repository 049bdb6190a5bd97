package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How describe-* output of EC2 maps onto the model, field by field, on hand-written outputs of the CLI's shape. */
class Ec2MappingTest {

    @TempDir
    Path dir;

    private SnapshotFolder folder;

    @BeforeEach
    void vpcAndSubnets() {
        folder = new SnapshotFolder(dir).write("Vpcs.json", SnapshotFolder.VPC).write("Subnets.json", SnapshotFolder.SUBNETS);
    }

    private static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    @Test
    void vpcKeepsItsAssociatedBlocksPrimaryFirstAndItsNameTag() throws AwsImportException {
        Document doc = folder.importIt().document();

        Vpc vpc = doc.get("vpc-1", Vpc.class);
        assertThat(vpc.name()).isEqualTo("prod");
        assertThat(vpc.cidrBlocks()).containsExactly(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16"));
        assertThat(doc.get("subnet-a", Subnet.class).mapPublicIpOnLaunch()).isTrue();
        assertThat(doc.get("subnet-b", Subnet.class).name()).isEmpty();
    }

    @Test
    void routesTakeTheirTargetOriginAndStateAsAwsReportsThem() throws AwsImportException {
        folder.write("Gateways.json", """
                {"InternetGateways": [{"InternetGatewayId": "igw-1", "Attachments": [{"State": "available", "VpcId": "vpc-1"}]}],
                 "VpnGateways": [{"VpnGatewayId": "vgw-1", "State": "available", "AmazonSideAsn": 64512,
                   "VpcAttachments": [{"State": "detached", "VpcId": "vpc-old"}, {"State": "attached", "VpcId": "vpc-1"}]}]}
                """);
        ImportResult result = folder.write("RouteTables.json", """
                {"RouteTables": [{"RouteTableId": "rtb-1", "VpcId": "vpc-1",
                  "Associations": [
                    {"Main": true, "RouteTableId": "rtb-1", "AssociationState": {"State": "associated"}},
                    {"Main": false, "RouteTableId": "rtb-1", "SubnetId": "subnet-a", "AssociationState": {"State": "associated"}},
                    {"Main": false, "RouteTableId": "rtb-1", "SubnetId": "subnet-b", "AssociationState": {"State": "disassociated"}},
                    {"Main": false, "RouteTableId": "rtb-1", "GatewayId": "igw-1", "AssociationState": {"State": "associated"}}],
                  "PropagatingVgws": [{"GatewayId": "vgw-1"}],
                  "Routes": [
                    {"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "Origin": "CreateRouteTable", "State": "active"},
                    {"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-1", "Origin": "CreateRoute", "State": "active"},
                    {"DestinationCidrBlock": "10.9.0.0/16", "InstanceId": "i-1", "InstanceOwnerId": "1",
                     "NetworkInterfaceId": "eni-1", "Origin": "CreateRoute", "State": "active"},
                    {"DestinationCidrBlock": "10.8.0.0/16", "NatGatewayId": "nat-gone", "Origin": "CreateRoute", "State": "blackhole"},
                    {"DestinationCidrBlock": "192.168.0.0/16", "GatewayId": "vgw-1", "Origin": "EnableVgwRoutePropagation", "State": "active"},
                    {"DestinationPrefixListId": "pl-s3", "GatewayId": "vpce-1", "Origin": "CreateRoute", "State": "active"},
                    {"DestinationCidrBlock": "172.16.0.0/12", "VpcPeeringConnectionId": "pcx-1", "Origin": "CreateRoute", "State": "active"},
                    {"DestinationCidrBlock": "100.64.0.0/10", "TransitGatewayId": "tgw-1", "Origin": "CreateRoute", "State": "active"},
                    {"DestinationCidrBlock": "198.18.0.0/15", "CarrierGatewayId": "cagw-1", "Origin": "CreateRoute", "State": "active"},
                    {"DestinationIpv6CidrBlock": "::/0", "EgressOnlyInternetGatewayId": "eigw-1", "Origin": "CreateRoute", "State": "active"}],
                  "Tags": [{"Key": "Name", "Value": "main"}]}]}
                """).importIt();
        Document doc = result.document();

        RouteTable table = doc.get("rtb-1", RouteTable.class);
        assertThat(table.main()).isTrue();
        assertThat(table.name()).isEqualTo("main");
        assertThat(table.edgeAssociations()).containsExactly("igw-1");
        assertThat(table.propagatingGatewayIds()).containsExactly("vgw-1");
        assertThat(table.routes()).containsExactly(
                Route.to(Cidr.parse("10.0.0.0/16"), Route.LOCAL),
                Route.to(Cidr.ALL, "igw-1"),
                Route.to(Cidr.parse("10.9.0.0/16"), "eni-1"),
                Route.to(Cidr.parse("10.8.0.0/16"), "nat-gone"),
                new Route(Cidr.parse("192.168.0.0/16"), null, "vgw-1", RouteOrigin.PROPAGATED),
                new Route(null, "pl-s3", "vpce-1", RouteOrigin.ENDPOINT),
                Route.to(Cidr.parse("172.16.0.0/12"), "pcx-1"),
                Route.to(Cidr.parse("100.64.0.0/10"), "tgw-1"),
                Route.to(Cidr.parse("198.18.0.0/15"), "cagw-1"));
        assertThat(doc.get("vgw-1", dev.vpclab.model.resource.VirtualPrivateGateway.class).vpcId()).isEqualTo("vpc-1");
        assertThat(doc.get("subnet-a", Subnet.class).routeTableId()).isEqualTo("rtb-1");
        assertThat(doc.get("subnet-b", Subnet.class).routeTableId()).isNull();
        assertThat(SnapshotFolder.warnings(result, "aws.route.ipv6Skipped")).containsExactly(List.of("rtb-1", 1));
        assertThat(SnapshotFolder.warnings(result, "aws.route.unmodelledTarget"))
                .containsExactly(List.of("rtb-1", "198.18.0.0/15", "cagw-1"));
    }

    @Test
    void networkAclEntriesKeepNumbersPortsAndIcmpAndDropTheImplicitDenyAndIpv6() throws AwsImportException {
        ImportResult result = folder.write("NetworkAcls.json", """
                {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "IsDefault": false,
                  "Associations": [{"NetworkAclId": "acl-1", "SubnetId": "subnet-b"}],
                  "Entries": [
                    {"RuleNumber": 100, "Egress": false, "Protocol": "6", "PortRange": {"From": 443, "To": 443},
                     "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"},
                    {"RuleNumber": 110, "Egress": false, "Protocol": "1", "IcmpTypeCode": {"Type": 8, "Code": -1},
                     "RuleAction": "allow", "CidrBlock": "10.0.0.0/8"},
                    {"RuleNumber": 120, "Egress": false, "Protocol": "17", "PortRange": {"From": 1024, "To": 65535},
                     "RuleAction": "deny", "CidrBlock": "192.0.2.0/24"},
                    {"RuleNumber": 101, "Egress": false, "Protocol": "-1", "RuleAction": "allow", "Ipv6CidrBlock": "::/0"},
                    {"RuleNumber": 32767, "Egress": false, "Protocol": "-1", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"},
                    {"RuleNumber": 100, "Egress": true, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"},
                    {"RuleNumber": 32767, "Egress": true, "Protocol": "-1", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"}]}]}
                """).importIt();
        Document doc = result.document();

        NetworkAcl acl = doc.get("acl-1", NetworkAcl.class);
        assertThat(acl.entries()).containsExactly(
                NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.TCP, PortRange.of(443), Cidr.ALL, RuleAction.ALLOW),
                new NetworkAclEntry(110, TrafficDirection.INBOUND, Protocol.ICMP, null, new IcmpTypeCode(8, -1),
                        Cidr.parse("10.0.0.0/8"), RuleAction.ALLOW),
                NetworkAclEntry.of(120, TrafficDirection.INBOUND, Protocol.UDP, PortRange.EPHEMERAL, Cidr.parse("192.0.2.0/24"),
                        RuleAction.DENY),
                NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW));
        assertThat(doc.get("subnet-b", Subnet.class).networkAclId()).isEqualTo("acl-1");
        assertThat(SnapshotFolder.warnings(result, "aws.acl.ipv6Skipped")).containsExactly(List.of("acl-1", 1));
    }

    @Test
    void securityGroupPermissionsBecomeOneRulePerSource() throws AwsImportException {
        ImportResult result = folder.write("SecurityGroups.json", """
                {"SecurityGroups": [{"GroupId": "sg-1", "GroupName": "web", "Description": "web tier", "VpcId": "vpc-1",
                  "Tags": [{"Key": "Name", "Value": "web-sg"}],
                  "IpPermissions": [
                    {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 81,
                     "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "anyone"}],
                     "Ipv6Ranges": [{"CidrIpv6": "::/0"}],
                     "UserIdGroupPairs": [{"GroupId": "sg-lb", "UserId": "1"}],
                     "PrefixListIds": [{"PrefixListId": "pl-corp"}]},
                    {"IpProtocol": "icmp", "FromPort": 3, "ToPort": 4, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
                    {"IpProtocol": "icmpv6", "FromPort": -1, "ToPort": -1, "Ipv6Ranges": [{"CidrIpv6": "::/0"}]},
                    {"IpProtocol": "50", "IpRanges": [{"CidrIp": "198.51.100.0/24"}]}],
                  "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}]}
                """).importIt();

        SecurityGroup sg = result.document().get("sg-1", SecurityGroup.class);
        assertThat(sg.name()).isEqualTo("web-sg");
        assertThat(sg.groupName()).isEqualTo("web");
        assertThat(sg.ingress()).containsExactly(
                new SecurityGroupRule(Protocol.TCP, new PortRange(80, 81), null, RulePeer.cidr(Cidr.ALL), "anyone"),
                SecurityGroupRule.of(Protocol.TCP, new PortRange(80, 81), RulePeer.group("sg-lb")),
                SecurityGroupRule.of(Protocol.TCP, new PortRange(80, 81), new RulePeer.PrefixListPeer("pl-corp")),
                new SecurityGroupRule(Protocol.ICMP, null, new IcmpTypeCode(3, 4), RulePeer.cidr(Cidr.parse("10.0.0.0/8")), ""),
                SecurityGroupRule.of(new Protocol(50), null, RulePeer.cidr(Cidr.parse("198.51.100.0/24"))));
        assertThat(sg.egress()).containsExactly(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL)));
        assertThat(SnapshotFolder.warnings(result, "aws.sg.ipv6Skipped")).containsExactly(List.of("sg-1", 2));
    }

    @Test
    void interfacesListedTwiceAreOneAndElasticIpsAreResourcesNotPublicAddresses() throws AwsImportException {
        Document doc = folder.write("Reservations.json", """
                {"Reservations": [{"ReservationId": "r-1", "Instances": [
                  {"InstanceId": "i-1", "InstanceType": "t3.small", "ImageId": "ami-1", "SubnetId": "subnet-a",
                   "State": {"Code": 80, "Name": "stopped"}, "Tags": [{"Key": "Name", "Value": "web"}],
                   "NetworkInterfaces": [
                     {"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-a", "PrivateIpAddress": "10.0.1.10",
                      "Attachment": {"DeviceIndex": 0, "Status": "attached"},
                      "Association": {"IpOwnerId": "111122223333", "PublicIp": "203.0.113.10"},
                      "PrivateIpAddresses": [
                        {"Primary": true, "PrivateIpAddress": "10.0.1.10",
                         "Association": {"IpOwnerId": "111122223333", "PublicIp": "203.0.113.10"}},
                        {"Primary": false, "PrivateIpAddress": "10.0.1.11"}],
                      "Groups": [{"GroupId": "sg-1", "GroupName": "web"}], "SourceDestCheck": false},
                     {"NetworkInterfaceId": "eni-2", "SubnetId": "subnet-a", "PrivateIpAddress": "10.0.1.20",
                      "Attachment": {"DeviceIndex": 1, "Status": "attached"},
                      "Association": {"IpOwnerId": "amazon", "PublicIp": "198.51.100.20"}}]}]}]}
                """)
                .write("NetworkInterfaces.json", """
                {"NetworkInterfaces": [
                  {"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-a", "VpcId": "vpc-1", "InterfaceType": "interface",
                   "Description": "Primary network interface", "PrivateIpAddress": "10.0.1.10",
                   "PrivateIpAddresses": [{"Primary": true, "PrivateIpAddress": "10.0.1.10"},
                                          {"Primary": false, "PrivateIpAddress": "10.0.1.11"}],
                   "Attachment": {"DeviceIndex": 0, "InstanceId": "i-1", "Status": "attached"},
                   "Groups": [{"GroupId": "sg-1"}], "SourceDestCheck": false, "TagSet": [{"Key": "Name", "Value": "web-eth0"}]},
                  {"NetworkInterfaceId": "eni-free", "SubnetId": "subnet-b", "VpcId": "vpc-1", "InterfaceType": "interface",
                   "PrivateIpAddress": "10.0.2.30", "Groups": []}]}
                """)
                .write("Addresses.json", """
                {"Addresses": [{"AllocationId": "eipalloc-1", "PublicIp": "203.0.113.10", "Domain": "vpc",
                  "InstanceId": "i-1", "NetworkInterfaceId": "eni-1", "PrivateIpAddress": "10.0.1.10",
                  "Tags": [{"Key": "Name", "Value": "web-ip"}]}]}
                """).importIt().document();

        Instance instance = doc.get("i-1", Instance.class);
        assertThat(instance.state()).isEqualTo(Instance.State.STOPPED);
        assertThat(instance.instanceType()).isEqualTo("t3.small");
        assertThat(instance.name()).isEqualTo("web");
        assertThat(doc.interfacesOf("i-1")).extracting(NetworkInterface::id).containsExactly("eni-1", "eni-2");
        NetworkInterface eth0 = doc.get("eni-1", NetworkInterface.class);
        assertThat(eth0.name()).isEqualTo("web-eth0");
        assertThat(eth0.privateIps()).containsExactly(ip("10.0.1.10"), ip("10.0.1.11"));
        assertThat(eth0.sourceDestCheck()).isFalse();
        assertThat(eth0.publicIp()).as("an Elastic IP is not an auto-assigned address").isNull();
        assertThat(doc.elasticIpsOf("eni-1")).containsExactly(
                new ElasticIp("eipalloc-1", "web-ip", ip("203.0.113.10"), "eni-1", ip("10.0.1.10")));
        assertThat(doc.get("eni-2", NetworkInterface.class).publicIp()).isEqualTo(ip("198.51.100.20"));
        assertThat(doc.get("eni-2", NetworkInterface.class).deviceIndex()).isEqualTo(1);
        assertThat(doc.get("eni-free", NetworkInterface.class).instanceId()).isNull();
    }

    @Test
    void anElasticIpNamedOnlyByTheInterfaceAssociationIsStillAResource() throws AwsImportException {
        Document doc = folder.write("NetworkInterfaces.json", """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-a", "InterfaceType": "interface",
                  "PrivateIpAddress": "10.0.1.10",
                  "Association": {"AllocationId": "eipalloc-9", "IpOwnerId": "1", "PublicIp": "203.0.113.99"}}]}
                """).importIt().document();

        assertThat(doc.get("eni-1", NetworkInterface.class).publicIp()).isNull();
        assertThat(doc.get("eipalloc-9", ElasticIp.class).associatedResourceId()).isEqualTo("eni-1");
    }

    @Test
    void failedNatGatewayWithoutAddressKeepsItsStateAndGetsAFreeAddress() throws AwsImportException {
        ImportResult result = folder.write("NatGateways.json", """
                {"NatGateways": [
                  {"NatGatewayId": "nat-failed", "SubnetId": "subnet-a", "VpcId": "vpc-1", "State": "failed",
                   "FailureCode": "Gateway.NotAttached", "NatGatewayAddresses": []},
                  {"NatGatewayId": "nat-private", "SubnetId": "subnet-b", "VpcId": "vpc-1", "State": "available",
                   "ConnectivityType": "private", "NatGatewayAddresses": [{"PrivateIp": "10.0.2.9", "IsPrimary": true}]},
                  {"NatGatewayId": "nat-public", "SubnetId": "subnet-a", "VpcId": "vpc-1", "State": "deleting",
                   "NatGatewayAddresses": [{"PrivateIp": "10.0.1.5", "NetworkInterfaceId": "eni-nat-unlisted"}]}]}
                """)
                .write("NetworkInterfaces.json", """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-a", "PrivateIpAddress": "10.0.1.4"}]}
                """)
                .write("Addresses.json", """
                {"Addresses": [{"AllocationId": "eipalloc-nat", "PublicIp": "203.0.113.7", "NetworkInterfaceId": "eni-nat-unlisted",
                  "PrivateIpAddress": "10.0.1.5"}]}
                """).importIt();
        Document doc = result.document();

        NatGateway failed = doc.get("nat-failed", NatGateway.class);
        assertThat(failed.state()).isEqualTo(LifecycleState.FAILED);
        assertThat(failed.privateIp()).as("10.0.1.4 is eni-1's, 10.0.1.5 the next NAT gateway's").isEqualTo(ip("10.0.1.6"));
        assertThat(SnapshotFolder.warnings(result, "aws.nat.addressGuessed")).containsExactly(List.of("nat-failed", "10.0.1.6"));
        NatGateway internal = doc.get("nat-private", NatGateway.class);
        assertThat(internal.connectivityType()).isEqualTo(NatGateway.Connectivity.PRIVATE);
        assertThat(internal.privateIp()).isEqualTo(ip("10.0.2.9"));
        assertThat(doc.elasticIpsOf("nat-private")).isEmpty();
        assertThat(doc.get("nat-public", NatGateway.class).state()).isEqualTo(LifecycleState.DELETING);
        assertThat(doc.elasticIpsOf("nat-public")).as("the address names the NAT gateway's interface, which is not listed")
                .containsExactly(new ElasticIp("eipalloc-nat", "", ip("203.0.113.7"), "nat-public", ip("10.0.1.5")));
    }

    @Test
    void managedPrefixListsTakeTheirEntriesFromTheWrappedOrTheNamedEntryFiles() throws AwsImportException {
        Document doc = folder.write("ManagedPrefixLists.json", """
                {"PrefixLists": [
                  {"PrefixListId": "pl-corp", "AddressFamily": "IPv4", "State": "create-complete",
                   "PrefixListName": "corp-offices", "OwnerId": "111122223333", "Tags": [{"Key": "Name", "Value": "offices"}]},
                  {"PrefixListId": "pl-vendors", "AddressFamily": "IPv4", "PrefixListName": "vendors", "OwnerId": "111122223333"},
                  {"PrefixListId": "pl-cf", "AddressFamily": "IPv4", "PrefixListName": "com.amazonaws.global.cloudfront.origin-facing",
                   "OwnerId": "AWS"}]}
                """)
                .write("entries-pl-vendors.json", "{\"Entries\": [{\"Cidr\": \"192.0.2.0/24\", \"Description\": \"a\"}]}")
                .write("wrapped.json", """
                {"ManagedPrefixListEntries": [{"PrefixListId": "pl-corp",
                  "Entries": [{"Cidr": "198.51.100.0/24"}, {"Cidr": "2001:db8::/32"}]}]}
                """).importIt().document();

        PrefixList corp = doc.get("pl-corp", PrefixList.class);
        assertThat(corp.name()).isEqualTo("offices");
        assertThat(corp.prefixListName()).isEqualTo("corp-offices");
        assertThat(corp.cidrs()).containsExactly(Cidr.parse("198.51.100.0/24"));
        assertThat(corp.awsManaged()).isFalse();
        assertThat(doc.get("pl-vendors", PrefixList.class).cidrs()).containsExactly(Cidr.parse("192.0.2.0/24"));
        assertThat(doc.get("pl-cf", PrefixList.class).awsManaged()).isTrue();
    }
}
