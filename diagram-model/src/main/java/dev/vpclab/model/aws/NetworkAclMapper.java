package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Network ACLs from describe-network-acls. AWS lists the implicit final deny of each direction as rule 32767
 * ("*" in the console, https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html); the model does not store
 * it, so it is dropped. IPv6 rules are skipped with a warning.
 */
final class NetworkAclMapper {

    /** The rule number AWS gives the implicit "*" deny. */
    static final int IMPLICIT_DENY = 32767;

    private final ImportContext ctx;

    NetworkAclMapper(ImportContext ctx) {
        this.ctx = ctx;
    }

    void map() {
        ctx.forEach(Section.NETWORK_ACLS, this::acl);
    }

    private void acl(Item item) {
        JsonNode a = item.json();
        String id = AwsJson.text(a, "NetworkAclId");
        List<NetworkAclEntry> entries = new ArrayList<>();
        int ipv6 = 0;
        for (JsonNode e : AwsJson.array(a, "Entries")) {
            int number = AwsJson.integer(e, "RuleNumber", -1);
            if (number == IMPLICIT_DENY) {
                continue;
            }
            if (AwsJson.text(e, "CidrBlock") == null) {
                if (AwsJson.text(e, "Ipv6CidrBlock") != null) {
                    ipv6++;
                }
                continue;
            }
            NetworkAclEntry entry = entry(e, number, id, item.file());
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (ipv6 > 0) {
            ctx.warn(item.file(), "aws.acl.ipv6Skipped", id, ipv6);
        }
        ctx.attempt(item.file(), id, () -> new NetworkAcl(id, AwsJson.name(a), AwsJson.text(a, "VpcId"),
                AwsJson.bool(a, "IsDefault", false), entries));
    }

    private NetworkAclEntry entry(JsonNode e, int number, String aclId, String file) {
        Cidr cidr = ctx.cidr(AwsJson.text(e, "CidrBlock"), file, aclId);
        if (cidr == null) {
            return null;
        }
        try {
            Protocol protocol = Protocol.parse(AwsJson.text(e, "Protocol") == null ? "-1" : AwsJson.text(e, "Protocol"));
            JsonNode ports = e.get("PortRange");
            PortRange range = ports == null ? null
                    : new PortRange(AwsJson.integer(ports, "From", 0), AwsJson.integer(ports, "To", 65535));
            JsonNode icmp = e.get("IcmpTypeCode");
            IcmpTypeCode typeCode = icmp == null ? null
                    : new IcmpTypeCode(AwsJson.integer(icmp, "Type", -1), AwsJson.integer(icmp, "Code", -1));
            RuleAction action = "deny".equalsIgnoreCase(AwsJson.text(e, "RuleAction")) ? RuleAction.DENY : RuleAction.ALLOW;
            TrafficDirection direction = AwsJson.bool(e, "Egress", false) ? TrafficDirection.OUTBOUND : TrafficDirection.INBOUND;
            return new NetworkAclEntry(number, direction, protocol, range, typeCode, cidr, action);
        } catch (IllegalArgumentException ex) {
            ctx.warn(file, "aws.acl.badEntry", aclId, number, ex.getMessage());
            return null;
        }
    }
}
