package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
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
 * associated with an ACL of its own VPC.
 */
final class AclChecks implements Check {

    static final String RULE_NUMBER_RANGE = "validation.nacl.ruleNumberRange";
    static final String RULE_NUMBER_REPEATED = "validation.nacl.ruleNumberRepeated";
    static final String TOO_MANY_RULES = "validation.nacl.tooManyRules";
    static final String NO_DEFAULT = "validation.vpc.noDefaultNetworkAcl";
    static final String MANY_DEFAULT = "validation.vpc.manyDefaultNetworkAcls";
    static final String SUBNET_ACL_OTHER_VPC = "validation.subnet.networkAclInOtherVpc";

    /** AWS's default quota of rules per direction of one network ACL. */
    static final int RULES_PER_DIRECTION = 20;

    @Override
    public Set<String> keys() {
        return Set.of(RULE_NUMBER_RANGE, RULE_NUMBER_REPEATED, TOO_MANY_RULES, NO_DEFAULT, MANY_DEFAULT, SUBNET_ACL_OTHER_VPC);
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
        for (Subnet s : doc.all(Subnet.class)) {
            NetworkAcl acl = doc.get(s.networkAclId(), NetworkAcl.class);
            if (acl != null && !acl.vpcId().equals(s.vpcId())) {
                problems.error(s.id(), "networkAclId", SUBNET_ACL_OTHER_VPC, s.label(), acl.label(),
                        context.label(acl.vpcId()), context.label(s.vpcId()));
            }
        }
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
