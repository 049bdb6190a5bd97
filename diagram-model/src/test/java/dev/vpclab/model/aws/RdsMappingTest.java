package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NetworkInterface;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database's addresses come from the interfaces RDS made for it in its subnet group. */
class RdsMappingTest {

    @TempDir
    Path dir;

    private static final String DB = """
            {"DBInstances": [{"DBInstanceIdentifier": "orders", "DBInstanceClass": "db.r6g.large", "Engine": "postgres",
              "DBInstanceStatus": "%s", "AvailabilityZone": "us-east-1a", "SecondaryAvailabilityZone": "us-east-1b",
              "MultiAZ": true, "PubliclyAccessible": false,
              "Endpoint": {"Address": "orders.abc.us-east-1.rds.amazonaws.com", "Port": 5432},
              "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-db", "Status": "active"}],
              "DBSubnetGroup": {"DBSubnetGroupName": "db", "VpcId": "vpc-1", "Subnets": [
                {"SubnetIdentifier": "subnet-a", "SubnetAvailabilityZone": {"Name": "us-east-1a"}},
                {"SubnetIdentifier": "subnet-b", "SubnetAvailabilityZone": {"Name": "us-east-1b"}}]},
              "TagList": [{"Key": "Name", "Value": "orders-db"}]}]}
            """;

    private SnapshotFolder folder(String status) {
        return new SnapshotFolder(dir).write("Vpcs.json", SnapshotFolder.VPC).write("Subnets.json", SnapshotFolder.SUBNETS)
                .write("SecurityGroups.json", "{\"SecurityGroups\": [{\"GroupId\": \"sg-db\", \"VpcId\": \"vpc-1\"},"
                        + " {\"GroupId\": \"sg-other\", \"VpcId\": \"vpc-1\"}]}")
                .write("RdsInstances.json", DB.formatted(status));
    }

    @Test
    void primaryAndStandbyTakeTheAddressesOfTheRdsInterfacesOfTheirZones() throws AwsImportException {
        Document doc = folder("available").write("NetworkInterfaces.json", """
                {"NetworkInterfaces": [
                  {"NetworkInterfaceId": "eni-other-db", "SubnetId": "subnet-a", "VpcId": "vpc-1", "InterfaceType": "interface",
                   "Description": "RDSNetworkInterface", "RequesterId": "amazon-rds", "RequesterManaged": true,
                   "PrivateIpAddress": "10.0.1.30", "Groups": [{"GroupId": "sg-other"}]},
                  {"NetworkInterfaceId": "eni-db-a", "SubnetId": "subnet-a", "VpcId": "vpc-1", "InterfaceType": "interface",
                   "Description": "RDSNetworkInterface", "RequesterId": "amazon-rds", "RequesterManaged": true,
                   "PrivateIpAddress": "10.0.1.31", "Groups": [{"GroupId": "sg-db"}]},
                  {"NetworkInterfaceId": "eni-db-b", "SubnetId": "subnet-b", "VpcId": "vpc-1", "InterfaceType": "interface",
                   "Description": "RDSNetworkInterface", "RequesterId": "amazon-rds", "RequesterManaged": true,
                   "PrivateIpAddress": "10.0.2.31", "Groups": [{"GroupId": "sg-db"}]}]}
                """).importIt().document();

        DbInstance db = doc.get("orders", DbInstance.class);
        assertThat(db.name()).isEqualTo("orders-db");
        assertThat(db.engine()).isEqualTo("postgres");
        assertThat(db.port()).isEqualTo(5432);
        assertThat(db.multiAz()).isTrue();
        assertThat(db.primarySubnetId()).isEqualTo("subnet-a");
        assertThat(db.primaryAddress()).as("the interface with the database's group").isEqualTo(Ipv4Address.parse("10.0.1.31"));
        assertThat(db.standbySubnetId()).isEqualTo("subnet-b");
        assertThat(db.standbyAddress()).isEqualTo(Ipv4Address.parse("10.0.2.31"));
        assertThat(db.securityGroupIds()).containsExactly("sg-db");
        assertThat(db.state()).isEqualTo(LifecycleState.AVAILABLE);
        assertThat(doc.all(NetworkInterface.class)).as("RDS interfaces are part of the database").isEmpty();
    }

    @Test
    void withoutRdsInterfacesBothAddressesArePickedAndReported() throws AwsImportException {
        ImportResult result = folder("stopped").write("NetworkInterfaces.json", """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-app", "SubnetId": "subnet-a", "PrivateIpAddress": "10.0.1.4"}]}
                """).importIt();

        DbInstance db = result.document().get("orders", DbInstance.class);
        assertThat(db.primaryAddress()).isEqualTo(Ipv4Address.parse("10.0.1.5"));
        assertThat(db.standbyAddress()).isEqualTo(Ipv4Address.parse("10.0.2.4"));
        assertThat(db.state()).isEqualTo(LifecycleState.STOPPED);
        assertThat(SnapshotFolder.warnings(result, "aws.db.addressGuessed"))
                .containsExactly(List.of("orders", "subnet-a", "10.0.1.5"), List.of("orders", "subnet-b", "10.0.2.4"));
    }
}
