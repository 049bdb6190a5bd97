package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.tgw.CompiledTransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment.AttachmentType;
import dev.vpclab.model.resource.VpcPeeringConnection;

/**
 * Which address a source would use for a destination: the private one when the two VPCs are joined privately
 * (same VPC, an active peering, a common transit gateway) or the source is on premises; the public one from the
 * internet, or between VPCs that only meet on the internet.
 */
final class Perspective {

    private Perspective() {
    }

    /**
     * @param net the network
     * @param a a VPC
     * @param b another VPC
     * @return true if traffic between them can stay private
     */
    static boolean privateReach(Network net, String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (VpcPeeringConnection pcx : net.document().all(VpcPeeringConnection.class)) {
            if (pcx.status() == VpcPeeringConnection.Status.ACTIVE && b.equals(pcx.peerOf(a))) {
                return true;
            }
        }
        for (CompiledTransitGateway tgw : net.transitGateways()) {
            if (tgw.attachmentOf(AttachmentType.VPC, a) != null && tgw.attachmentOf(AttachmentType.VPC, b) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param net the network
     * @param sourceVpc the source's VPC, or null for sources outside AWS
     * @param onPremises true for on-premises sources
     * @param destination the destination interface
     * @return true to use its private address
     */
    static boolean usePrivate(Network net, String sourceVpc, boolean onPremises, AttachmentPoint destination) {
        if (onPremises) {
            return true;
        }
        if (sourceVpc == null) {
            return false;
        }
        return privateReach(net, sourceVpc, destination.vpcId()) || destination.publicIp() == null;
    }
}
