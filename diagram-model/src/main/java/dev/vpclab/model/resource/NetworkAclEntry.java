package dev.vpclab.model.resource;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;

/**
 * One numbered rule of a network ACL. Ports only apply to TCP and UDP and ICMP type/code only to ICMP; the
 * constructor drops what does not apply, so equal rules are equal records. Whether the rule number is in
 * AWS's 1–32766 and unique in its direction is checked by validation, which can name the place.
 *
 * @param ruleNumber evaluation order, lowest first
 * @param direction inbound or outbound
 * @param protocol the protocol, or all
 * @param portRange for TCP and UDP the destination ports (all when null); null otherwise
 * @param icmp for ICMP the type and code (any when null); null otherwise
 * @param cidr the source (inbound) or destination (outbound) block
 * @param action allow or deny
 */
public record NetworkAclEntry(int ruleNumber, TrafficDirection direction, Protocol protocol, PortRange portRange,
                              IcmpTypeCode icmp, Cidr cidr, RuleAction action) {

    /** The highest number a rule may have; AWS stores the final deny-all "*" rule as 32767. */
    public static final int MAX_RULE_NUMBER = 32766;

    /** Validates and canonicalises. */
    public NetworkAclEntry {
        if (direction == null) {
            throw new IllegalArgumentException("network ACL rule " + ruleNumber + " needs a direction, inbound or outbound");
        }
        if (protocol == null) {
            throw new IllegalArgumentException("network ACL rule " + ruleNumber + " needs a protocol");
        }
        if (cidr == null) {
            throw new IllegalArgumentException("network ACL rule " + ruleNumber + " needs a CIDR block");
        }
        if (action == null) {
            throw new IllegalArgumentException("network ACL rule " + ruleNumber + " needs an action, allow or deny");
        }
        portRange = protocol.hasPorts() ? Req.nonNull(portRange, PortRange.ALL) : null;
        icmp = protocol.equals(Protocol.ICMP) ? Req.nonNull(icmp, IcmpTypeCode.ANY) : null;
    }

    /**
     * A rule for TCP, UDP or all protocols.
     *
     * @param ruleNumber number
     * @param direction direction
     * @param protocol protocol
     * @param ports ports (ignored unless TCP/UDP)
     * @param cidr block
     * @param action action
     * @return the rule
     */
    public static NetworkAclEntry of(int ruleNumber, TrafficDirection direction, Protocol protocol, PortRange ports,
                                     Cidr cidr, RuleAction action) {
        return new NetworkAclEntry(ruleNumber, direction, protocol, ports, null, cidr, action);
    }

    /** @return true for inbound (ingress) rules */
    public boolean inbound() {
        return direction == TrafficDirection.INBOUND;
    }
}
