package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Private addresses: each must lie in its subnet, must not be one of the five addresses AWS reserves in every
 * subnet (network, router, DNS, future use, last; "Subnet CIDR blocks",
 * https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html), and must be unique in its VPC. Besides
 * network interfaces this covers NAT gateways, load balancer nodes, interface endpoints and DB instances. Also
 * Elastic IPs: at most one per private address of an interface.
 */
final class AddressChecks implements Check {

    static final String OUTSIDE_SUBNET = "validation.address.outsideSubnet";
    static final String RESERVED = "validation.address.reserved";
    static final String DUPLICATE = "validation.address.duplicate";
    static final String EIP_SAME_ADDRESS = "validation.elasticIp.sameAddress";
    static final String EIP_NOT_ON_INTERFACE = "validation.elasticIp.addressNotOnInterface";

    /**
     * One private address and who holds it.
     *
     * @param ownerId the resource
     * @param owner what the sentence calls it
     * @param field the field holding the address
     * @param address the address
     * @param subnetId the subnet it must lie in
     * @param service true for an address a service manages (NAT gateway, load balancer, endpoint, database)
     * @param detachedInterface true for a network interface attached to no instance
     */
    private record Holder(String ownerId, String owner, String field, Ipv4Address address, String subnetId,
                          boolean service, boolean detachedInterface) {
    }

    @Override
    public Set<String> keys() {
        return Set.of(OUTSIDE_SUBNET, RESERVED, DUPLICATE, EIP_SAME_ADDRESS, EIP_NOT_ON_INTERFACE);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        Map<String, Holder> firstByVpcAndAddress = new HashMap<>();
        for (Holder h : holders(context)) {
            Subnet subnet = doc.get(h.subnetId(), Subnet.class);
            if (subnet == null) {
                continue;
            }
            if (!subnet.cidr().contains(h.address())) {
                problems.error(h.ownerId(), h.field(), OUTSIDE_SUBNET, h.owner(), h.address().toString(), subnet.label(),
                        subnet.cidr().toString(), ValidationContext.firstUsable(subnet), ValidationContext.lastUsable(subnet));
            } else if (subnet.isReserved(h.address())) {
                problems.error(h.ownerId(), h.field(), RESERVED, h.owner(), h.address().toString(), subnet.label(),
                        subnet.cidr().toString(), ValidationContext.firstUsable(subnet), ValidationContext.lastUsable(subnet));
            }
            Holder first = firstByVpcAndAddress.putIfAbsent(subnet.vpcId() + '\n' + h.address().bits(), h);
            if (first != null && !sameInterfaceSeenTwice(first, h)) {
                problems.error(h.ownerId(), h.field(), DUPLICATE, h.owner(), h.address().toString(), first.owner(),
                        context.label(subnet.vpcId()));
            }
        }
        elasticIps(doc, problems);
    }

    /**
     * AWS lists the interface a NAT gateway, load balancer, endpoint or database uses as a network interface of
     * its own (attached to no instance); a document imported from AWS may hold both. Such a pair is one address,
     * not two.
     */
    private static boolean sameInterfaceSeenTwice(Holder a, Holder b) {
        return (a.service() && b.detachedInterface()) || (a.detachedInterface() && b.service());
    }

    private static List<Holder> holders(ValidationContext context) {
        Document doc = context.doc();
        List<Holder> out = new ArrayList<>();
        for (Resource r : doc.all()) {
            if (r instanceof NetworkInterface e) {
                String owner = e.instanceId() != null && e.name().isBlank()
                        ? e.id() + " (" + context.label(e.instanceId()) + ")" : e.label();
                for (int i = 0; i < e.privateIps().size(); i++) {
                    out.add(new Holder(e.id(), owner, "privateIps[" + i + "]", e.privateIps().get(i), e.subnetId(),
                            false, e.instanceId() == null));
                }
            } else if (r instanceof NatGateway n) {
                out.add(new Holder(n.id(), n.label(), "privateIp", n.privateIp(), n.subnetId(), true, false));
            } else if (r instanceof LoadBalancer lb) {
                lb.nodeAddresses().forEach((subnetId, a) ->
                        out.add(new Holder(lb.id(), lb.label(), "nodeAddresses." + subnetId, a, subnetId, true, false)));
            } else if (r instanceof VpcEndpoint ep) {
                ep.addresses().forEach((subnetId, a) ->
                        out.add(new Holder(ep.id(), ep.label(), "addresses." + subnetId, a, subnetId, true, false)));
            } else if (r instanceof DbInstance db) {
                out.add(new Holder(db.id(), db.label(), "primaryAddress", db.primaryAddress(), db.primarySubnetId(), true, false));
                if (db.standbyAddress() != null && db.standbySubnetId() != null) {
                    out.add(new Holder(db.id(), db.label(), "standbyAddress", db.standbyAddress(), db.standbySubnetId(),
                            true, false));
                }
            }
        }
        return out;
    }

    private static void elasticIps(Document doc, Problems problems) {
        Map<String, ElasticIp> firstByAddress = new HashMap<>();
        for (ElasticIp eip : doc.all(ElasticIp.class)) {
            NetworkInterface eni = doc.get(eip.associatedResourceId(), NetworkInterface.class);
            Instance instance = doc.get(eip.associatedResourceId(), Instance.class);
            if (eni == null && instance != null) {
                eni = doc.primaryInterface(instance.id()).orElse(null);
            }
            if (eni == null) {
                continue;
            }
            Ipv4Address address = eip.privateIp() != null ? eip.privateIp() : eni.primaryIp();
            String field = eip.privateIp() != null ? "privateIp" : "associatedResourceId";
            if (!eni.privateIps().contains(address)) {
                problems.error(eip.id(), field, EIP_NOT_ON_INTERFACE, eip.label(), eip.publicIp().toString(),
                        address.toString(), eni.label());
                continue;
            }
            ElasticIp first = firstByAddress.putIfAbsent(eni.id() + '\n' + address.bits(), eip);
            if (first != null) {
                problems.error(eip.id(), field, EIP_SAME_ADDRESS, eip.label(), eip.publicIp().toString(), address.toString(),
                        eni.label(), first.label());
            }
        }
    }
}
