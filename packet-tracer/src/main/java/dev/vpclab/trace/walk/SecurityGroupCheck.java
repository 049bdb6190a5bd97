package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.sg.CompiledSecurityGroup;
import dev.vpclab.engine.sg.SecurityGroupSet;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * The security groups of an interface: the union of their allow rules; replies of a tracked connection pass by
 * connection tracking whatever the rules say
 * (<a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html">connection
 * tracking</a>).
 */
final class SecurityGroupCheck {

    private SecurityGroupCheck() {
    }

    /** @return true if the groups let the packet through; false when they stopped the walk */
    static boolean check(Walk w, AttachmentPoint point, TrafficDirection direction) {
        if (!point.hasSecurityGroups()) {
            return true;
        }
        SecurityGroupSet groups = point.securityGroups();
        boolean in = direction == TrafficDirection.INBOUND;
        String first = groups.isEmpty() ? point.componentId() : groups.groups().get(0).id();
        ComponentType firstType = groups.isEmpty() ? ComponentType.NETWORK_INTERFACE : ComponentType.SECURITY_GROUP;
        String firstLabel = groups.isEmpty() ? point.label() : groups.groups().get(0).label();
        if (w.reply && w.flow.tracks(point.id())) {
            w.step(first, firstType, firstLabel, StepKind.CONNECTION_TRACKING, null, StepAction.ALLOW,
                    in ? "trace.step.sg.tracked.in" : "trace.step.sg.tracked.out", groups.label(), point.label());
            return true;
        }
        SecurityGroupSet.Match m = groups.evaluate(direction, w.packet, point.vpcId(), w.net);
        if (m != null) {
            CompiledSecurityGroup g = m.group();
            String rule = g.ruleText(direction, m.ruleIndex());
            w.step(g.id(), ComponentType.SECURITY_GROUP, g.label(), StepKind.SECURITY_GROUP, rule, StepAction.ALLOW,
                    in ? "trace.step.sg.in" : "trace.step.sg.out", g.label(), rule, point.label());
            w.flow.track(point.id());
            return true;
        }
        boolean none = groups.hasNoRules();
        String code = none ? ExplanationCodes.SG_HAS_NO_RULES : ExplanationCodes.ENI_SG_RULES_MISMATCH;
        String peer = (in ? w.packet.source() : w.packet.destination()).toString();
        String rule = (groups.isEmpty() ? point.componentId() + " (no security group)" : groups.label())
                + (in ? " inbound: no rule allows " : " outbound: no rule allows ") + FixAdvisor.trafficWord(w.packet)
                + (in ? " from " : " to ") + peer;
        String key = "trace.explain.sg." + (in ? "in" : "out") + (none ? ".none" : "");
        w.fail(code, first, firstType, firstLabel, StepKind.SECURITY_GROUP, rule,
                () -> Msg.of(key, groups.isEmpty() ? point.componentId() : groups.label(), point.label(), FixAdvisor.trafficWord(w.packet), peer),
                () -> FixAdvisor.securityGroup(w, point, direction));
        return false;
    }
}
