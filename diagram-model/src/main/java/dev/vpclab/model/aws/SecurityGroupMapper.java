package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Security groups from describe-security-groups. One AWS permission becomes one rule per IPv4 range, group
 * pair and prefix list. A group pair keeps the referenced group's id even when that group belongs to another
 * account or a peered VPC (the reference may dangle, as AWS allows). IPv6 ranges and ICMPv6 are skipped.
 * For ICMP, AWS puts the type in FromPort and the code in ToPort, −1 meaning any
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html).
 */
final class SecurityGroupMapper {

    private final ImportContext ctx;

    SecurityGroupMapper(ImportContext ctx) {
        this.ctx = ctx;
    }

    void map() {
        ctx.forEach(Section.SECURITY_GROUPS, this::group);
    }

    private void group(Item item) {
        JsonNode g = item.json();
        String id = AwsJson.text(g, "GroupId");
        if (AwsJson.text(g, "VpcId") == null) {
            ctx.warn(item.file(), "aws.sg.classic", id);
            return;
        }
        int[] ipv6 = {0};
        List<SecurityGroupRule> ingress = rules(g, "IpPermissions", id, item.file(), ipv6);
        List<SecurityGroupRule> egress = rules(g, "IpPermissionsEgress", id, item.file(), ipv6);
        if (ipv6[0] > 0) {
            ctx.warn(item.file(), "aws.sg.ipv6Skipped", id, ipv6[0]);
        }
        ctx.attempt(item.file(), id, () -> new SecurityGroup(id, AwsJson.name(g), AwsJson.text(g, "VpcId"),
                AwsJson.text(g, "GroupName"), AwsJson.text(g, "Description"), ingress, egress));
    }

    private List<SecurityGroupRule> rules(JsonNode group, String field, String groupId, String file, int[] ipv6) {
        List<SecurityGroupRule> out = new ArrayList<>();
        for (JsonNode p : AwsJson.array(group, field)) {
            String protocolText = AwsJson.text(p, "IpProtocol");
            String lower = protocolText == null ? "-1" : protocolText.toLowerCase(Locale.ROOT);
            if (lower.equals("icmpv6") || lower.equals("58")) {
                ipv6[0] += Math.max(1, AwsJson.array(p, "Ipv6Ranges").size());
                continue;
            }
            ipv6[0] += AwsJson.array(p, "Ipv6Ranges").size();
            Protocol protocol;
            PortRange ports;
            IcmpTypeCode icmp;
            try {
                protocol = Protocol.parse(lower);
                int from = AwsJson.integer(p, "FromPort", -1);
                int to = AwsJson.integer(p, "ToPort", -1);
                ports = protocol.hasPorts() && from >= 0 && to >= 0 ? new PortRange(from, to) : null;
                icmp = protocol.equals(Protocol.ICMP) ? new IcmpTypeCode(from, to) : null;
            } catch (IllegalArgumentException e) {
                ctx.warn(file, "aws.sg.badPermission", groupId, e.getMessage());
                continue;
            }
            for (JsonNode range : AwsJson.array(p, "IpRanges")) {
                Cidr cidr = ctx.cidr(AwsJson.text(range, "CidrIp"), file, groupId);
                if (cidr != null) {
                    out.add(new SecurityGroupRule(protocol, ports, icmp, RulePeer.cidr(cidr), AwsJson.text(range, "Description")));
                }
            }
            for (JsonNode pair : AwsJson.array(p, "UserIdGroupPairs")) {
                String peer = AwsJson.text(pair, "GroupId");
                if (peer == null) {
                    ctx.warn(file, "aws.sg.pairWithoutId", groupId, String.valueOf(AwsJson.text(pair, "GroupName")));
                    continue;
                }
                out.add(new SecurityGroupRule(protocol, ports, icmp, RulePeer.group(peer), AwsJson.text(pair, "Description")));
            }
            for (JsonNode pl : AwsJson.array(p, "PrefixListIds")) {
                String list = AwsJson.text(pl, "PrefixListId");
                if (list != null) {
                    out.add(new SecurityGroupRule(protocol, ports, icmp, new RulePeer.PrefixListPeer(list),
                            AwsJson.text(pl, "Description")));
                }
            }
        }
        return out;
    }
}
