package dev.vpclab.model.resource;

import dev.vpclab.model.net.Cidr;
import java.util.List;

/**
 * A virtual private cloud: one or more IPv4 CIDR blocks (the first is the primary) in one Region.
 *
 * @param id "vpc-…"
 * @param name Name tag
 * @param regionId the Region's code
 * @param cidrBlocks primary first; at least one
 * @param enableDnsSupport the Amazon DNS server answers (needed for private DNS of endpoints)
 * @param enableDnsHostnames instances with public IPs get public DNS names
 */
public record Vpc(String id, String name, String regionId, List<Cidr> cidrBlocks, boolean enableDnsSupport,
                  boolean enableDnsHostnames) implements Resource {
    /** Validates. */
    public Vpc {
        Req.id(id, "VPC");
        name = Req.name(name);
        Req.ref(regionId, "the VPC's Region");
        cidrBlocks = Req.list(cidrBlocks);
        if (cidrBlocks.isEmpty()) {
            throw new IllegalArgumentException("VPC " + id + " needs at least one CIDR block");
        }
    }

    /** @return the first CIDR block */
    public Cidr primaryCidr() {
        return cidrBlocks.get(0);
    }
}
