package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetRegistration;
import dev.vpclab.model.resource.Vpc;
import java.util.List;
import java.util.Set;

/**
 * Registered targets ("Target groups for your Application Load Balancers", load-balancer-target-groups.html):
 * instance targets must be in the target group's VPC; IP targets are addresses of the VPC, or outside it only
 * from RFC 1918 or RFC 6598 (100.64.0.0/10) space, never public addresses.
 */
final class TargetGroupChecks implements Check {

    static final String INSTANCE_OTHER_VPC = "validation.targetGroup.instanceInOtherVpc";
    static final String IP_TARGET_INVALID = "validation.targetGroup.ipTargetInvalid";
    static final String IP_TARGET_NOT_PRIVATE = "validation.targetGroup.ipTargetNotPrivate";

    @Override
    public Set<String> keys() {
        return Set.of(INSTANCE_OTHER_VPC, IP_TARGET_INVALID, IP_TARGET_NOT_PRIVATE);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (TargetGroup tg : doc.all(TargetGroup.class)) {
            List<TargetRegistration> targets = tg.targets();
            for (int i = 0; i < targets.size(); i++) {
                String field = "targets[" + i + "].targetId";
                String targetId = targets.get(i).targetId();
                if (tg.targetType() == TargetGroup.TargetType.INSTANCE) {
                    Instance instance = doc.get(targetId, Instance.class);
                    String vpc = instance == null ? null : context.vpcOf(instance.id());
                    if (vpc != null && !vpc.equals(tg.vpcId())) {
                        problems.error(tg.id(), field, INSTANCE_OTHER_VPC, tg.label(), instance.label(), context.label(vpc),
                                context.label(tg.vpcId()));
                    }
                } else if (tg.targetType() == TargetGroup.TargetType.IP) {
                    ipTarget(context, tg, field, targetId, problems);
                }
            }
        }
    }

    private static void ipTarget(ValidationContext context, TargetGroup tg, String field, String text, Problems problems) {
        if (!Ipv4Address.isValid(text)) {
            problems.error(tg.id(), field, IP_TARGET_INVALID, tg.label(), text);
            return;
        }
        Ipv4Address address = Ipv4Address.parse(text);
        Vpc vpc = context.doc().get(tg.vpcId(), Vpc.class);
        boolean inVpc = vpc != null && vpc.cidrBlocks().stream().anyMatch(b -> b.contains(address));
        if (!inVpc && !address.isRfc1918() && !address.isRfc6598()) {
            problems.error(tg.id(), field, IP_TARGET_NOT_PRIVATE, tg.label(), text, context.label(tg.vpcId()));
        }
    }
}
