package dev.vpclab.engine.sg;

import dev.vpclab.engine.Packet;
import dev.vpclab.model.net.TrafficDirection;
import java.util.List;

/**
 * The security groups of one interface, evaluated as the union of their rules: the packet passes if any rule
 * of any group allows it (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html">rules
 * of all groups are aggregated</a>).
 */
public final class SecurityGroupSet {

    /** An interface without groups: nothing is allowed. */
    public static final SecurityGroupSet EMPTY = new SecurityGroupSet(List.of());

    private final List<CompiledSecurityGroup> groups;
    private final String label;

    /**
     * @param groups the groups, in the interface's order
     */
    public SecurityGroupSet(List<CompiledSecurityGroup> groups) {
        this.groups = List.copyOf(groups);
        StringBuilder b = new StringBuilder();
        for (CompiledSecurityGroup g : this.groups) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(g.label());
        }
        this.label = b.toString();
    }

    /**
     * @param direction inbound or outbound
     * @param packet the packet
     * @param vpcId the interface's VPC
     * @param membership answers SG references
     * @return the first allowing rule found, or null when no rule of any group allows the packet
     */
    public Match evaluate(TrafficDirection direction, Packet packet, String vpcId, SecurityGroupMembership membership) {
        for (int g = 0; g < groups.size(); g++) {
            CompiledSecurityGroup group = groups.get(g);
            int i = group.firstAllowing(direction, packet, vpcId, membership);
            if (i >= 0) {
                return new Match(group, i);
            }
        }
        return null;
    }

    /**
     * @return true if no group has any rule, inbound or outbound (Reachability Analyzer's SG_HAS_NO_RULES; a group
     *     with rules that do not fit the packet is ENI_SG_RULES_MISMATCH instead)
     */
    public boolean hasNoRules() {
        for (CompiledSecurityGroup g : groups) {
            if (g.ruleCount(TrafficDirection.INBOUND) > 0 || g.ruleCount(TrafficDirection.OUTBOUND) > 0) {
                return false;
            }
        }
        return true;
    }

    /** @return the groups */
    public List<CompiledSecurityGroup> groups() {
        return groups;
    }

    /** @return true when there are no groups */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** @return "sg-1 (web), sg-2 (admin)" */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * The rule that allowed a packet.
     *
     * @param group its group
     * @param ruleIndex its index in the group's rules of that direction
     */
    public record Match(CompiledSecurityGroup group, int ruleIndex) {
    }
}
