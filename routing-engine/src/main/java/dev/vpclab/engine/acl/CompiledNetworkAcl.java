package dev.vpclab.engine.acl;

import dev.vpclab.engine.Packet;
import dev.vpclab.engine.RuleText;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.List;

/**
 * A network ACL ready for evaluation: per direction its rules as parallel arrays sorted by rule number, first
 * match wins, and the final "*" rule denies anything unmatched. Stateless: replies are judged like any packet
 * (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html">network ACLs</a>).
 */
public final class CompiledNetworkAcl {

    /** What {@link #evaluate} returns when no rule matched and the implicit "*" rule denied the packet. */
    public static final int IMPLICIT_DENY = -1;

    private final String id;
    private final String name;
    private final String vpcId;
    private final boolean isDefault;
    private final Rules inbound;
    private final Rules outbound;

    /**
     * @param acl the document's ACL
     */
    public CompiledNetworkAcl(NetworkAcl acl) {
        this.id = acl.id();
        this.name = acl.name();
        this.vpcId = acl.vpcId();
        this.isDefault = acl.isDefault();
        this.inbound = new Rules(acl.id(), acl.entries(TrafficDirection.INBOUND), true);
        this.outbound = new Rules(acl.id(), acl.entries(TrafficDirection.OUTBOUND), false);
    }

    /**
     * First match by ascending rule number: the matched rule's index, or {@link #IMPLICIT_DENY}. Inbound rules
     * match the packet's source address, outbound rules its destination; ports are destination ports and only
     * apply to TCP/UDP rules; ICMP type/code only to ICMP rules.
     *
     * @param direction inbound (entering the subnet) or outbound (leaving it)
     * @param packet the packet
     * @return the index of the deciding rule in {@link #entries(TrafficDirection)}, or IMPLICIT_DENY
     */
    public int evaluate(TrafficDirection direction, Packet packet) {
        return rules(direction).firstMatch(packet);
    }

    /**
     * @param direction a direction
     * @param index a result of {@link #evaluate}
     * @return true if that decision lets the packet through
     */
    public boolean allows(TrafficDirection direction, int index) {
        return index != IMPLICIT_DENY && rules(direction).allow[index];
    }

    /**
     * @param direction a direction
     * @param index a result of {@link #evaluate}
     * @return the console-style text of the deciding rule, e.g. "acl-1 inbound rule 100: ALLOW TCP 443 from
     *     0.0.0.0/0" or "acl-1 outbound rule *: DENY all to 0.0.0.0/0"
     */
    public String ruleText(TrafficDirection direction, int index) {
        Rules r = rules(direction);
        return index == IMPLICIT_DENY ? r.implicitText : r.text[index];
    }

    /**
     * @param direction a direction
     * @param index a result of {@link #evaluate}
     * @return the deciding entry, or null for the implicit "*" rule
     */
    public NetworkAclEntry entry(TrafficDirection direction, int index) {
        return index == IMPLICIT_DENY ? null : rules(direction).entries.get(index);
    }

    /**
     * @param direction a direction
     * @return that direction's rules sorted by rule number (the "*" rule not included)
     */
    public List<NetworkAclEntry> entries(TrafficDirection direction) {
        return rules(direction).entries;
    }

    private Rules rules(TrafficDirection direction) {
        return direction == TrafficDirection.INBOUND ? inbound : outbound;
    }

    /** @return the ACL id */
    public String id() {
        return id;
    }

    /** @return its Name, possibly empty */
    public String name() {
        return name;
    }

    /** @return its VPC */
    public String vpcId() {
        return vpcId;
    }

    /** @return true for the VPC's default ACL */
    public boolean isDefault() {
        return isDefault;
    }

    @Override
    public String toString() {
        return id;
    }

    /** One direction's rules as arrays. */
    private static final class Rules {
        final List<NetworkAclEntry> entries;
        final int[] protocol;
        final int[] portFrom;
        final int[] portTo;
        final int[] icmpType;
        final int[] icmpCode;
        final int[] network;
        final int[] mask;
        final boolean[] allow;
        final String[] text;
        final String implicitText;
        final boolean inboundDirection;

        Rules(String aclId, List<NetworkAclEntry> sorted, boolean inbound) {
            entries = List.copyOf(sorted);
            int n = sorted.size();
            protocol = new int[n];
            portFrom = new int[n];
            portTo = new int[n];
            icmpType = new int[n];
            icmpCode = new int[n];
            network = new int[n];
            mask = new int[n];
            allow = new boolean[n];
            text = new String[n];
            String dir = inbound ? " inbound rule " : " outbound rule ";
            String peer = inbound ? " from " : " to ";
            for (int i = 0; i < n; i++) {
                NetworkAclEntry e = sorted.get(i);
                protocol[i] = e.protocol().number();
                portFrom[i] = e.portRange() == null ? 0 : e.portRange().from();
                portTo[i] = e.portRange() == null ? 65535 : e.portRange().to();
                icmpType[i] = e.icmp() == null ? -1 : e.icmp().type();
                icmpCode[i] = e.icmp() == null ? -1 : e.icmp().code();
                network[i] = e.cidr().network().bits();
                mask[i] = Cidr.mask(e.cidr().prefixLength());
                allow[i] = e.action() == RuleAction.ALLOW;
                text[i] = aclId + dir + e.ruleNumber() + ": " + (allow[i] ? "ALLOW " : "DENY ")
                        + RuleText.traffic(e.protocol(), e.portRange(), e.icmp()) + peer + e.cidr();
            }
            implicitText = aclId + dir + "*: DENY all" + peer + Cidr.ALL;
            inboundDirection = inbound;
        }

        int firstMatch(Packet p) {
            int proto = p.protocolNumber();
            int address = inboundDirection ? p.source().bits() : p.destination().bits();
            int port = p.destinationPort();
            for (int i = 0; i < protocol.length; i++) {
                int rp = protocol[i];
                if (rp != -1 && rp != proto) {
                    continue;
                }
                if ((address & mask[i]) != network[i]) {
                    continue;
                }
                if (rp == 6 || rp == 17) {
                    if (port < portFrom[i] || port > portTo[i]) {
                        continue;
                    }
                } else if (rp == 1 && p.icmp() != null) {
                    if ((icmpType[i] != -1 && icmpType[i] != p.icmp().type())
                            || (icmpCode[i] != -1 && icmpCode[i] != p.icmp().code())) {
                        continue;
                    }
                }
                return i;
            }
            return IMPLICIT_DENY;
        }
    }
}
