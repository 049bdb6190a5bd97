package dev.vpclab.engine.sg;

import dev.vpclab.model.net.Ipv4Address;

/**
 * Answers whether an address belongs to an interface that carries a security group, as seen from a VPC: an
 * SG reference matches only private addresses of interfaces in the same VPC or in a peered VPC of the same
 * Region (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html">security
 * group rules</a>).
 */
@FunctionalInterface
public interface SecurityGroupMembership {

    /**
     * @param groupId the referenced group
     * @param address a packet's source (inbound) or destination (outbound) address
     * @param vpcId the VPC of the interface whose rules are evaluated
     * @return true if the reference matches the address
     */
    boolean carries(String groupId, Ipv4Address address, String vpcId);
}
