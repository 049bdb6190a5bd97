package dev.vpclab.model.resource;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;

/**
 * A subnet: one CIDR block of one VPC in one Availability Zone, associated with exactly one route table
 * (explicitly, or the VPC's main table) and one network ACL (explicitly, or the VPC's default ACL).
 *
 * @param id "subnet-…"
 * @param name Name tag
 * @param vpcId its VPC
 * @param availabilityZoneId its zone
 * @param cidr its block, inside a VPC block
 * @param mapPublicIpOnLaunch instances launched here get a public IPv4 address
 * @param routeTableId explicit route table association, or null for the main table
 * @param networkAclId explicit network ACL association, or null for the VPC's default ACL
 */
public record Subnet(String id, String name, String vpcId, String availabilityZoneId, Cidr cidr,
                     boolean mapPublicIpOnLaunch, String routeTableId, String networkAclId) implements Resource {
    /** Validates. */
    public Subnet {
        Req.id(id, "Subnet");
        name = Req.name(name);
        Req.ref(vpcId, "the subnet's VPC");
        Req.ref(availabilityZoneId, "the subnet's Availability Zone");
        if (cidr == null) {
            throw new IllegalArgumentException("subnet " + id + " needs a CIDR block");
        }
        routeTableId = Req.optRef(routeTableId);
        networkAclId = Req.optRef(networkAclId);
    }

    /**
     * AWS reserves the first four and the last address of every subnet.
     *
     * @param address an address in the subnet
     * @return true if AWS reserves it (network, router, DNS, future use, broadcast)
     */
    public boolean isReserved(Ipv4Address address) {
        long offset = address.unsigned() - cidr.network().unsigned();
        return offset >= 0 && offset < cidr.size() && (offset <= 3 || offset == cidr.size() - 1);
    }

    /** @return how many addresses are left for interfaces: size − 5 */
    public long usableAddressCount() {
        return Math.max(0, cidr.size() - 5);
    }

    /** @return the first address an interface can take (base + 4) */
    public Ipv4Address firstUsableAddress() {
        return cidr.network().plus(4);
    }
}
