package dev.vpclab.model.resource;

import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;

/**
 * One allow rule of a security group (there are no deny rules). Ports only apply to TCP and UDP and ICMP
 * type/code only to ICMP; the constructor drops what does not apply.
 *
 * @param protocol the protocol, or all
 * @param portRange for TCP and UDP the destination ports (all when null); null otherwise
 * @param icmp for ICMP the type and code; null otherwise
 * @param peer the source (inbound) or destination (outbound)
 * @param description free text
 */
public record SecurityGroupRule(Protocol protocol, PortRange portRange, IcmpTypeCode icmp, RulePeer peer,
                                String description) {
    /** Validates and canonicalises. */
    public SecurityGroupRule {
        if (protocol == null) {
            throw new IllegalArgumentException("a security-group rule needs a protocol");
        }
        if (peer == null) {
            throw new IllegalArgumentException("a security-group rule needs a source or destination");
        }
        portRange = protocol.hasPorts() ? Req.nonNull(portRange, PortRange.ALL) : null;
        icmp = protocol.equals(Protocol.ICMP) ? Req.nonNull(icmp, IcmpTypeCode.ANY) : null;
        description = Req.text(description);
    }

    /**
     * A rule for TCP, UDP or all protocols.
     *
     * @param protocol protocol
     * @param ports ports
     * @param peer peer
     * @return the rule
     */
    public static SecurityGroupRule of(Protocol protocol, PortRange ports, RulePeer peer) {
        return new SecurityGroupRule(protocol, ports, null, peer, "");
    }

    /** @param peer peer @return a rule allowing all traffic to or from the peer */
    public static SecurityGroupRule allowAll(RulePeer peer) {
        return new SecurityGroupRule(Protocol.ALL, null, null, peer, "");
    }
}
