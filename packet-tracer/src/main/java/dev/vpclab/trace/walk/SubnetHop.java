package dev.vpclab.trace.walk;

import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.engine.acl.CompiledNetworkAcl;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * A subnet's network ACL, evaluated on every packet that enters or leaves the subnet, requests and replies alike
 * (stateless: a reply needs its own rule for the client's ephemeral port)
 * (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html">network ACLs</a>).
 */
final class SubnetHop {

    private SubnetHop() {
    }

    /** @return true if the ACL lets the packet through; false when it stopped the walk */
    static boolean acl(Walk w, CompiledSubnet s, TrafficDirection direction) {
        CompiledNetworkAcl acl = s.networkAcl();
        boolean in = direction == TrafficDirection.INBOUND;
        if (acl == null) {
            w.step(s.id(), ComponentType.NETWORK_ACL, s.label(), StepKind.NETWORK_ACL, null, StepAction.ALLOW, "trace.step.acl.none",
                    s.label());
            return true;
        }
        int i = acl.evaluate(direction, w.packet);
        String label = acl.name().isBlank() ? acl.id() : acl.name();
        if (acl.allows(direction, i)) {
            w.step(acl.id(), ComponentType.NETWORK_ACL, label, StepKind.NETWORK_ACL, acl.ruleText(direction, i), StepAction.ALLOW,
                    in ? "trace.step.acl.in" : "trace.step.acl.out", s.label(), acl.ruleText(direction, i));
            return true;
        }
        String rule = acl.ruleText(direction, i);
        boolean implicit = i == CompiledNetworkAcl.IMPLICIT_DENY;
        String key = "trace.explain.acl." + (in ? "in." : "out.") + (implicit ? "implicit." : "rule.") + (w.reply ? "reply" : "request");
        w.fail(ExplanationCodes.SUBNET_ACL_RESTRICTION, acl.id(), ComponentType.NETWORK_ACL, label, StepKind.NETWORK_ACL, rule,
                () -> Msg.of(key, s.label(), implicit ? "*" : String.valueOf(acl.entry(direction, i).ruleNumber()),
                        w.packet.destinationPort(), FixAdvisor.trafficWord(w.packet), (in ? w.packet.source() : w.packet.destination()).toString(),
                        acl.id()),
                () -> FixAdvisor.acl(w, s, acl, direction, i));
        return false;
    }
}
