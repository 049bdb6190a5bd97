package dev.vpclab.trace.walk;

import dev.vpclab.engine.Packet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a connection leaves behind on its way out, so the reply can use it: the interfaces whose security groups
 * track the connection, and the NAT gateways' translations to undo.
 */
final class FlowState {

    private final Set<String> tracked = new HashSet<>();
    private final List<NatEntry> nat = new ArrayList<>(1);

    /**
     * One source translation at a NAT gateway.
     *
     * @param natId the NAT gateway
     * @param before the packet as it arrived
     * @param after the packet as it left
     */
    record NatEntry(String natId, Packet before, Packet after) {
    }

    void track(String attachmentId) {
        tracked.add(attachmentId);
    }

    boolean tracks(String attachmentId) {
        return tracked.contains(attachmentId);
    }

    void translated(String natId, Packet before, Packet after) {
        nat.add(new NatEntry(natId, before, after));
    }

    /**
     * @param natId a NAT gateway
     * @param reply a reply arriving at it
     * @return the translation the reply belongs to, or null
     */
    NatEntry translationFor(String natId, Packet reply) {
        for (NatEntry e : nat) {
            if (e.natId.equals(natId) && e.after.source().equals(reply.destination()) && e.after.sourcePort() == reply.destinationPort()
                    && e.after.protocolNumber() == reply.protocolNumber()) {
                return e;
            }
        }
        return null;
    }
}
