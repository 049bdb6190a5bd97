package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot that names things it does not hold still gives a consistent document, with a warning per step. */
class DanglingReferencesTest {

    @TempDir
    Path dir;

    private ImportResult importSnapshot() throws AwsImportException {
        return new SnapshotFolder(dir).write("us-east-1/Vpcs.json", SnapshotFolder.VPC)
                .write("us-east-1/Subnets.json", """
                        {"Subnets": [
                          {"SubnetId": "subnet-a", "VpcId": "vpc-1", "AvailabilityZone": "us-east-1a", "CidrBlock": "10.0.1.0/24"},
                          {"SubnetId": "subnet-orphan", "VpcId": "vpc-of-another-account", "AvailabilityZone": "us-east-1a",
                           "CidrBlock": "172.16.0.0/24"}]}
                        """)
                .write("us-east-1/RouteTables.json", """
                        {"RouteTables": [{"RouteTableId": "rtb-shared", "VpcId": "vpc-of-another-account", "Routes": [],
                          "Associations": [{"Main": false, "SubnetId": "subnet-a", "RouteTableId": "rtb-shared"}]}]}
                        """)
                .write("us-east-1/InternetGateways.json", """
                        {"InternetGateways": [{"InternetGatewayId": "igw-1",
                          "Attachments": [{"State": "available", "VpcId": "vpc-gone"}]}]}
                        """)
                .write("us-east-1/SecurityGroups.json", """
                        {"SecurityGroups": [{"GroupId": "sg-1", "VpcId": "vpc-1", "GroupName": "web",
                          "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [],
                            "UserIdGroupPairs": [{"GroupId": "sg-peer", "UserId": "999999999999"}]}],
                          "IpPermissionsEgress": []}]}
                        """)
                .write("us-east-1/Reservations.json", """
                        {"Reservations": [{"Instances": [
                          {"InstanceId": "i-1", "SubnetId": "subnet-a", "State": {"Name": "running"},
                           "NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-a",
                             "PrivateIpAddress": "10.0.1.10", "Groups": [{"GroupId": "sg-1"}, {"GroupId": "sg-not-exported"}],
                             "Attachment": {"DeviceIndex": 0}}]},
                          {"InstanceId": "i-2", "SubnetId": "subnet-orphan", "State": {"Name": "running"},
                           "NetworkInterfaces": [{"NetworkInterfaceId": "eni-2", "SubnetId": "subnet-orphan",
                             "PrivateIpAddress": "172.16.0.10", "Attachment": {"DeviceIndex": 0}}]}]}]}
                        """)
                .write("us-east-1/Addresses.json", """
                        {"Addresses": [{"AllocationId": "eipalloc-1", "PublicIp": "203.0.113.5",
                          "NetworkInterfaceId": "eni-2", "PrivateIpAddress": "172.16.0.10"}]}
                        """)
                .write("us-east-1/TargetGroups.json", """
                        {"TargetGroups": [{"TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/abc",
                          "TargetGroupName": "web", "VpcId": "vpc-1", "Protocol": "HTTP", "Port": 80, "TargetType": "instance"}]}
                        """)
                .write("us-east-1/TargetHealth.json", """
                        {"LoadBalancerTargetHealth": [{"TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/abc",
                          "TargetHealthDescriptions": [
                            {"Target": {"Id": "i-1", "Port": 80}, "TargetHealth": {"State": "healthy"}},
                            {"Target": {"Id": "i-terminated", "Port": 80}, "TargetHealth": {"State": "unused"}}]}]}
                        """)
                .importIt();
    }

    @Test
    void whatCannotExistWithoutTheMissingResourceIsLeftOutNamingBothIds() throws AwsImportException {
        ImportResult result = importSnapshot();
        Document doc = result.document();

        assertThat(doc.contains("subnet-orphan")).isFalse();
        assertThat(doc.contains("rtb-shared")).isFalse();
        assertThat(doc.contains("i-2")).as("its subnet was left out").isFalse();
        assertThat(doc.contains("eni-2")).isFalse();
        assertThat(SnapshotFolder.warnings(result, "aws.reference.dropped")).contains(
                List.of("Subnet", "subnet-orphan", "vpcId", "vpc-of-another-account"),
                List.of("RouteTable", "rtb-shared", "vpcId", "vpc-of-another-account"),
                List.of("Instance", "i-2", "subnetId", "subnet-orphan"),
                List.of("NetworkInterface", "eni-2", "subnetId", "subnet-orphan"));
    }

    @Test
    void referencesTheResourceCanLiveWithoutAreDropped() throws AwsImportException {
        ImportResult result = importSnapshot();
        Document doc = result.document();

        assertThat(doc.get("subnet-a", Subnet.class).routeTableId()).isNull();
        assertThat(doc.get("igw-1", InternetGateway.class).vpcId()).isNull();
        assertThat(doc.get("eni-1", NetworkInterface.class).securityGroupIds()).containsExactly("sg-1");
        assertThat(doc.get("eipalloc-1", ElasticIp.class).associatedResourceId()).isNull();
        assertThat(doc.get("arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/abc", TargetGroup.class).targets())
                .extracting(t -> t.targetId()).containsExactly("i-1");
        assertThat(SnapshotFolder.warnings(result, "aws.reference.cleared")).contains(
                List.of("Subnet", "subnet-a", "routeTableId", "rtb-shared"),
                List.of("InternetGateway", "igw-1", "vpcId", "vpc-gone"),
                List.of("NetworkInterface", "eni-1", "securityGroupIds[1]", "sg-not-exported"),
                List.of("ElasticIp", "eipalloc-1", "associatedResourceId", "eni-2"),
                List.of("TargetGroup", "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/abc", "targets[1].targetId",
                        "i-terminated"));
    }

    @Test
    void aGroupOfAnotherAccountStaysAsTheRuleSourceAsAwsKeepsIt() throws AwsImportException {
        Document doc = importSnapshot().document();

        assertThat(doc.get("sg-1", SecurityGroup.class).ingress()).singleElement()
                .satisfies(r -> assertThat(r.peer()).isEqualTo(RulePeer.group("sg-peer")));
    }

    @Test
    void everyCascadeAndClearReferenceOfTheResultResolves() throws AwsImportException {
        Document doc = importSnapshot().document();

        for (Resource r : doc.all()) {
            for (Reference ref : References.of(r)) {
                if (ref.onDelete() != Reference.OnDelete.KEEP) {
                    assertThat(doc.contains(ref.targetId())).as(r.id() + "." + ref.field()).isTrue();
                }
            }
        }
    }
}
