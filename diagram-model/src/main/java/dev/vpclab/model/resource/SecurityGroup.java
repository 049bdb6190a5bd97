package dev.vpclab.model.resource;

import java.util.List;

/**
 * A security group: stateful allow rules on network interfaces, inbound and outbound; the rules of all groups
 * on an interface are unioned.
 *
 * @param id "sg-…"
 * @param name Name tag
 * @param vpcId its VPC
 * @param groupName the group name ("default" for the VPC's default group)
 * @param description free text
 * @param ingress inbound rules
 * @param egress outbound rules
 */
public record SecurityGroup(String id, String name, String vpcId, String groupName, String description,
                            List<SecurityGroupRule> ingress, List<SecurityGroupRule> egress) implements Resource {
    /** Validates. */
    public SecurityGroup {
        Req.id(id, "Security group");
        name = Req.name(name);
        Req.ref(vpcId, "the security group's VPC");
        groupName = Req.text(groupName);
        description = Req.text(description);
        ingress = Req.list(ingress);
        egress = Req.list(egress);
    }

    /** @return true for the VPC's default group */
    public boolean isDefault() {
        return "default".equals(groupName);
    }
}
