package dev.vpclab.engine.sg;

import dev.vpclab.engine.Packet;
import dev.vpclab.engine.RuleText;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import java.util.List;
import java.util.Map;

/**
 * A security group ready for evaluation: allow-only rules per direction; a packet passes if any rule of any
 * group on the interface allows it (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/security-groups.html">security
 * groups</a>). Prefix lists are expanded; SG references are answered by a {@link SecurityGroupMembership}.
 */
public final class CompiledSecurityGroup {

    private final SecurityGroup group;
    private final String label;
    private final Rule[] ingress;
    private final Rule[] egress;

    /**
     * @param group the document's group
     * @param prefixLists prefix lists by id, for rules that name one (unknown ones match nothing)
     */
    public CompiledSecurityGroup(SecurityGroup group, Map<String, PrefixList> prefixLists) {
        this.group = group;
        String shown = group.name().isBlank() ? group.groupName() : group.name();
        this.label = shown.isBlank() || shown.equals(group.id()) ? group.id() : group.id() + " (" + shown + ")";
        this.ingress = compile(group.ingress(), prefixLists, label + " inbound: ", " from ");
        this.egress = compile(group.egress(), prefixLists, label + " outbound: ", " to ");
    }

    private static Rule[] compile(List<SecurityGroupRule> rules, Map<String, PrefixList> prefixLists, String head, String peerWord) {
        Rule[] out = new Rule[rules.size()];
        for (int i = 0; i < out.length; i++) {
            SecurityGroupRule r = rules.get(i);
            out[i] = new Rule(r, prefixLists, head + RuleText.traffic(r.protocol(), r.portRange(), r.icmp()) + peerWord + r.peer());
        }
        return out;
    }

    /**
     * @param direction inbound or outbound
     * @param packet the packet
     * @param vpcId the VPC of the interface being evaluated (for SG references)
     * @param membership answers SG references
     * @return the index of the first rule that allows the packet, or −1
     */
    public int firstAllowing(TrafficDirection direction, Packet packet, String vpcId, SecurityGroupMembership membership) {
        Rule[] rules = direction == TrafficDirection.INBOUND ? ingress : egress;
        boolean inbound = direction == TrafficDirection.INBOUND;
        for (int i = 0; i < rules.length; i++) {
            if (rules[i].matches(packet, inbound, vpcId, membership)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param direction a direction
     * @return how many rules it has
     */
    public int ruleCount(TrafficDirection direction) {
        return (direction == TrafficDirection.INBOUND ? ingress : egress).length;
    }

    /**
     * @param direction a direction
     * @param index a rule index
     * @return its console-style text, e.g. "sg-1 (web) inbound: TCP 443 from 0.0.0.0/0"
     */
    public String ruleText(TrafficDirection direction, int index) {
        return (direction == TrafficDirection.INBOUND ? ingress : egress)[index].text;
    }

    /**
     * @param direction a direction
     * @param index a rule index
     * @return the document's rule
     */
    public SecurityGroupRule rule(TrafficDirection direction, int index) {
        return (direction == TrafficDirection.INBOUND ? ingress : egress)[index].rule;
    }

    /** @return the group id */
    public String id() {
        return group.id();
    }

    /** @return "sg-… (name)" or the id */
    public String label() {
        return label;
    }

    /** @return its VPC */
    public String vpcId() {
        return group.vpcId();
    }

    /** @return the document's group */
    public SecurityGroup group() {
        return group;
    }

    @Override
    public String toString() {
        return label;
    }

    /** One rule with its peer resolved to bit masks. */
    private static final class Rule {
        final SecurityGroupRule rule;
        final int protocol;
        final int portFrom;
        final int portTo;
        final int icmpType;
        final int icmpCode;
        final int[] networks;
        final int[] masks;
        final String groupRef;
        final String text;

        Rule(SecurityGroupRule r, Map<String, PrefixList> prefixLists, String text) {
            this.rule = r;
            this.text = text;
            protocol = r.protocol().number();
            portFrom = r.portRange() == null ? 0 : r.portRange().from();
            portTo = r.portRange() == null ? 65535 : r.portRange().to();
            icmpType = r.icmp() == null ? -1 : r.icmp().type();
            icmpCode = r.icmp() == null ? -1 : r.icmp().code();
            List<Cidr> cidrs = List.of();
            String ref = null;
            RulePeer peer = r.peer();
            if (peer instanceof RulePeer.CidrPeer c) {
                cidrs = List.of(c.cidr());
            } else if (peer instanceof RulePeer.PrefixListPeer pl) {
                PrefixList list = prefixLists.get(pl.prefixListId());
                cidrs = list == null ? List.of() : list.cidrs();
            } else if (peer instanceof RulePeer.SecurityGroupPeer g) {
                ref = g.groupId();
            }
            groupRef = ref;
            networks = new int[cidrs.size()];
            masks = new int[cidrs.size()];
            for (int i = 0; i < networks.length; i++) {
                networks[i] = cidrs.get(i).network().bits();
                masks[i] = Cidr.mask(cidrs.get(i).prefixLength());
            }
        }

        boolean matches(Packet p, boolean inbound, String vpcId, SecurityGroupMembership membership) {
            if (protocol != -1 && protocol != p.protocolNumber()) {
                return false;
            }
            if (protocol == 6 || protocol == 17) {
                int port = p.destinationPort();
                if (port < portFrom || port > portTo) {
                    return false;
                }
            } else if (protocol == 1 && p.icmp() != null) {
                if ((icmpType != -1 && icmpType != p.icmp().type()) || (icmpCode != -1 && icmpCode != p.icmp().code())) {
                    return false;
                }
            }
            if (groupRef != null) {
                return membership.carries(groupRef, inbound ? p.source() : p.destination(), vpcId);
            }
            int address = inbound ? p.source().bits() : p.destination().bits();
            for (int i = 0; i < networks.length; i++) {
                if ((address & masks[i]) == networks[i]) {
                    return true;
                }
            }
            return false;
        }
    }
}
