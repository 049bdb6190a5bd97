package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRoute;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw transit gateway CLI output, whose route and association lists do not name their table. */
class TransitGatewayMappingTest {

    @TempDir
    Path dir;

    private ImportResult result;
    private Document doc;

    @BeforeEach
    void importIt() throws AwsImportException {
        result = new SnapshotFolder(dir).write("us-east-1/Vpcs.json", SnapshotFolder.VPC)
                .write("us-east-1/Subnets.json", SnapshotFolder.SUBNETS)
                .write("us-east-1/tgw.json", """
                        {"TransitGateways": [{"TransitGatewayId": "tgw-1", "State": "available",
                          "Options": {"AmazonSideAsn": 64600}}],
                         "TransitGatewayRouteTables": [
                          {"TransitGatewayRouteTableId": "tgw-rtb-spoke", "TransitGatewayId": "tgw-1", "State": "available"},
                          {"TransitGatewayRouteTableId": "tgw-rtb-vpn", "TransitGatewayId": "tgw-1", "State": "available",
                           "Tags": [{"Key": "Name", "Value": "onprem"}]}]}
                        """)
                .write("us-east-1/attachments.json", """
                        {"TransitGatewayVpcAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-vpc", "TransitGatewayId": "tgw-1",
                          "VpcId": "vpc-1", "SubnetIds": ["subnet-a", "subnet-b"], "State": "available",
                          "Options": {"ApplianceModeSupport": "enable"}}],
                         "TransitGatewayAttachments": [
                          {"TransitGatewayAttachmentId": "tgw-attach-vpc", "TransitGatewayId": "tgw-1", "ResourceType": "vpc",
                           "ResourceId": "vpc-1", "State": "available"},
                          {"TransitGatewayAttachmentId": "tgw-attach-vpn", "TransitGatewayId": "tgw-1", "ResourceType": "vpn",
                           "ResourceId": "vpn-1", "State": "pending",
                           "Association": {"TransitGatewayRouteTableId": "tgw-rtb-vpn", "State": "associated"}},
                          {"TransitGatewayAttachmentId": "tgw-attach-connect", "TransitGatewayId": "tgw-1", "ResourceType": "connect",
                           "ResourceId": "tgw-attach-vpc", "State": "available"}]}
                        """)
                .write("us-east-1/search-routes-tgw-rtb-spoke.json", """
                        {"Routes": [
                          {"DestinationCidrBlock": "10.0.0.0/16", "Type": "propagated", "State": "active",
                           "TransitGatewayAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-vpc", "ResourceType": "vpc",
                             "ResourceId": "vpc-1"}]},
                          {"DestinationCidrBlock": "192.168.0.0/16", "Type": "propagated", "State": "active",
                           "TransitGatewayAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-vpn", "ResourceType": "vpn",
                             "ResourceId": "vpn-1"}]},
                          {"DestinationCidrBlock": "10.99.0.0/16", "Type": "static", "State": "blackhole"},
                          {"PrefixListId": "pl-1", "Type": "static", "State": "active",
                           "TransitGatewayAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-vpc"}]}],
                         "AdditionalRoutesAvailable": false}
                        """)
                .write("us-east-1/associations-tgw-rtb-spoke.json", """
                        {"Associations": [{"TransitGatewayAttachmentId": "tgw-attach-vpc", "ResourceId": "vpc-1",
                          "ResourceType": "vpc", "State": "associated"}]}
                        """)
                .write("us-east-1/propagations.json", """
                        {"TransitGatewayPropagations": [
                          {"TransitGatewayRouteTableId": "tgw-rtb-spoke", "TransitGatewayRouteTablePropagations": [
                            {"TransitGatewayAttachmentId": "tgw-attach-vpc", "State": "enabled"},
                            {"TransitGatewayAttachmentId": "tgw-attach-vpn", "State": "enabled"}]},
                          {"TransitGatewayRouteTableId": "tgw-rtb-vpn", "TransitGatewayRouteTablePropagations": [
                            {"TransitGatewayAttachmentId": "tgw-attach-vpc", "State": "disabled"}]}]}
                        """)
                .write("us-east-1/vpn.json", """
                        {"VpnConnections": [{"VpnConnectionId": "vpn-1", "TransitGatewayId": "tgw-1", "CustomerGatewayId": "cgw-1",
                          "State": "available", "Options": {"StaticRoutesOnly": false}, "Routes": []}],
                         "CustomerGateways": [{"CustomerGatewayId": "cgw-1", "IpAddress": "203.0.113.1", "BgpAsn": "65000"}]}
                        """)
                .importIt();
        doc = result.document();
    }

    @Test
    void routesWithoutTheirTableNameAreMatchedByTheFileName() {
        TransitGatewayRouteTable spoke = doc.get("tgw-rtb-spoke", TransitGatewayRouteTable.class);

        assertThat(spoke.routes()).containsExactly(
                new TransitGatewayRoute(Cidr.parse("10.0.0.0/16"), "tgw-attach-vpc", RouteOrigin.PROPAGATED),
                new TransitGatewayRoute(Cidr.parse("192.168.0.0/16"), "tgw-attach-vpn", RouteOrigin.PROPAGATED),
                new TransitGatewayRoute(Cidr.parse("10.99.0.0/16"), null, RouteOrigin.STATIC));
        assertThat(spoke.routes().get(2).isBlackhole()).isTrue();
        assertThat(spoke.propagatingAttachmentIds()).containsExactly("tgw-attach-vpc", "tgw-attach-vpn");
        assertThat(doc.get("tgw-rtb-vpn", TransitGatewayRouteTable.class).propagatingAttachmentIds()).isEmpty();
        assertThat(SnapshotFolder.warnings(result, "aws.tgw.prefixListRoute")).containsExactly(List.of("tgw-rtb-spoke", "pl-1"));
    }

    @Test
    void attachmentsMergeTheirRecordsAndKeepTheirAssociationAndState() {
        TransitGatewayAttachment vpc = doc.get("tgw-attach-vpc", TransitGatewayAttachment.class);
        assertThat(vpc.resourceType()).isEqualTo(TransitGatewayAttachment.AttachmentType.VPC);
        assertThat(vpc.subnetIds()).containsExactly("subnet-a", "subnet-b");
        assertThat(vpc.applianceMode()).isTrue();
        assertThat(vpc.routeTableId()).as("from the association list").isEqualTo("tgw-rtb-spoke");

        TransitGatewayAttachment vpn = doc.get("tgw-attach-vpn", TransitGatewayAttachment.class);
        assertThat(vpn.resourceType()).isEqualTo(TransitGatewayAttachment.AttachmentType.VPN);
        assertThat(vpn.resourceId()).isEqualTo(VpnMapper.onPremisesId("vpn-1"));
        assertThat(vpn.routeTableId()).isEqualTo("tgw-rtb-vpn");
        assertThat(vpn.state()).isEqualTo(LifecycleState.PENDING);
        assertThat(SnapshotFolder.warnings(result, "aws.tgw.unsupportedAttachment")).containsExactly(List.of("tgw-attach-connect", "connect"));
    }

    @Test
    void aBgpVpnOnATransitGatewayLearnsItsBlocksFromThePropagatedRoutes() {
        OnPremisesNetwork onPrem = doc.get(VpnMapper.onPremisesId("vpn-1"), OnPremisesNetwork.class);

        assertThat(onPrem.gatewayId()).isEqualTo("tgw-1");
        assertThat(onPrem.cidrs()).containsExactly(Cidr.parse("192.168.0.0/16"));
        assertThat(onPrem.customerGatewayIp().toString()).isEqualTo("203.0.113.1");
    }

    @Test
    void describeTransitGatewayPeeringAttachmentsGivesOneAttachmentPerSide(@TempDir Path other) throws AwsImportException {
        Document peered = new SnapshotFolder(other).write("us-east-1/tgw.json", """
                        {"TransitGateways": [{"TransitGatewayId": "tgw-east", "State": "available"}]}
                        """)
                .write("us-west-2/tgw.json", """
                        {"TransitGateways": [{"TransitGatewayId": "tgw-west", "State": "available"}]}
                        """)
                .write("us-east-1/peering.json", """
                        {"TransitGatewayPeeringAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-p",
                          "RequesterTgwInfo": {"TransitGatewayId": "tgw-east", "Region": "us-east-1"},
                          "AccepterTgwInfo": {"TransitGatewayId": "tgw-west", "Region": "us-west-2"},
                          "Status": {"Code": "available"}, "State": "available"}]}
                        """).importIt().document();

        assertThat(peered.all(TransitGatewayAttachment.class)).extracting(a -> a.id() + " " + a.transitGatewayId() + " "
                + a.resourceType() + " " + a.resourceId()).containsExactly(
                        "tgw-attach-p tgw-east PEERING tgw-west",
                        "tgw-attach-p@tgw-west tgw-west PEERING tgw-east");
    }
}
