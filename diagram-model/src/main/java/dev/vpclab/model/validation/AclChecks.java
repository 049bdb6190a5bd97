package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Network ACLs ("Control subnet traffic with network access control lists",
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html, and "Amazon VPC quotas"): rule
 * numbers 1–32766, unique per direction; at most 20 rules per direction; one default ACL per VPC; a subnet
 * associated with an ACL of its own VPC. ACLs are stateless, so an ACL in use that admits a service from some
 * clients must also let the replies out to their ephemeral ports (1024–65535; the page's "Ephemeral ports"
 * section) — the most common NACL mistake, reported as a warning.
 */
final class AclChecks implements Check {

    static final String RULE_NUMBER_RANGE = "validation.nacl.ruleNumberRange";
    static final String RULE_NUMBER_REPEATED = "validation.nacl.ruleNumberRepeated";
    static final String TOO_MANY_RULES = "validation.nacl.tooManyRules";
    static final String NO_DEFAULT = "validation.vpc.noDefaultNetworkAcl";
    static final String MANY_DEFAULT = "validation.vpc.manyDefaultNetworkAcls";
    static final String SUBNET_ACL_OTHER_VPC = "validation.subnet.networkAclInOtherVpc";
    static final String NO_EPHEMERAL_OUT = "validation.nacl.noOutboundEphemeral";

    /** Reply destination ports probed: both ends of AWS's advice and the common client defaults. */
    private static final int[] EPHEMERAL_PROBES = {1024, 32768, 49152, 65535};

    /** AWS's default quota of rules per direction of one network ACL. */
    static final int RULES_PER_DIRECTION = 20;

    @Override
    public Set<String> keys() {
        return Set.of(RULE_NUMBER_RANGE, RULE_NUMBER_REPEATED, TOO_MANY_RULES, NO_DEFAULT, MANY_DEFAULT, SUBNET_ACL_OTHER_VPC,
                NO_EPHEMERAL_OUT);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        Map<String, List<String>> defaults = new HashMap<>();
        for (NetworkAcl acl : doc.all(NetworkAcl.class)) {
            if (acl.isDefault()) {
                defaults.computeIfAbsent(acl.vpcId(), k -> new ArrayList<>()).add(acl.id());
            }
            entries(acl, problems);
        }
        for (Vpc vpc : doc.all(Vpc.class)) {
            List<String> acls = defaults.getOrDefault(vpc.id(), List.of());
            if (acls.isEmpty()) {
                problems.warning(vpc.id(), "", NO_DEFAULT, vpc.label());
            } else if (acls.size() > 1) {
                problems.error(vpc.id(), "", MANY_DEFAULT, vpc.label(), String.join(", ", acls));
            }
        }
        Set<String> inUse = new java.util.HashSet<>();
        for (Subnet s : doc.all(Subnet.class)) {
            doc.networkAclOf(s).ifPresent(a -> inUse.add(a.id()));
            NetworkAcl acl = doc.get(s.networkAclId(), NetworkAcl.class);
            if (acl != null && !acl.vpcId().equals(s.vpcId())) {
                problems.error(s.id(), "networkAclId", SUBNET_ACL_OTHER_VPC, s.label(), acl.label(),
                        context.label(acl.vpcId()), context.label(s.vpcId()));
            }
        }
        for (String id : inUse) {
            repliesBlocked(doc.get(id, NetworkAcl.class), problems);
        }
    }

    /**
     * Warns when an inbound ALLOW rule for a TCP service (not itself a reply range) has no outbound rule letting
     * the replies reach the clients' ephemeral ports: the first matching outbound rule denies, or none matches.
     */
    private static void repliesBlocked(NetworkAcl acl, Problems problems) {
        List<NetworkAclEntry> outbound = acl.entries(TrafficDirection.OUTBOUND);
        for (NetworkAclEntry in : acl.entries(TrafficDirection.INBOUND)) {
            boolean tcp = in.protocol().equals(Protocol.TCP) || in.protocol().equals(Protocol.ALL);
            boolean replyRange = in.portRange() != null && in.portRange().from() >= 1024 && in.portRange().to() >= 60999;
            if (in.action() != RuleAction.ALLOW || !tcp || replyRange) {
                continue;
            }
            for (int port : EPHEMERAL_PROBES) {
                if (!outboundAllows(outbound, in.cidr().network(), port)) {
                    String ports = in.portRange() == null ? "all" : in.portRange().toString();
                    problems.warning(acl.id(), "entries", NO_EPHEMERAL_OUT, acl.label(), ports, in.cidr().toString());
                    return;
                }
            }
        }
    }

    private static boolean outboundAllows(List<NetworkAclEntry> outbound, Ipv4Address destination, int port) {
        for (NetworkAclEntry e : outbound) {
            boolean protocol = e.protocol().equals(Protocol.TCP) || e.protocol().equals(Protocol.ALL);
            boolean ports = e.portRange() == null || e.portRange().contains(port);
            if (protocol && ports && e.cidr().contains(destination)) {
                return e.action() == RuleAction.ALLOW;
            }
        }
        return false;
    }

    private static void entries(NetworkAcl acl, Problems problems) {
        Map<TrafficDirection, Map<Integer, Integer>> seen = new EnumMap<>(TrafficDirection.class);
        List<NetworkAclEntry> entries = acl.entries();
        for (int i = 0; i < entries.size(); i++) {
            NetworkAclEntry e = entries.get(i);
            String field = "entries[" + i + "].ruleNumber";
            if (e.ruleNumber() < 1 || e.ruleNumber() > NetworkAclEntry.MAX_RULE_NUMBER) {
                problems.error(acl.id(), field, RULE_NUMBER_RANGE, acl.label(), String.valueOf(e.ruleNumber()));
            }
            Integer first = seen.computeIfAbsent(e.direction(), k -> new HashMap<>()).putIfAbsent(e.ruleNumber(), i);
            if (first != null) {
                problems.error(acl.id(), field, RULE_NUMBER_REPEATED, acl.label(), direction(e.direction()),
                        String.valueOf(e.ruleNumber()), "entries[" + first + "]");
            }
        }
        for (TrafficDirection d : TrafficDirection.values()) {
            long count = entries.stream().filter(e -> e.direction() == d).count();
            if (count > RULES_PER_DIRECTION) {
                problems.warning(acl.id(), "entries", TOO_MANY_RULES, acl.label(), direction(d), String.valueOf(count),
                        String.valueOf(RULES_PER_DIRECTION));
            }
        }
    }

    private static Integer direction(TrafficDirection d) {
        return d == TrafficDirection.INBOUND ? Problems.INBOUND : Problems.OUTBOUND;
    }
}
