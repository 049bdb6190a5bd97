package dev.vpclab.model.document;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Proposes free subnet blocks in a VPC and free addresses in a subnet, as the console does when you create one. */
public final class AddressPlanner {

    private AddressPlanner() {
    }

    /**
     * The lowest block of the given size inside one of the VPC's blocks that overlaps no subnet of the VPC.
     *
     * @param doc the document
     * @param vpc the VPC
     * @param prefixLength the subnet size, /16 … /28
     * @return a free block, or empty when the VPC is full
     */
    public static Optional<Cidr> freeSubnetCidr(Document doc, Vpc vpc, int prefixLength) {
        for (Cidr block : vpc.cidrBlocks()) {
            if (prefixLength < block.prefixLength()) {
                continue;
            }
            long step = 1L << (32 - prefixLength);
            for (long offset = 0; offset < block.size(); offset += step) {
                Cidr candidate = Cidr.of(block.network().plus(offset), prefixLength);
                boolean free = doc.subnetsOf(vpc.id()).stream().noneMatch(s -> s.cidr().overlaps(candidate));
                if (free) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The lowest address of the subnet that is neither reserved by AWS nor used by an interface, NAT gateway,
     * load balancer node, endpoint or database.
     *
     * @param doc the document
     * @param subnet the subnet
     * @return a free address, or empty when the subnet is full
     */
    public static Optional<Ipv4Address> freeAddress(Document doc, Subnet subnet) {
        Set<Ipv4Address> used = usedAddresses(doc, subnet);
        for (long offset = 4; offset < subnet.cidr().size() - 1; offset++) {
            Ipv4Address candidate = subnet.cidr().address(offset);
            if (!used.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param doc the document
     * @param subnet a subnet
     * @return every address in the subnet that something holds
     */
    public static Set<Ipv4Address> usedAddresses(Document doc, Subnet subnet) {
        Set<Ipv4Address> used = new HashSet<>();
        for (NetworkInterface eni : doc.interfacesIn(subnet.id())) {
            used.addAll(eni.privateIps());
        }
        for (NatGateway nat : doc.all(NatGateway.class)) {
            if (nat.subnetId().equals(subnet.id())) {
                used.add(nat.privateIp());
            }
        }
        for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
            Ipv4Address a = lb.nodeAddresses().get(subnet.id());
            if (a != null) {
                used.add(a);
            }
        }
        for (VpcEndpoint e : doc.all(VpcEndpoint.class)) {
            Ipv4Address a = e.addresses().get(subnet.id());
            if (a != null) {
                used.add(a);
            }
        }
        for (DbInstance db : doc.all(DbInstance.class)) {
            if (db.primarySubnetId().equals(subnet.id())) {
                used.add(db.primaryAddress());
            }
            if (subnet.id().equals(db.standbySubnetId()) && db.standbyAddress() != null) {
                used.add(db.standbyAddress());
            }
        }
        return used;
    }
}
