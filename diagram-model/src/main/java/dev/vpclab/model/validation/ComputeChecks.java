package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Subnet;
import java.util.Set;

/**
 * Instances and Auto Scaling groups. An instance's primary interface (device index 0) lies in the instance's
 * subnet; without one it has no address. An Auto Scaling group keeps min ≤ desired ≤ max ("Set capacity
 * limits", asg-capacity-limits.html) and launches into subnets of one VPC.
 */
final class ComputeChecks implements Check {

    static final String NO_PRIMARY_INTERFACE = "validation.instance.noPrimaryInterface";
    static final String INTERFACE_OTHER_SUBNET = "validation.instance.interfaceInOtherSubnet";
    static final String MIN_ABOVE_MAX = "validation.autoScaling.minAboveMax";
    static final String DESIRED_OUTSIDE = "validation.autoScaling.desiredOutsideRange";
    static final String NO_SUBNETS = "validation.autoScaling.noSubnets";
    static final String SUBNETS_DIFFERENT_VPCS = "validation.autoScaling.subnetsInDifferentVpcs";

    @Override
    public Set<String> keys() {
        return Set.of(NO_PRIMARY_INTERFACE, INTERFACE_OTHER_SUBNET, MIN_ABOVE_MAX, DESIRED_OUTSIDE, NO_SUBNETS,
                SUBNETS_DIFFERENT_VPCS);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (Instance instance : doc.all(Instance.class)) {
            NetworkInterface primary = doc.interfacesOf(instance.id()).stream().filter(e -> e.deviceIndex() == 0)
                    .findFirst().orElse(null);
            if (primary == null) {
                problems.warning(instance.id(), "", NO_PRIMARY_INTERFACE, instance.label(), context.label(instance.subnetId()));
            } else if (!primary.subnetId().equals(instance.subnetId())) {
                problems.error(instance.id(), "subnetId", INTERFACE_OTHER_SUBNET, instance.label(), primary.label(),
                        context.label(primary.subnetId()), context.label(instance.subnetId()));
            }
        }
        for (AutoScalingGroup g : doc.all(AutoScalingGroup.class)) {
            if (g.minSize() > g.maxSize()) {
                problems.error(g.id(), "minSize", MIN_ABOVE_MAX, g.label(), String.valueOf(g.minSize()),
                        String.valueOf(g.maxSize()));
            } else if (g.desiredCapacity() < g.minSize() || g.desiredCapacity() > g.maxSize()) {
                problems.error(g.id(), "desiredCapacity", DESIRED_OUTSIDE, g.label(), String.valueOf(g.desiredCapacity()),
                        String.valueOf(g.minSize()), String.valueOf(g.maxSize()));
            }
            if (g.subnetIds().isEmpty()) {
                problems.error(g.id(), "subnetIds", NO_SUBNETS, g.label());
            }
            Subnet first = null;
            for (int j = 0; j < g.subnetIds().size(); j++) {
                Subnet s = doc.get(g.subnetIds().get(j), Subnet.class);
                if (s == null) {
                    continue;
                }
                if (first == null) {
                    first = s;
                } else if (!s.vpcId().equals(first.vpcId())) {
                    problems.error(g.id(), "subnetIds[" + j + "]", SUBNETS_DIFFERENT_VPCS, g.label(), s.label(),
                            context.label(s.vpcId()), first.label(), context.label(first.vpcId()));
                }
            }
        }
    }
}
