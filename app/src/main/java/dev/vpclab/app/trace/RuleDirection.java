package dev.vpclab.app.trace;

import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import java.util.Arrays;
import java.util.List;

/**
 * Which way a network ACL or security-group check looked: inbound (the packet enters the subnet or the interface)
 * or outbound (it leaves). The tracer names it in the rule ("acl-1 outbound rule *: …") and in the sentence's
 * key ("trace.step.sg.tracked.in").
 */
final class RuleDirection {

    private RuleDirection() {
    }

    /**
     * @param hop a network ACL or security-group hop
     * @return its direction, or null when the hop says none
     */
    static TrafficDirection of(Hop hop) {
        for (Step s : hop.steps()) {
            TrafficDirection d = of(s);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * @param s a step
     * @return its direction, or null
     */
    static TrafficDirection of(Step s) {
        String rule = s.rule();
        if (rule != null) {
            if (rule.contains(" inbound")) {
                return TrafficDirection.INBOUND;
            }
            if (rule.contains(" outbound")) {
                return TrafficDirection.OUTBOUND;
            }
        }
        List<String> parts = Arrays.asList(s.sentence().key().split("\\."));
        if (parts.contains("in")) {
            return TrafficDirection.INBOUND;
        }
        if (parts.contains("out")) {
            return TrafficDirection.OUTBOUND;
        }
        return null;
    }
}
