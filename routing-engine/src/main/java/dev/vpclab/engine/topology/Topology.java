package dev.vpclab.engine.topology;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.Pseudograph;

/**
 * Which places can talk at all: a graph of VPCs, gateways, transit gateways, on-premises networks and the
 * internet, joined by attachments, peerings and VPNs (route tables not considered). For connectors on the
 * canvas and for "these VPCs are not connected" diagnostics.
 */
public final class Topology {

    /** The vertex standing for the internet. */
    public static final String INTERNET = "internet";

    private final Graph<String, TopologyLink> graph;
    private final ConnectivityInspector<String, TopologyLink> connectivity;

    private Topology(Graph<String, TopologyLink> graph) {
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.connectivity = new ConnectivityInspector<>(graph);
    }

    /**
     * @param doc a document
     * @return its topology
     */
    public static Topology of(Document doc) {
        Graph<String, TopologyLink> g = new Pseudograph<>(TopologyLink.class);
        g.addVertex(INTERNET);
        for (Vpc vpc : doc.all(Vpc.class)) {
            g.addVertex(vpc.id());
        }
        for (InternetGateway igw : doc.all(InternetGateway.class)) {
            g.addVertex(igw.id());
            g.addEdge(igw.id(), INTERNET, new TopologyLink(TopologyLink.Kind.INTERNET_GATEWAY, igw.id(), igw.id(), INTERNET));
            if (igw.vpcId() != null && g.containsVertex(igw.vpcId())) {
                g.addEdge(igw.vpcId(), igw.id(), new TopologyLink(TopologyLink.Kind.INTERNET_GATEWAY, igw.id(), igw.vpcId(), igw.id()));
            }
        }
        for (VpcPeeringConnection pcx : doc.all(VpcPeeringConnection.class)) {
            if (pcx.status() == VpcPeeringConnection.Status.ACTIVE && g.containsVertex(pcx.requesterVpcId())
                    && g.containsVertex(pcx.accepterVpcId())) {
                g.addEdge(pcx.requesterVpcId(), pcx.accepterVpcId(),
                        new TopologyLink(TopologyLink.Kind.PEERING, pcx.id(), pcx.requesterVpcId(), pcx.accepterVpcId()));
            }
        }
        for (VirtualPrivateGateway vgw : doc.all(VirtualPrivateGateway.class)) {
            g.addVertex(vgw.id());
            if (vgw.vpcId() != null && g.containsVertex(vgw.vpcId())) {
                g.addEdge(vgw.vpcId(), vgw.id(), new TopologyLink(TopologyLink.Kind.VPN_GATEWAY, vgw.id(), vgw.vpcId(), vgw.id()));
            }
        }
        for (TransitGateway tgw : doc.all(TransitGateway.class)) {
            g.addVertex(tgw.id());
        }
        for (OnPremisesNetwork onPrem : doc.all(OnPremisesNetwork.class)) {
            g.addVertex(onPrem.id());
            if (onPrem.gatewayId() != null && g.containsVertex(onPrem.gatewayId())) {
                String via = onPrem.vpnConnectionId() == null ? onPrem.id() : onPrem.vpnConnectionId();
                g.addEdge(onPrem.gatewayId(), onPrem.id(), new TopologyLink(TopologyLink.Kind.VPN, via, onPrem.gatewayId(), onPrem.id()));
            }
        }
        for (TransitGatewayAttachment a : doc.all(TransitGatewayAttachment.class)) {
            if (g.containsVertex(a.transitGatewayId()) && g.containsVertex(a.resourceId())) {
                g.addEdge(a.resourceId(), a.transitGatewayId(),
                        new TopologyLink(TopologyLink.Kind.TRANSIT_GATEWAY_ATTACHMENT, a.id(), a.resourceId(), a.transitGatewayId()));
            }
        }
        return new Topology(g);
    }

    /** @return the graph, read-only */
    public Graph<String, TopologyLink> graph() {
        return graph;
    }

    /**
     * @param a a vertex (VPC, gateway, on-premises network id, or {@link #INTERNET})
     * @param b another
     * @return true if some chain of attachments, peerings and VPNs joins them
     */
    public boolean connected(String a, String b) {
        return graph.containsVertex(a) && graph.containsVertex(b) && connectivity.pathExists(a, b);
    }

    /**
     * @param vertex a vertex
     * @return every vertex connected to it, itself included (empty when unknown)
     */
    public Set<String> reachableFrom(String vertex) {
        return graph.containsVertex(vertex) ? connectivity.connectedSetOf(vertex) : Set.of();
    }
}
