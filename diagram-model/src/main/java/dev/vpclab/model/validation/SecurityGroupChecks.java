package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.List;
import java.util.Set;

/**
 * Security groups ("Security group rules", https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html):
 * a rule may reference a group of the same VPC or of a VPC peered in the same Region; a rule whose group or
 * prefix list was deleted is stale. A group can only be attached to resources of its own VPC.
 */
final class SecurityGroupChecks implements Check {

    static final String STALE_REFERENCE = "validation.securityGroup.staleReference";
    static final String PREFIX_LIST_MISSING = "validation.securityGroup.prefixListMissing";
    static final String REFERENCE_NOT_PEERED = "validation.securityGroup.referenceNotPeered";
    static final String REFERENCE_ACROSS_REGIONS = "validation.securityGroup.referenceAcrossRegions";
    static final String OTHER_VPC = "validation.securityGroup.otherVpc";

    @Override
    public Set<String> keys() {
        return Set.of(STALE_REFERENCE, PREFIX_LIST_MISSING, REFERENCE_NOT_PEERED, REFERENCE_ACROSS_REGIONS, OTHER_VPC);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (SecurityGroup g : doc.all(SecurityGroup.class)) {
            rules(context, g, "ingress", g.ingress(), problems);
            rules(context, g, "egress", g.egress(), problems);
        }
        for (Resource r : doc.all()) {
            if (r instanceof NetworkInterface e) {
                attached(context, e, context.vpcOf(e.id()), "securityGroupIds", e.securityGroupIds(), problems);
            } else if (r instanceof LoadBalancer lb) {
                attached(context, lb, lb.vpcId(), "securityGroupIds", lb.securityGroupIds(), problems);
            } else if (r instanceof VpcEndpoint ep) {
                attached(context, ep, ep.vpcId(), "securityGroupIds", ep.securityGroupIds(), problems);
            } else if (r instanceof DbInstance db) {
                attached(context, db, context.vpcOf(db.id()), "securityGroupIds", db.securityGroupIds(), problems);
            } else if (r instanceof AutoScalingGroup asg) {
                String vpc = asg.subnetIds().stream().map(id -> doc.get(id, Subnet.class)).filter(s -> s != null)
                        .map(Subnet::vpcId).findFirst().orElse(null);
                attached(context, asg, vpc, "launchTemplate.securityGroupIds", asg.launchTemplate().securityGroupIds(), problems);
            }
        }
    }

    private static void rules(ValidationContext context, SecurityGroup g, String field, List<SecurityGroupRule> rules,
                              Problems problems) {
        Document doc = context.doc();
        for (int i = 0; i < rules.size(); i++) {
            String at = field + "[" + i + "].peer";
            RulePeer peer = rules.get(i).peer();
            if (peer instanceof RulePeer.PrefixListPeer pl && doc.get(pl.prefixListId(), PrefixList.class) == null) {
                problems.warning(g.id(), at, PREFIX_LIST_MISSING, g.label(), pl.prefixListId());
            } else if (peer instanceof RulePeer.SecurityGroupPeer ref) {
                SecurityGroup other = doc.get(ref.groupId(), SecurityGroup.class);
                if (other == null) {
                    problems.warning(g.id(), at, STALE_REFERENCE, g.label(), ref.groupId());
                } else if (!other.vpcId().equals(g.vpcId())) {
                    crossVpc(context, g, other, at, problems);
                }
            }
        }
    }

    private static void crossVpc(ValidationContext context, SecurityGroup g, SecurityGroup other, String at, Problems problems) {
        if (!context.peered(g.vpcId(), other.vpcId())) {
            problems.error(g.id(), at, REFERENCE_NOT_PEERED, g.label(), other.label(), context.label(other.vpcId()),
                    context.label(g.vpcId()));
            return;
        }
        Vpc mine = context.doc().get(g.vpcId(), Vpc.class);
        Vpc theirs = context.doc().get(other.vpcId(), Vpc.class);
        if (mine != null && theirs != null && !mine.regionId().equals(theirs.regionId())) {
            problems.error(g.id(), at, REFERENCE_ACROSS_REGIONS, g.label(), other.label(), theirs.label(), theirs.regionId(),
                    mine.label(), mine.regionId());
        }
    }

    private static void attached(ValidationContext context, Resource owner, String vpcId, String field, List<String> groups,
                                 Problems problems) {
        if (vpcId == null) {
            return;
        }
        for (int k = 0; k < groups.size(); k++) {
            SecurityGroup g = context.doc().get(groups.get(k), SecurityGroup.class);
            if (g != null && !g.vpcId().equals(vpcId)) {
                problems.error(owner.id(), field + "[" + k + "]", OTHER_VPC, owner.label(), g.label(), context.label(g.vpcId()),
                        context.label(vpcId));
            }
        }
    }
}
