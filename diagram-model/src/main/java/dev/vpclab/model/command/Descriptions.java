package dev.vpclab.model.command;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.SecurityGroupRule;
import java.util.List;

/** The arguments command descriptions share: subjects, rule directions and rules in short form. */
final class Descriptions {

    private Descriptions() {
    }

    /**
     * @param key a description key; "key.many" is used for more than one subject
     * @param ids the subjects, ids or element keys
     * @return "Move web" for one, "Move web and 2 more" for several
     */
    static Message subjects(String key, List<String> ids) {
        if (ids.size() == 1) {
            return Message.of(key, ids.get(0));
        }
        return Message.of(key + ".many", ids.get(0), String.valueOf(ids.size() - 1));
    }

    /**
     * @param direction a direction
     * @return the number the bundles' choice formats take: 0 inbound, 1 outbound
     */
    static Integer direction(TrafficDirection direction) {
        return direction == TrafficDirection.INBOUND ? 0 : 1;
    }

    /**
     * @param rule a security-group rule
     * @return the rule as the console lists it: "tcp 443 0.0.0.0/0"
     */
    static String rule(SecurityGroupRule rule) {
        StringBuilder sb = new StringBuilder(rule.protocol().toString());
        if (rule.portRange() != null) {
            sb.append(' ').append(rule.portRange().isAll() ? "all" : rule.portRange().toString());
        }
        if (rule.icmp() != null) {
            sb.append(' ').append(rule.icmp());
        }
        return sb.append(' ').append(rule.peer()).toString();
    }
}
