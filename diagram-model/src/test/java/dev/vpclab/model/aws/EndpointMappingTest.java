package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.VpcEndpoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VPC endpoints whose interfaces or prefix lists were not exported. */
class EndpointMappingTest {

    @TempDir
    Path dir;

    @Test
    void endpointsWithoutTheirInterfacesOrPrefixListsAreStillUsableAndSaySo() throws AwsImportException {
        ImportResult result = new SnapshotFolder(dir).write("Vpcs.json", SnapshotFolder.VPC).write("Subnets.json", SnapshotFolder.SUBNETS)
                .write("RouteTables.json", """
                        {"RouteTables": [{"RouteTableId": "rtb-1", "VpcId": "vpc-1", "Associations": [],
                          "Routes": [{"DestinationPrefixListId": "pl-ddb", "GatewayId": "vpce-ddb", "Origin": "CreateRoute",
                                      "State": "active"}]}]}
                        """)
                .write("VpcEndpoints.json", """
                        {"VpcEndpoints": [
                          {"VpcEndpointId": "vpce-ssm", "VpcEndpointType": "Interface", "VpcId": "vpc-1",
                           "ServiceName": "com.amazonaws.us-east-1.ssm", "State": "pendingAcceptance",
                           "SubnetIds": ["subnet-a", "subnet-b"], "NetworkInterfaceIds": ["eni-missing-1", "eni-missing-2"],
                           "Groups": [], "PrivateDnsEnabled": true, "RouteTableIds": []},
                          {"VpcEndpointId": "vpce-ddb", "VpcEndpointType": "Gateway", "VpcId": "vpc-1",
                           "ServiceName": "com.amazonaws.us-east-1.dynamodb", "State": "available", "RouteTableIds": ["rtb-1"]},
                          {"VpcEndpointId": "vpce-s3", "VpcEndpointType": "Gateway", "VpcId": "vpc-1",
                           "ServiceName": "com.amazonaws.us-east-1.s3", "State": "available", "RouteTableIds": []}]}
                        """).importIt();

        VpcEndpoint ssm = result.document().get("vpce-ssm", VpcEndpoint.class);
        assertThat(ssm.addresses()).isEqualTo(Map.of("subnet-a", Ipv4Address.parse("10.0.1.4"), "subnet-b", Ipv4Address.parse("10.0.2.4")));
        assertThat(ssm.state()).isEqualTo(LifecycleState.PENDING);
        assertThat(SnapshotFolder.warnings(result, "aws.endpoint.addressGuessed"))
                .containsExactly(List.of("vpce-ssm", "subnet-a", "10.0.1.4"), List.of("vpce-ssm", "subnet-b", "10.0.2.4"));
        assertThat(result.document().get("vpce-ddb", VpcEndpoint.class).prefixListId()).isEqualTo("pl-ddb");
        assertThat(SnapshotFolder.warnings(result, "aws.endpoint.prefixListNotListed"))
                .containsExactly(List.of("vpce-ddb", "com.amazonaws.us-east-1.dynamodb", "pl-ddb"));
        assertThat(result.document().get("vpce-s3", VpcEndpoint.class).prefixListId()).isNull();
        assertThat(SnapshotFolder.warnings(result, "aws.endpoint.noPrefixList"))
                .containsExactly(List.of("vpce-s3", "com.amazonaws.us-east-1.s3"));
    }
}
