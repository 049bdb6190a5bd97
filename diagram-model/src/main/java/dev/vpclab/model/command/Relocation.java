package dev.vpclab.model.command;

import dev.vpclab.model.document.AddressPlanner;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resource side of {@link Reparent}: which fields change when an instance, NAT gateway or free network
 * interface moves to another subnet of its VPC (the subnet, and private addresses taken from the new subnet's
 * free ones, with the Elastic IPs mapped to them), or a subnet to another Availability Zone of its VPC.
 *
 * <p>AWS fixes all of these at creation (an instance's primary interface, a NAT gateway's subnet, a subnet's
 * zone and block); on the drawing board they are design choices, but never across VPCs: a subnet's block lies
 * in its VPC's blocks and an interface's security groups belong to its VPC
 * (https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html).
 */
final class Relocation {

    private final Document doc;
    private final List<Resource> changed = new ArrayList<>();

    private Relocation(Document doc) {
        this.doc = doc;
    }

    /**
     * @param doc the document
     * @param r the resource to move
     * @param container the subnet id (or, for a subnet, the Availability Zone column key) to move it into
     * @return the new versions of every resource that changes; empty when it stays in its container
     */
    static List<Resource> relocate(Document doc, Resource r, String container) {
        Relocation reloc = new Relocation(doc);
        if (r instanceof Subnet s) {
            reloc.subnet(s, container);
        } else if (r instanceof Instance i) {
            reloc.instance(i, container);
        } else if (r instanceof NatGateway n) {
            reloc.nat(n, container);
        } else if (r instanceof NetworkInterface e) {
            reloc.networkInterface(e, container);
        } else {
            throw CommandException.of("reparent.kind", r.id(), r.kind().awsName());
        }
        return List.copyOf(reloc.changed);
    }

    private void subnet(Subnet s, String container) {
        ElementTree.Column column = ElementTree.column(container);
        if (column == null || doc.contains(container)) {
            throw CommandException.of("reparent.subnetTarget", s.id(), container);
        }
        if (!column.vpcId().equals(s.vpcId())) {
            throw CommandException.of("reparent.subnetOtherVpc", s.id(), s.cidr().toString(), s.vpcId(), column.vpcId());
        }
        AvailabilityZone zone = doc.get(column.zoneId(), AvailabilityZone.class);
        if (zone == null) {
            throw CommandException.of("reparent.unknownZone", s.id(), column.zoneId());
        }
        Vpc vpc = Lookup.resource(doc, s.vpcId(), Vpc.class);
        if (!zone.regionId().equals(vpc.regionId())) {
            throw CommandException.of("reparent.zoneRegion", s.id(), zone.id(), vpc.id(), vpc.regionId());
        }
        if (vpc.cidrBlocks().stream().noneMatch(b -> b.contains(s.cidr()))) {
            throw CommandException.of("reparent.cidr", s.id(), s.cidr().toString(), vpc.id());
        }
        if (!zone.id().equals(s.availabilityZoneId())) {
            changed.add(new Subnet(s.id(), s.name(), s.vpcId(), zone.id(), s.cidr(), s.mapPublicIpOnLaunch(),
                    s.routeTableId(), s.networkAclId()));
        }
    }

    private void instance(Instance i, String container) {
        Subnet to = target(i, container, i.subnetId());
        if (to.id().equals(i.subnetId())) {
            return;
        }
        changed.add(new Instance(i.id(), i.name(), to.id(), i.instanceType(), i.state(), i.imageId(), i.autoScalingGroupId()));
        Addresses free = new Addresses(to);
        for (NetworkInterface e : doc.interfacesOf(i.id())) {
            if (e.subnetId().equals(i.subnetId())) {
                readdress(e, to, free);
            }
        }
    }

    private void nat(NatGateway n, String container) {
        Subnet to = target(n, container, n.subnetId());
        if (to.id().equals(n.subnetId())) {
            return;
        }
        Ipv4Address address = new Addresses(to).next(n.id(), 1).get(0);
        changed.add(new NatGateway(n.id(), n.name(), to.id(), n.connectivityType(), address, n.state()));
        remapElasticIps(n.id(), Map.of(n.privateIp(), address));
    }

    private void networkInterface(NetworkInterface e, String container) {
        if (e.instanceId() != null) {
            throw CommandException.of("reparent.attachedInterface", e.id(), e.instanceId());
        }
        Subnet to = target(e, container, e.subnetId());
        if (!to.id().equals(e.subnetId())) {
            readdress(e, to, new Addresses(to));
        }
    }

    private Subnet target(Resource r, String container, String currentSubnetId) {
        Subnet to = doc.get(container, Subnet.class);
        if (to == null) {
            throw CommandException.of("reparent.subnetOnly", r.id(), container);
        }
        Subnet from = Lookup.resource(doc, currentSubnetId, Subnet.class);
        if (!to.vpcId().equals(from.vpcId())) {
            throw CommandException.of("reparent.otherVpc", r.id(), to.id(), from.vpcId(), to.vpcId());
        }
        return to;
    }

    private void readdress(NetworkInterface e, Subnet to, Addresses free) {
        List<Ipv4Address> ips = free.next(e.id(), e.privateIps().size());
        Map<Ipv4Address, Ipv4Address> moved = new HashMap<>();
        for (int k = 0; k < ips.size(); k++) {
            moved.put(e.privateIps().get(k), ips.get(k));
        }
        changed.add(new NetworkInterface(e.id(), e.name(), to.id(), ips, e.securityGroupIds(), e.sourceDestCheck(),
                e.instanceId(), e.deviceIndex(), e.publicIp(), e.description()));
        remapElasticIps(e.id(), moved);
    }

    private void remapElasticIps(String targetId, Map<Ipv4Address, Ipv4Address> moved) {
        for (ElasticIp eip : doc.elasticIpsOf(targetId)) {
            Ipv4Address now = eip.privateIp() == null ? null : moved.get(eip.privateIp());
            if (now != null) {
                changed.add(new ElasticIp(eip.id(), eip.name(), eip.publicIp(), eip.associatedResourceId(), now));
            }
        }
    }

    /** The free addresses of one subnet, handed out lowest first. */
    private final class Addresses {
        private final Subnet subnet;
        private final Set<Ipv4Address> taken;

        Addresses(Subnet subnet) {
            this.subnet = subnet;
            this.taken = new HashSet<>(AddressPlanner.usedAddresses(doc, subnet));
        }

        List<Ipv4Address> next(String forId, int count) {
            List<Ipv4Address> out = new ArrayList<>();
            // AWS reserves the first four addresses and the last one of every subnet.
            for (long offset = 4; offset < subnet.cidr().size() - 1 && out.size() < count; offset++) {
                Ipv4Address candidate = subnet.cidr().address(offset);
                if (taken.add(candidate)) {
                    out.add(candidate);
                }
            }
            if (out.size() < count) {
                throw CommandException.of("reparent.noFreeAddress", forId, subnet.id(), String.valueOf(count));
            }
            return out;
        }
    }
}
