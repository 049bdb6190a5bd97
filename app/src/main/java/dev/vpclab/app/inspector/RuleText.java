package dev.vpclab.app.inspector;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import java.util.Map;

/**
 * How rules read in the NACL and security-group tables, as the AWS console writes them: a type ("HTTPS",
 * "PostgreSQL", "All traffic", "Custom TCP"), the protocol and the port range.
 */
public final class RuleText {

    /** Well-known TCP ports by the console's type names. */
    private static final Map<Integer, String> TCP_TYPES = Map.ofEntries(Map.entry(22, "SSH"), Map.entry(25, "SMTP"),
            Map.entry(53, "DNS (TCP)"), Map.entry(80, "HTTP"), Map.entry(443, "HTTPS"), Map.entry(3306, "MySQL/Aurora"),
            Map.entry(3389, "RDP"), Map.entry(5432, "PostgreSQL"), Map.entry(1433, "MS SQL"), Map.entry(6379, "Redis"),
            Map.entry(2049, "NFS"));

    private RuleText() {
    }

    /**
     * @param i18n the language
     * @param protocol a protocol
     * @param ports its ports, or null
     * @return the console's type name
     */
    public static String type(I18n i18n, Protocol protocol, PortRange ports) {
        if (protocol.equals(Protocol.ALL)) {
            return i18n.get("ui.rule.allTraffic");
        }
        if (protocol.equals(Protocol.ICMP)) {
            return i18n.get("ui.rule.allIcmp");
        }
        if (protocol.equals(Protocol.TCP) && ports != null && ports.from() == ports.to() && TCP_TYPES.containsKey(ports.from())) {
            return TCP_TYPES.get(ports.from());
        }
        if (protocol.equals(Protocol.TCP) && ports != null && ports.equals(PortRange.EPHEMERAL)) {
            return i18n.get("ui.rule.ephemeral");
        }
        if (protocol.equals(Protocol.TCP)) {
            return i18n.get("ui.rule.customTcp");
        }
        if (protocol.equals(Protocol.UDP)) {
            return i18n.get("ui.rule.customUdp");
        }
        return i18n.get("ui.rule.customProtocol", protocol.toString());
    }

    /**
     * @param i18n the language
     * @param protocol a protocol
     * @return "TCP", "UDP", "ICMP", "All"
     */
    public static String protocol(I18n i18n, Protocol protocol) {
        return protocol.equals(Protocol.ALL) ? i18n.get("ui.rule.all") : protocol.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * @param i18n the language
     * @param protocol a protocol
     * @param ports its ports, or null
     * @return "443", "1024–65535" or "All"
     */
    public static String ports(I18n i18n, Protocol protocol, PortRange ports) {
        if (!protocol.hasPorts() || ports == null || ports.isAll()) {
            return i18n.get("ui.rule.all");
        }
        return ports.from() == ports.to() ? Integer.toString(ports.from()) : ports.from() + "\u2013" + ports.to();
    }
}
