package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetRegistration;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Concrete values of Batfish's AWS snapshots, checked against the JSON files themselves. */
class BatfishSnapshotsTest {

    private static ImportResult importing(Path snapshot) throws AwsImportException {
        return AwsImporter.importFolder(snapshot);
    }

    private static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    private static List<String> keys(ImportResult result) {
        return result.warnings().stream().map(w -> w.message().key()).toList();
    }

    @Test
    void publicSubnetInstanceHasItsPrivateAndAutoAssignedPublicAddress() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-public-subnet")).document();

        Instance instance = doc.get("i-06669a407b2ef3ae5", Instance.class);
        assertThat(instance.state()).isEqualTo(Instance.State.RUNNING);
        assertThat(instance.subnetId()).isEqualTo("subnet-0bb82ae8b3ea5dc78");
        NetworkInterface eni = doc.primaryInterface(instance.id()).orElseThrow();
        assertThat(eni.id()).isEqualTo("eni-00064850627e198ee");
        assertThat(eni.privateIps()).containsExactly(ip("10.0.0.91"));
        assertThat(eni.publicIp()).isEqualTo(ip("18.216.80.133"));
        assertThat(eni.securityGroupIds()).containsExactly("sg-09ccba6656672061b");
        assertThat(doc.elasticIpsOf(eni.id())).isEmpty();

        Subnet subnet = doc.get("subnet-0bb82ae8b3ea5dc78", Subnet.class);
        RouteTable table = doc.routeTableOf(subnet).orElseThrow();
        assertThat(table.id()).isEqualTo("rtb-0489000c9e6c299e8");
        assertThat(table.routes()).containsExactly(Route.to(Cidr.parse("10.0.0.0/16"), Route.LOCAL),
                Route.to(Cidr.ALL, "igw-0a409e562d251f766"));
        assertThat(doc.get("igw-0a409e562d251f766", InternetGateway.class).vpcId()).isEqualTo("vpc-0672bce73895d7252");
        assertThat(doc.get("vpc-0672bce73895d7252", Vpc.class).regionId()).isEqualTo("us-east-2");
        assertThat(doc.all(Region.class)).extracting(Region::id).containsExactly("us-east-2");
        assertThat(doc.all(AvailabilityZone.class)).extracting(AvailabilityZone::id)
                .containsExactly("us-east-2a", "us-east-2b", "us-east-2c");
    }

    @Test
    void theImplicitDenyRulesOfNetworkAclsAreNotStored() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-subnet")).document();

        NetworkAcl acl = doc.get("acl-07102431133dec52a", NetworkAcl.class);
        assertThat(acl.isDefault()).isTrue();
        assertThat(acl.entries()).hasSize(2).allSatisfy(e -> assertThat(e.ruleNumber()).isEqualTo(100));
        assertThat(doc.all(NetworkAcl.class)).flatExtracting(NetworkAcl::entries)
                .noneMatch(e -> e.ruleNumber() == NetworkAclMapper.IMPLICIT_DENY);
    }

    @Test
    void natGatewayGetsItsPrivateAddressAndItsElasticIpButNoInterface() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-nat-gateway")).document();

        NatGateway nat = doc.get("nat-07ab4846da51f4612", NatGateway.class);
        assertThat(nat.privateIp()).isEqualTo(ip("10.1.250.210"));
        assertThat(nat.subnetId()).isEqualTo("subnet-0428892a357fa1f94");
        assertThat(nat.state()).isEqualTo(LifecycleState.AVAILABLE);
        assertThat(nat.connectivityType()).isEqualTo(NatGateway.Connectivity.PUBLIC);
        assertThat(doc.elasticIpsOf(nat.id())).singleElement().satisfies(eip -> {
            assertThat(eip.id()).isEqualTo("eipalloc-0353e2d101e93f4a1");
            assertThat(eip.publicIp()).isEqualTo(ip("3.135.127.225"));
        });
        assertThat(doc.contains("eni-017aaec115610308a")).as("the NAT gateway's own interface").isFalse();
        assertThat(doc.get("rtb-02fe228b42de92a7c", RouteTable.class).routes())
                .contains(Route.to(Cidr.ALL, "nat-07ab4846da51f4612"));
        assertThat(doc.get("i-0a128d26e59be60f3", Instance.class).subnetId()).isEqualTo("subnet-06f469bcee42e408e");

        Subnet natSubnet = doc.get("subnet-0428892a357fa1f94", Subnet.class);
        Subnet privateSubnet = doc.get("subnet-06f469bcee42e408e", Subnet.class);
        assertThat(natSubnet.networkAclId()).isEqualTo("acl-0792adae678b88f85");
        assertThat(privateSubnet.networkAclId()).as("the default ACL is no explicit association").isNull();
        assertThat(doc.networkAclOf(privateSubnet).orElseThrow().id()).isEqualTo("acl-0380e24eb934b075e");
    }

    @Test
    void networkLoadBalancerNodesAndTargetsComeFromItsInterfacesAndTargetHealth() throws AwsImportException {
        ImportResult result = importing(Snapshots.representation("test-load-balancer"));
        Document doc = result.document();
        String arn = "arn:aws:elasticloadbalancing:us-east-2:554773406868:loadbalancer/net/test-lb/725b996cb6be8fba";

        LoadBalancer lb = doc.get(arn, LoadBalancer.class);
        assertThat(lb.name()).isEqualTo("test-lb");
        assertThat(lb.type()).isEqualTo(LoadBalancer.Type.NETWORK);
        assertThat(lb.scheme()).isEqualTo(LoadBalancer.Scheme.INTERNAL);
        assertThat(lb.subnetIds()).containsExactly("subnet-0873d71031a560a88", "subnet-090fe152cd18ced20");
        assertThat(lb.nodeAddresses()).isEqualTo(Map.of("subnet-0873d71031a560a88", ip("10.1.20.123"),
                "subnet-090fe152cd18ced20", ip("10.1.1.237")));
        assertThat(lb.nodePublicAddresses()).isEmpty();
        assertThat(lb.crossZone()).as("load_balancing.cross_zone.enabled = true").isTrue();
        assertThat(lb.dnsName()).isEqualTo("test-lb-725b996cb6be8fba.elb.us-east-2.amazonaws.com");
        assertThat(doc.contains("eni-01f261dccaba46564")).isFalse();
        assertThat(doc.contains("eni-0c82d6f7254ae6695")).isFalse();

        String tgArn = "arn:aws:elasticloadbalancing:us-east-2:554773406868:targetgroup/test-lb-tg/8e891d8fcdf8ece8";
        TargetGroup tg = doc.get(tgArn, TargetGroup.class);
        assertThat(tg.protocol()).isEqualTo(Listener.ListenerProtocol.TCP);
        assertThat(tg.port()).isEqualTo(80);
        assertThat(tg.healthCheck().healthyThreshold()).isEqualTo(3);
        assertThat(tg.healthCheck().timeoutSeconds()).isEqualTo(10);
        assertThat(tg.targets()).containsExactly(
                new TargetRegistration("i-0f4af951d61a19245", 22, null, TargetHealth.HEALTHY),
                new TargetRegistration("i-055b0db7be365202c", 22, null, TargetHealth.HEALTHY));

        Listener listener = doc.all(Listener.class).get(0);
        assertThat(listener.loadBalancerId()).isEqualTo(arn);
        assertThat(listener.port()).isEqualTo(80);
        assertThat(listener.defaultActions()).containsExactly(ListenerAction.Forward.to(tgArn));
        assertThat(keys(result)).contains("aws.reference.dropped");
        assertThat(doc.all(TargetGroup.class)).as("the groups of a VPC outside the snapshot are left out").hasSize(1);
    }

    @Test
    void databaseWithoutItsRdsInterfaceGetsAFreeAddressInItsPrimarySubnet() throws AwsImportException {
        ImportResult result = importing(Snapshots.representation("test"));
        Document doc = result.document();

        DbInstance db = doc.get("test-rds", DbInstance.class);
        Subnet primary = doc.get(db.primarySubnetId(), Subnet.class);
        assertThat(db.subnetIds()).containsExactly("subnet-073b8061", "subnet-1f315846").contains(primary.id());
        assertThat(primary.cidr().contains(db.primaryAddress())).isTrue();
        assertThat(primary.isReserved(db.primaryAddress())).isFalse();
        assertThat(doc.interfacesIn(primary.id())).noneMatch(e -> e.privateIps().contains(db.primaryAddress()));
        assertThat(db.port()).isEqualTo(3306);
        assertThat(db.engine()).isEqualTo("mysql");
        assertThat(db.endpointAddress()).isEqualTo("test-rds.us-west-2.rds.amazonaws.com");
        assertThat(db.publiclyAccessible()).isTrue();
        assertThat(db.securityGroupIds()).containsExactly("sg-0de0ddfa8a5a45810");
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.message().key()).isEqualTo("aws.db.addressGuessed");
            assertThat(w.message().args()).containsExactly("test-rds", primary.id(), db.primaryAddress().toString());
        });
    }

    @Test
    void hybridCloudHasFourVpcsTenSubnetsThreeInternetGatewaysAndOneVpn() throws AwsImportException {
        ImportResult result = importing(Snapshots.hybridCloud());
        Document doc = result.document();

        assertThat(doc.all(Vpc.class)).hasSize(4);
        assertThat(doc.all(Subnet.class)).hasSize(10);
        assertThat(doc.all(InternetGateway.class)).hasSize(3).allSatisfy(g -> assertThat(g.vpcId()).isNotNull());
        assertThat(doc.all(VirtualPrivateGateway.class)).singleElement().satisfies(vgw -> {
            assertThat(vgw.id()).isEqualTo("vgw-81fd279f");
            assertThat(vgw.vpcId()).isEqualTo("vpc-815775e7");
            assertThat(vgw.amazonSideAsn()).isEqualTo(65401);
        });
        assertThat(doc.all(OnPremisesNetwork.class)).singleElement().satisfies(onPrem -> {
            assertThat(onPrem.vpnConnectionId()).isEqualTo("vpn-ba2e34a8");
            assertThat(onPrem.name()).isEqualTo("GNS3-BGP-Test");
            assertThat(onPrem.gatewayId()).isEqualTo("vgw-81fd279f");
            assertThat(onPrem.customerGatewayIp()).isEqualTo(ip("147.75.69.27"));
            assertThat(onPrem.staticRouting()).isFalse();
            assertThat(onPrem.cidrs()).extracting(Cidr::toString)
                    .containsExactly("10.1.1.0/24", "10.1.2.0/24", "10.1.3.0/24", "10.1.4.0/24");
        });
        RouteTable gns3 = doc.get("rtb-296bf350", RouteTable.class);
        assertThat(gns3.main()).isTrue();
        assertThat(gns3.propagatingGatewayIds()).containsExactly("vgw-81fd279f");
        assertThat(gns3.routes()).filteredOn(r -> r.target().equals("vgw-81fd279f"))
                .hasSize(5).allSatisfy(r -> assertThat(r.origin()).isEqualTo(RouteOrigin.PROPAGATED));
        assertThat(doc.all(Instance.class)).hasSize(4)
                .allSatisfy(i -> assertThat(i.state()).isEqualTo(Instance.State.STOPPED));
        assertThat(doc.get("eni-297b5c07", NetworkInterface.class).deviceIndex()).isEqualTo(1);
        assertThat(doc.all(DbInstance.class)).extracting(DbInstance::id).containsExactly("test-rds");
        assertThat(doc.get("eipalloc-c0da79fd", ElasticIp.class).associatedResourceId()).isNull();
        assertThat(keys(result)).contains("aws.skipped.dhcpOptions", "aws.skipped.elasticsearch", "aws.skipped.tags",
                "aws.skipped.classicLink", "aws.vpn.blocksFromBgp");
        assertThat(keys(result)).filteredOn("aws.skipped.dhcpOptions"::equals).hasSize(1);
    }

    @Test
    void transitGatewayAttachmentsAreAssociatedAndPropagateIntoTheDefaultTable() throws AwsImportException {
        ImportResult result = importing(Snapshots.representation("test-transit-gateway"));
        Document doc = result.document();

        assertThat(doc.all(TransitGateway.class)).singleElement()
                .satisfies(t -> assertThat(t.id()).isEqualTo("tgw-044be4464fcc69aff"));
        TransitGatewayRouteTable table = doc.get("tgw-rtb-0fa40c8df355dce6e", TransitGatewayRouteTable.class);
        assertThat(table.propagatingAttachmentIds())
                .containsExactly("tgw-attach-07f5ec59e9f540021", "tgw-attach-0ae2696617bb06fb4");
        assertThat(table.routes()).isEmpty();
        assertThat(doc.all(TransitGatewayAttachment.class)).hasSize(2).allSatisfy(a -> {
            assertThat(a.resourceType()).isEqualTo(TransitGatewayAttachment.AttachmentType.VPC);
            assertThat(a.routeTableId()).isEqualTo(table.id());
        });
        assertThat(doc.get("tgw-attach-07f5ec59e9f540021", TransitGatewayAttachment.class).subnetIds())
                .containsExactly("subnet-006a19c846f047bd7");
        assertThat(doc.get("rtb-017c36290c9baf017", RouteTable.class).routes())
                .contains(Route.to(Cidr.parse("10.10.0.0/16"), "tgw-044be4464fcc69aff"));
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.message().key()).isEqualTo("aws.tgw.vpnMissing");
            assertThat(w.message().args()).containsExactly("tgw-attach-0d724909ecd7a5961", "vpn-034885b776a3f8a80");
        });
    }

    @Test
    void multiTableTransitGatewayCrossesAssociationsAndPropagations() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-transit-gateway-multi-table")).document();

        assertThat(doc.get("tgw-attach-07f5ec59e9f540021", TransitGatewayAttachment.class).routeTableId())
                .isEqualTo("tgw-rtb-0fa40c8df355dce6e");
        assertThat(doc.get("tgw-attach-0ae2696617bb06fb4", TransitGatewayAttachment.class).routeTableId())
                .isEqualTo("tgw-rtb-096a7119299ab1c42");
        assertThat(doc.get("tgw-rtb-096a7119299ab1c42", TransitGatewayRouteTable.class).propagatingAttachmentIds())
                .containsExactly("tgw-attach-07f5ec59e9f540021");
        assertThat(doc.get("tgw-rtb-0fa40c8df355dce6e", TransitGatewayRouteTable.class).propagatingAttachmentIds())
                .containsExactly("tgw-attach-0ae2696617bb06fb4");
    }

    @Test
    void peeringAttachmentSeenFromBothTransitGatewaysBecomesOneAttachmentPerSide() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-transit-gateway-peering")).document();

        TransitGatewayAttachment east = doc.get("tgw-attach-012e5d602f859dd80", TransitGatewayAttachment.class);
        TransitGatewayAttachment west = doc.get("tgw-attach-012e5d602f859dd80@tgw-03201f1960ddb0c25", TransitGatewayAttachment.class);
        assertThat(east.resourceType()).isEqualTo(TransitGatewayAttachment.AttachmentType.PEERING);
        assertThat(east.transitGatewayId()).isEqualTo("tgw-0e20010ebf43d07a2");
        assertThat(east.resourceId()).isEqualTo("tgw-03201f1960ddb0c25");
        assertThat(east.routeTableId()).isEqualTo("tgw-rtb-05d2952671d1f460a");
        assertThat(west.transitGatewayId()).isEqualTo("tgw-03201f1960ddb0c25");
        assertThat(west.resourceId()).isEqualTo("tgw-0e20010ebf43d07a2");
        assertThat(west.routeTableId()).isEqualTo("tgw-rtb-00be87593fb2cd0ae");
        assertThat(doc.get("tgw-rtb-018a5e572ec3088d1", TransitGatewayRouteTable.class).routes()).extracting(r -> r.destination()
                + " " + r.attachmentId() + " " + r.origin()).containsExactly("192.168.0.0/16 tgw-attach-012e5d602f859dd80 STATIC");
        assertThat(doc.get("tgw-rtb-00be87593fb2cd0ae", TransitGatewayRouteTable.class).routes()).extracting(r -> r.destination()
                + " " + r.attachmentId()).containsExactly("10.20.0.0/16 tgw-attach-012e5d602f859dd80@tgw-03201f1960ddb0c25");
        assertThat(doc.get("tgw-03201f1960ddb0c25", TransitGateway.class).regionId()).isEqualTo("us-west-1");
        assertThat(doc.get("tgw-0e20010ebf43d07a2", TransitGateway.class).regionId()).isEqualTo("us-east-1");
    }

    @Test
    void sharedTransitGatewayOfTwoAccountsIsMergedIntoOne() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-transit-gateway-multi-account")).document();

        assertThat(doc.all(TransitGateway.class)).hasSize(1);
        assertThat(doc.all(TransitGatewayAttachment.class)).hasSize(2)
                .allSatisfy(a -> assertThat(a.routeTableId()).isEqualTo("tgw-rtb-0b2c8eeefcf19371b"));
        assertThat(doc.get("tgw-rtb-0b2c8eeefcf19371b", TransitGatewayRouteTable.class).propagatingAttachmentIds())
                .containsExactlyInAnyOrder("tgw-attach-0f832eb2ca4a975a4", "tgw-attach-0f8397dbb9b9bce0d");
        assertThat(doc.all(Vpc.class)).extracting(Vpc::id).contains("vpc-04048d4bfba9c2289", "vpc-08287a9084472b276");
    }

    @Test
    void gatewayEndpointServesItsRouteTablesThroughTheServicePrefixList() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-vpc-endpoint-gateway")).document();

        VpcEndpoint endpoint = doc.get("vpce-0b7357542bb7b83ec", VpcEndpoint.class);
        assertThat(endpoint.type()).isEqualTo(VpcEndpoint.EndpointType.GATEWAY);
        assertThat(endpoint.prefixListId()).isEqualTo("pl-63a5400a");
        assertThat(endpoint.routeTableIds()).containsExactly("rtb-04f71fc2caa8d94cf", "rtb-0efde4139784b75b0");
        assertThat(doc.get("rtb-0efde4139784b75b0", RouteTable.class).routes())
                .contains(new Route(null, "pl-63a5400a", "vpce-0b7357542bb7b83ec", RouteOrigin.ENDPOINT));
        assertThat(doc.get("pl-63a5400a", dev.vpclab.model.resource.PrefixList.class).cidrs())
                .contains(Cidr.parse("52.216.0.0/15"));
    }

    @Test
    void interfaceEndpointTakesTheAddressOfItsInterface() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-vpc-endpoint-interface")).document();

        VpcEndpoint endpoint = doc.get("vpce-083c683a6be29b889", VpcEndpoint.class);
        assertThat(endpoint.type()).isEqualTo(VpcEndpoint.EndpointType.INTERFACE);
        assertThat(endpoint.addresses()).isEqualTo(Map.of("subnet-0bb8615d8368ece31", ip("10.1.101.97")));
        assertThat(endpoint.securityGroupIds()).containsExactly("sg-0973207c61f3466e1");
        assertThat(endpoint.privateDnsEnabled()).isTrue();
        assertThat(doc.contains("eni-0084b734451ba23ca")).isFalse();
        assertThat(doc.contains("eni-049c6a0839a3348e8")).isTrue();
    }

    @Test
    void peeringConnectionsAndTheirBlackholeNeighbourKeepTheirTargets() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-vpc-peering")).document();

        VpcPeeringConnection ab = doc.get("pcx-0b89b559e3319d6cf", VpcPeeringConnection.class);
        assertThat(ab.status()).isEqualTo(VpcPeeringConnection.Status.ACTIVE);
        assertThat(ab.name()).isEqualTo("A-B");
        assertThat(ab.requesterVpcId()).isEqualTo("vpc-0404e08ceddf7f650");
        assertThat(ab.accepterVpcId()).isEqualTo("vpc-00a31ce9d0c06675c");
        assertThat(doc.get("rtb-017c36290c9baf017", RouteTable.class).routes())
                .contains(Route.to(Cidr.ALL, "igw-0a2c9ae201b441bff"), Route.to(Cidr.parse("10.10.0.0/16"), "pcx-0b89b559e3319d6cf"));
        assertThat(doc.get("vpc-00a31ce9d0c06675c", Vpc.class).cidrBlocks())
                .as("the disassociated block is not kept").containsExactly(Cidr.parse("192.168.0.0/16"));
    }

    @Test
    void vpnGatewayConnectionEndsAtItsCustomerGatewayAndDeletedOnesAreSkipped() throws AwsImportException {
        ImportResult result = importing(Snapshots.representation("test-vpn-gateway"));
        Document doc = result.document();

        assertThat(doc.all(OnPremisesNetwork.class)).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(VpnMapper.onPremisesId("vpn-03701a53bba3c48b7"));
            assertThat(o.name()).isEqualTo("on-prem vpn-03701a53bba3c48b7");
            assertThat(o.gatewayId()).isEqualTo("vgw-0c09bd7fadac961bf");
            assertThat(o.customerGatewayIp()).isEqualTo(ip("1.1.1.2"));
        });
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message().args()).containsExactly("vpn-05044757278685fd3", "deleted"));
    }

    @Test
    void accountsAndRegionFoldersGiveEachVpcItsRegion() throws AwsImportException {
        Document doc = importing(Snapshots.representation("test-multi-account")).document();

        assertThat(doc.all(Vpc.class)).extracting(Vpc::regionId).containsExactlyInAnyOrder("us-west-1", "us-west-2");
        assertThat(doc.all(Region.class)).extracting(Region::id).containsExactly("us-west-1", "us-west-2");
    }

    @Test
    void fileNamesWithARegionSuffixNameTheRegion() throws AwsImportException {
        Path rig = Snapshots.root().resolve(
                "projects/batfish/src/test/resources/org/batfish/grammar/aws/testrigs/ipsec-vpn-host-aws-cisco/aws_configs");
        Document doc = importing(rig).document();

        assertThat(doc.all(Vpc.class)).isNotEmpty().allSatisfy(v -> assertThat(v.regionId()).isEqualTo("us-west-2"));
        assertThat(doc.all(OnPremisesNetwork.class)).singleElement()
                .satisfies(o -> assertThat(o.customerGatewayIp()).isEqualTo(ip("4.4.4.27")));
    }
}
