package dev.vpclab.engine.tgw;

import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.engine.route.PrefixTable;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.TransitGatewayRoute;
import dev.vpclab.model.resource.TransitGatewayRouteTable;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles transit gateways: route tables get the routes their propagating attachments bring (a VPC attachment
 * its VPC's blocks, a VPN attachment the on-premises blocks) besides their static routes
 * (<a href="https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html">how transit gateways work</a>).
 */
public final class TransitGatewayCompiler {

    private final Document doc;
    private final Map<String, CompiledSubnet> subnets;

    /**
     * @param doc the document
     * @param subnets compiled subnets by id
     */
    public TransitGatewayCompiler(Document doc, Map<String, CompiledSubnet> subnets) {
        this.doc = doc;
        this.subnets = subnets;
    }

    /** @return every transit gateway by id */
    public Map<String, CompiledTransitGateway> compileAll() {
        Map<String, CompiledTgwRouteTable> tables = new HashMap<>();
        for (TransitGatewayRouteTable t : doc.all(TransitGatewayRouteTable.class)) {
            tables.put(t.id(), compile(t));
        }
        Map<String, List<CompiledTgwAttachment>> byTgw = new HashMap<>();
        for (TransitGatewayAttachment a : doc.all(TransitGatewayAttachment.class)) {
            Map<String, CompiledSubnet> byZone = new HashMap<>();
            for (String subnetId : a.subnetIds()) {
                CompiledSubnet s = subnets.get(subnetId);
                if (s != null) {
                    byZone.putIfAbsent(s.availabilityZone(), s);
                }
            }
            byTgw.computeIfAbsent(a.transitGatewayId(), k -> new ArrayList<>())
                    .add(new CompiledTgwAttachment(a, byZone, a.routeTableId() == null ? null : tables.get(a.routeTableId())));
        }
        Map<String, CompiledTransitGateway> out = new HashMap<>();
        for (TransitGateway tgw : doc.all(TransitGateway.class)) {
            out.put(tgw.id(), new CompiledTransitGateway(tgw, byTgw.getOrDefault(tgw.id(), List.of())));
        }
        return out;
    }

    private CompiledTgwRouteTable compile(TransitGatewayRouteTable t) {
        PrefixTable.Builder<TgwRoute> b = PrefixTable.builder();
        for (TransitGatewayRoute r : t.routes()) {
            int rank = r.origin() == RouteOrigin.PROPAGATED ? 2 : 0;
            b.put(r.destination(), route(t, r.destination(), r.attachmentId(), rank), TgwRoute::preferred);
        }
        for (String attachmentId : t.propagatingAttachmentIds()) {
            TransitGatewayAttachment a = doc.get(attachmentId, TransitGatewayAttachment.class);
            if (a == null) {
                continue;
            }
            for (Cidr c : propagated(a)) {
                b.put(c, route(t, c, a.id(), a.resourceType() == TransitGatewayAttachment.AttachmentType.VPC ? 2 : 3), TgwRoute::preferred);
            }
        }
        return new CompiledTgwRouteTable(t.id(), t.name(), b.build());
    }

    private List<Cidr> propagated(TransitGatewayAttachment a) {
        if (a.resourceType() == TransitGatewayAttachment.AttachmentType.VPC) {
            Vpc vpc = doc.get(a.resourceId(), Vpc.class);
            return vpc == null ? List.of() : vpc.cidrBlocks();
        }
        if (a.resourceType() == TransitGatewayAttachment.AttachmentType.VPN
                || a.resourceType() == TransitGatewayAttachment.AttachmentType.DIRECT_CONNECT_GATEWAY) {
            OnPremisesNetwork onPrem = doc.get(a.resourceId(), OnPremisesNetwork.class);
            return onPrem == null ? List.of() : onPrem.cidrs();
        }
        return List.of();
    }

    private static TgwRoute route(TransitGatewayRouteTable t, Cidr destination, String attachmentId, int rank) {
        String text = t.id() + " route " + destination + " → " + (attachmentId == null ? "blackhole" : attachmentId)
                + (rank >= 2 ? " (propagated)" : "");
        return new TgwRoute(t.id(), destination, attachmentId, rank, text);
    }
}
