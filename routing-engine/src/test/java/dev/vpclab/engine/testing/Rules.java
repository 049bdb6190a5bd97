package dev.vpclab.engine.testing;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroupRule;

/**
 * Short ways to write network ACL entries and security-group rules in tests: {@code in(100, "tcp", "443",
 * "0.0.0.0/0", ALLOW)}, {@code sgIn("tcp", "5432", "sg-app")}.
 */
public final class Rules {

    /** Allow. */
    public static final RuleAction ALLOW = RuleAction.ALLOW;
    /** Deny. */
    public static final RuleAction DENY = RuleAction.DENY;

    private Rules() {
    }

    /**
     * @param number rule number
     * @param protocol "tcp", "udp", "icmp", "all"
     * @param ports "443", "1024-65535", "all" (ignored unless TCP/UDP; for ICMP a type:code)
     * @param cidr source block
     * @param action allow or deny
     * @return an inbound entry
     */
    public static NetworkAclEntry in(int number, String protocol, String ports, String cidr, RuleAction action) {
        return entry(number, TrafficDirection.INBOUND, protocol, ports, cidr, action);
    }

    /**
     * @param number rule number
     * @param protocol "tcp", "udp", "icmp", "all"
     * @param ports "443", "1024-65535", "all"
     * @param cidr destination block
     * @param action allow or deny
     * @return an outbound entry
     */
    public static NetworkAclEntry out(int number, String protocol, String ports, String cidr, RuleAction action) {
        return entry(number, TrafficDirection.OUTBOUND, protocol, ports, cidr, action);
    }

    private static NetworkAclEntry entry(int number, TrafficDirection dir, String protocol, String ports, String cidr, RuleAction action) {
        Protocol p = Protocol.parse(protocol);
        PortRange range = p.hasPorts() ? PortRange.parse(ports) : null;
        IcmpTypeCode icmp = p.equals(Protocol.ICMP) ? IcmpTypeCode.parse(ports) : null;
        return new NetworkAclEntry(number, dir, p, range, icmp, Cidr.parse(cidr), action);
    }

    /**
     * @param protocol "tcp", "udp", "icmp", "all"
     * @param ports "443", "all"
     * @param peer a CIDR block, "sg-…" or "pl-…"
     * @return a security-group rule (inbound or outbound by where it is put)
     */
    public static SecurityGroupRule sg(String protocol, String ports, String peer) {
        Protocol p = Protocol.parse(protocol);
        PortRange range = p.hasPorts() ? PortRange.parse(ports) : null;
        IcmpTypeCode icmp = p.equals(Protocol.ICMP) ? IcmpTypeCode.parse(ports) : null;
        return new SecurityGroupRule(p, range, icmp, peer(peer), "");
    }

    /** @return an outbound rule allowing everything to 0.0.0.0/0 (what a new group has) */
    public static SecurityGroupRule allOut() {
        return SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL));
    }

    private static RulePeer peer(String text) {
        if (text.startsWith("sg-")) {
            return RulePeer.group(text);
        }
        if (text.startsWith("pl-")) {
            return new RulePeer.PrefixListPeer(text);
        }
        return RulePeer.cidr(Cidr.parse(text));
    }
}
