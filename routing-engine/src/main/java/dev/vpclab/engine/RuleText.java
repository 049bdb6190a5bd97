package dev.vpclab.engine;

import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;

/**
 * Writes the traffic part of a rule the way the AWS console lists it: "TCP 443", "TCP 1024-65535",
 * "UDP all", "ICMP 8:0", "all" for every protocol, "protocol 50" for others.
 */
public final class RuleText {

    private RuleText() {
    }

    /**
     * @param protocol the rule's protocol
     * @param ports its ports (TCP/UDP), or null
     * @param icmp its ICMP type and code, or null
     * @return the text
     */
    public static String traffic(Protocol protocol, PortRange ports, IcmpTypeCode icmp) {
        int n = protocol.number();
        if (n == -1) {
            return "all";
        }
        if (n == 6 || n == 17) {
            String p = n == 6 ? "TCP " : "UDP ";
            return p + (ports == null || ports.isAll() ? "all" : ports.toString());
        }
        if (n == 1) {
            return "ICMP " + (icmp == null ? "all" : icmp.toString());
        }
        return "protocol " + n;
    }
}
