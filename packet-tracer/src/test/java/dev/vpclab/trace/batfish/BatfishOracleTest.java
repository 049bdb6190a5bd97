package dev.vpclab.trace.batfish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.model.aws.AwsImporter;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import dev.vpclab.trace.Endpoints;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceRequest;
import dev.vpclab.trace.Tracer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of EXPECTED_TRACES.md (the oracle restated from Batfish's own tests, Apache-2.0) on its snapshot:
 * reachable or not, and the gateways on the forward path in order. Batfish names hops by device; we map its
 * gateway nodes (igw, nat, vgw, tgw, vpce; a peering appears in Batfish as the hop from one VPC router to the
 * other, here as the pcx) to our hop components, and a transit gateway's attachment and route-table hops to the
 * transit gateway they belong to. Batfish's dispositions map to verdicts: ACCEPTED and EXITS_NETWORK are
 * reachable; DENIED_IN, NULL_ROUTED, NO_ROUTE and NEIGHBOR_UNREACHABLE are not.
 */
class BatfishOracleTest {

    private static final Path DATA = Path.of("..", "diagram-model", "src", "test", "resources", "batfish-aws", "projects", "batfish",
            "src", "test", "resources", "org", "batfish", "representation", "aws");
    private static final Map<String, Network> NETWORKS = new HashMap<>();

    /**
     * One oracle row.
     *
     * @param dir snapshot directory
     * @param from source as the CLI takes it
     * @param to destination
     * @param port TCP port (0: the tracer's default)
     * @param reachable Batfish's verdict mapped to ours
     * @param gateways the gateways on the forward path, in order
     * @param code our explanation code for blocked rows, or null when any block code is acceptable
     */
    record Row(String dir, String from, String to, int port, boolean reachable, List<String> gateways, String code) {
        @Override
        public String toString() {
            return dir + ": " + from + " → " + to + (port > 0 ? " tcp:" + port : "");
        }
    }

    static Stream<Row> rows() {
        String sgDenied = "ENI_SG_RULES_MISMATCH";
        return Stream.of(
                // test-subnet: same subnet, no subnet hop; the destination's default SG admits only its own members
                new Row("test-subnet", "i-08ef86e76fceabd8d", "10.10.1.44", 0, false, List.of(), sgDenied),
                new Row("test-subnet", "i-08ef86e76fceabd8d", "10.10.0.1", 0, false, List.of(), "UNKNOWN_DESTINATION"),
                // test-public-subnet
                new Row("test-public-subnet", "8.8.8.8", "18.216.80.133", 80, false, List.of("igw-0a409e562d251f766"), sgDenied),
                new Row("test-public-subnet", "internet", "54.191.107.23", 0, false, List.of(), "UNKNOWN_DESTINATION"),
                new Row("test-public-subnet", "internet", "10.0.0.91", 0, false, List.of("igw-0a409e562d251f766"),
                        "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"),
                new Row("test-public-subnet", "i-06669a407b2ef3ae5", "8.8.8.8", 0, true, List.of("igw-0a409e562d251f766"), null),
                // test-nat-gateway
                new Row("test-nat-gateway", "i-0a128d26e59be60f3", "8.8.8.8", 80, true,
                        List.of("nat-07ab4846da51f4612", "igw-071753b9c23d8a9b2"), null),
                new Row("test-nat-gateway", "8.8.8.8", "3.135.127.225", 80, false,
                        List.of("igw-071753b9c23d8a9b2", "nat-07ab4846da51f4612"), "NGW_OUTBOUND_ONLY"),
                new Row("test-nat-gateway", "i-0b31b509174d7f5de", "10.1.250.210", 80, false, List.of("nat-07ab4846da51f4612"),
                        "NGW_OUTBOUND_ONLY"),
                // test-vpc-peering
                new Row("test-vpc-peering", "i-06ba034d88c84ef07", "192.168.1.106", 0, false, List.of("pcx-0b89b559e3319d6cf"), sgDenied),
                new Row("test-vpc-peering", "i-0b14080af811fda3d", "10.10.10.157", 0, false, List.of("pcx-0b89b559e3319d6cf"), sgDenied),
                new Row("test-vpc-peering", "i-06ba034d88c84ef07", "192.168.100.1", 0, false, List.of(), "NO_ROUTE_TO_DESTINATION"),
                new Row("test-vpc-peering", "i-0b14080af811fda3d", "10.10.100.1", 0, false, List.of("pcx-0b89b559e3319d6cf"),
                        "UNKNOWN_DESTINATION"),
                new Row("test-vpc-peering", "i-0b14080af811fda3d", "10.10.10.11", 0, false, List.of("pcx-0b89b559e3319d6cf"),
                        "UNKNOWN_DESTINATION"),
                // test-transit-gateway (and the multi-table variant with the same ids)
                new Row("test-transit-gateway", "i-06ba034d88c84ef07", "192.168.1.106", 0, false, List.of("tgw-044be4464fcc69aff"), sgDenied),
                new Row("test-transit-gateway", "i-0b14080af811fda3d", "10.10.20.154", 0, false, List.of("tgw-044be4464fcc69aff"), sgDenied),
                new Row("test-transit-gateway-multi-table", "i-06ba034d88c84ef07", "192.168.1.106", 0, false,
                        List.of("tgw-044be4464fcc69aff"), sgDenied),
                new Row("test-transit-gateway-multi-table", "i-0b14080af811fda3d", "10.10.10.157", 0, false,
                        List.of("tgw-044be4464fcc69aff"), sgDenied),
                // multi-account: ACCEPTED both ways
                new Row("test-transit-gateway-multi-account", "i-0bdf35d561be3d962", "10.2.1.183", 22, true,
                        List.of("tgw-0efdeab79e9a8e490"), null),
                new Row("test-transit-gateway-multi-account", "i-03df168b3f73cc262", "i-0bdf35d561be3d962", 22, true,
                        List.of("tgw-0efdeab79e9a8e490"), null),
                // peering between transit gateways: static routes only
                new Row("test-transit-gateway-peering", "i-08f3abb6471637c66", "192.168.1.100", 0, false,
                        List.of("tgw-0e20010ebf43d07a2"), "TGW_RTB_CANNOT_ROUTE"),
                new Row("test-transit-gateway-peering", "i-05e25e43074216229", "192.168.1.100", 0, false,
                        List.of("tgw-0e20010ebf43d07a2", "tgw-03201f1960ddb0c25"), sgDenied),
                new Row("test-transit-gateway-peering", "i-0afb0a59f6bf36397", "10.10.1.100", 0, false,
                        List.of("tgw-03201f1960ddb0c25"), "TGW_RTB_CANNOT_ROUTE"),
                new Row("test-transit-gateway-peering", "i-0afb0a59f6bf36397", "10.20.1.100", 0, false,
                        List.of("tgw-03201f1960ddb0c25", "tgw-0e20010ebf43d07a2"), "TGW_RTB_CANNOT_ROUTE"),
                // gateway endpoint: it beats the internet gateway for S3's prefix list
                new Row("test-vpc-endpoint-gateway", "i-01c6c0647fdccc89e", "52.216.237.77", 443, true, List.of("vpce-0b7357542bb7b83ec"), null),
                new Row("test-vpc-endpoint-gateway", "i-0464d440ca0ee9e34", "52.216.237.77", 443, true, List.of("vpce-0b7357542bb7b83ec"), null),
                new Row("test-vpc-endpoint-gateway", "i-01c6c0647fdccc89e", "54.222.57.1", 443, false, List.of(), "NO_ROUTE_TO_DESTINATION"),
                new Row("test-vpc-endpoint-gateway", "i-0464d440ca0ee9e34", "54.222.57.1", 443, true, List.of("igw-0c8afe4471084ccba"), null),
                // VPN gateway: the VPC's default route goes to the VGW, the on-premises side has no route to 8.8.8.8
                new Row("test-vpn-gateway", "i-099cf38911942421c", "8.8.8.8", 0, false, List.of("vgw-0c09bd7fadac961bf"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesBatfish(Row row) throws Exception {
        Network net = network(row.dir());
        Trace trace = new Tracer(net).trace(TraceRequest.tcp(Endpoints.resolve(net, row.from()), Endpoints.resolve(net, row.to()), row.port()));
        assertThat(trace.reachable()).as(row + ": " + trace.explanationCode()).isEqualTo(row.reachable());
        if (row.code() != null) {
            assertThat(trace.explanationCode()).as(row.toString()).isEqualTo(row.code());
        }
        assertThat(gateways(net.document(), trace.forward())).as(row + " gateways").isEqualTo(row.gateways());
    }

    @Test
    void aSubnetInAZoneWithoutAnAttachmentCannotUseTheTransitGateway() throws Exception {
        // Batfish drops this at the subnet (it installs TGW routes only in zones with an attachment subnet); AWS documents
        // the same outcome as TGW_ROUTE_AZ_RESTRICTION (spec §6, checklist 31), which is what we name.
        Network net = network("test-transit-gateway");
        Trace trace = new Tracer(net).trace(TraceRequest.tcp(Endpoints.resolve(net, "i-075e846ed41670385"),
                Endpoints.resolve(net, "192.168.1.106"), 0));
        assertThat(trace.reachable()).isFalse();
        assertThat(trace.explanationCode()).isEqualTo("TGW_ROUTE_AZ_RESTRICTION");
    }

    @Test
    void theNatGatewayTranslatesToItsPrivateAddressAndPort1024ThenTheInternetGatewayToTheElasticIp() throws Exception {
        Network net = network("test-nat-gateway");
        Trace trace = new Tracer(net).trace(TraceRequest.tcp(Endpoints.resolve(net, "i-0a128d26e59be60f3"),
                Endpoints.resolve(net, "8.8.8.8"), 80));
        List<String> sources = new ArrayList<>();
        for (Hop h : trace.forward()) {
            for (Step s : h.steps()) {
                if (s.packet() != null) {
                    String src = s.packet().source() + ":" + s.packet().sourcePort();
                    if (sources.isEmpty() || !sources.get(sources.size() - 1).equals(src)) {
                        sources.add(src);
                    }
                }
            }
        }
        assertThat(sources).containsSubsequence("10.1.1.98:49152", "10.1.250.210:1024", "3.135.127.225:1024");
        assertThat(trace.returnPath()).isNotEmpty();
    }

    @Test
    void theNatGatewayRefusesProtocolsOtherThanTcpUdpAndIcmp() throws Exception {
        Network net = network("test-nat-gateway");
        TraceRequest req = TraceRequest.tcp(Endpoints.resolve(net, "i-0a128d26e59be60f3"), Endpoints.resolve(net, "8.8.8.8"), 0)
                .withProtocol(new Protocol(107));
        Trace trace = new Tracer(net).trace(req);
        assertThat(trace.reachable()).isFalse();
        assertThat(trace.blockingComponent().id()).isEqualTo("nat-07ab4846da51f4612");
    }

    @Test
    void fromOnPremisesThroughTheVpnGateway() throws Exception {
        // Batfish starts at the on-premises router parsed from its config; we give the VPN's on-premises network a stand-in
        // block (its routes come from BGP in the snapshot) and trace from an address in it.
        Document doc = AwsImporter.importFolder(dir("test-vpn-gateway")).document();
        OnPremisesNetwork onPrem = doc.all(OnPremisesNetwork.class).get(0);
        doc = doc.with(new OnPremisesNetwork(onPrem.id(), onPrem.name(), List.of(Cidr.parse("172.16.0.0/16")), onPrem.gatewayId(),
                onPrem.customerGatewayIp(), onPrem.vpnConnectionId(), true));
        Network net = NetworkCompiler.compile(doc);
        Tracer tracer = new Tracer(net);
        Trace toInstance = tracer.trace(TraceRequest.tcp(Endpoints.resolve(net, "172.16.0.10"), Endpoints.resolve(net, "10.0.1.204"), 0));
        assertThat(toInstance.reachable()).isFalse();
        assertThat(gateways(doc, toInstance.forward())).containsExactly("vgw-0c09bd7fadac961bf");
        assertThat(toInstance.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        Trace toUnused = tracer.trace(TraceRequest.tcp(Endpoints.resolve(net, "172.16.0.10"), Endpoints.resolve(net, "10.0.1.205"), 0));
        assertThat(toUnused.reachable()).isFalse();
        // Batfish: NEIGHBOR_UNREACHABLE. Reachability Analyzer's code: a VGW admits only private IPs of interfaces in the VPC.
        assertThat(toUnused.explanationCode()).isEqualTo("VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
    }

    private static Path dir(String name) {
        Path d = DATA.resolve(name).resolve("aws_configs");
        assertThat(Files.isDirectory(d)).as(d.toString()).isTrue();
        return d;
    }

    private static Network network(String name) throws Exception {
        synchronized (NETWORKS) {
            Network n = NETWORKS.get(name);
            if (n == null) {
                n = NetworkCompiler.compile(AwsImporter.importFolder(dir(name)).document());
                NETWORKS.put(name, n);
            }
            return n;
        }
    }

    /** The gateways on a path, Batfish-style: transit gateway attachments and route tables become their transit gateway. */
    static List<String> gateways(Document doc, List<Hop> hops) {
        List<String> out = new ArrayList<>();
        for (Hop h : hops) {
            String id = h.component();
            String gw = null;
            Resource r = doc.get(id);
            if (r instanceof TransitGatewayAttachment a) {
                gw = a.transitGatewayId();
            } else if (r instanceof TransitGatewayRouteTable t) {
                gw = t.transitGatewayId();
            } else if (id.startsWith("igw-") || id.startsWith("nat-") || id.startsWith("vgw-") || id.startsWith("vpce-")
                    || id.startsWith("pcx-") || id.startsWith("tgw-") && !id.startsWith("tgw-attach-") && !id.startsWith("tgw-rtb-")) {
                gw = id;
            }
            if (gw != null && (out.isEmpty() || !out.get(out.size() - 1).equals(gw))) {
                out.add(gw);
            }
        }
        return out;
    }

    static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }
}
