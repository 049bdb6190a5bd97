package dev.vpclab.model.resource;

import dev.vpclab.model.net.TrafficDirection;
import java.util.Comparator;
import java.util.List;

/**
 * A network ACL: stateless numbered rules per direction, lowest number first, first match wins, and an
 * implicit final deny. Subnets associate with it through {@link Subnet#networkAclId()}; the VPC's default
 * ACL serves every subnet without an explicit association.
 *
 * @param id "acl-…"
 * @param name Name tag
 * @param vpcId its VPC
 * @param isDefault true for the VPC's default ACL
 * @param entries its rules, both directions; the implicit "*" deny is not stored
 */
public record NetworkAcl(String id, String name, String vpcId, boolean isDefault, List<NetworkAclEntry> entries)
        implements Resource {
    /** Validates. */
    public NetworkAcl {
        Req.id(id, "Network ACL");
        name = Req.name(name);
        Req.ref(vpcId, "the network ACL's VPC");
        entries = Req.list(entries);
    }

    /**
     * @param direction inbound or outbound
     * @return that direction's rules sorted by rule number
     */
    public List<NetworkAclEntry> entries(TrafficDirection direction) {
        return entries.stream().filter(e -> e.direction() == direction)
                .sorted(Comparator.comparingInt(NetworkAclEntry::ruleNumber)).toList();
    }
}
