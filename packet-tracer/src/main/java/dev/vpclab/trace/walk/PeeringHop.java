package dev.vpclab.trace.walk;

import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.model.resource.VpcPeeringConnection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * A VPC peering connection: it carries a packet only between addresses of the two VPCs, so it is not
 * transitive and gives no edge-to-edge access to the peer's gateways
 * (<a href="https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html">peering basics</a>).
 */
final class PeeringHop {

    private PeeringHop() {
    }

    static Arrival cross(Walk w, VpcPeeringConnection pcx, CompiledVpc from) {
        CompiledVpc peer = w.net.vpc(pcx.peerOf(from.id()));
        if (!from.contains(w.packet.source())) {
            return w.fail(ExplanationCodes.PCX_REQUIRES_ADDRESS_IN_VPC_CIDR, pcx.id(), ComponentType.VPC_PEERING_CONNECTION, pcx.label(),
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.pcxSource", pcx.id(), w.packet.source().toString(), from.id()),
                    null);
        }
        if (peer == null || !peer.contains(w.target())) {
            String peerId = peer == null ? pcx.peerOf(from.id()) : peer.id();
            return w.fail(ExplanationCodes.PCX_REQUIRES_ADDRESS_IN_VPC_CIDR, pcx.id(), ComponentType.VPC_PEERING_CONNECTION, pcx.label(),
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.pcxDestination", pcx.id(), w.target().toString(), peerId),
                    () -> FixAdvisor.transitivePeering(w, from, w.target()));
        }
        w.step(pcx.id(), ComponentType.VPC_PEERING_CONNECTION, pcx.label(), StepKind.FORWARD, null, StepAction.FORWARD, "trace.step.pcx",
                pcx.id(), peer.id());
        return PacketWalker.deliverInVpc(w, peer, null);
    }
}
