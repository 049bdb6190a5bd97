package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Instances, their (and free) network interfaces, NAT gateways and Elastic IPs. An interface's public address
 * is kept only when it is an auto-assigned one; an Elastic IP is a resource of its own, from describe-addresses,
 * from a NAT gateway's addresses, or from an interface association that names its allocation.
 */
final class ComputeMapper {

    private final ImportContext ctx;
    private final InterfaceRecords interfaces;
    private final FreeAddresses free;
    private final Set<String> elasticAddresses = new HashSet<>();
    private final List<ElasticIp> natElasticIps = new ArrayList<>();
    private final List<ElasticIp> interfaceElasticIps = new ArrayList<>();

    ComputeMapper(ImportContext ctx, InterfaceRecords interfaces, FreeAddresses free) {
        this.ctx = ctx;
        this.interfaces = interfaces;
        this.free = free;
    }

    void map() {
        for (Item a : ctx.snapshot().items(Section.ADDRESSES)) {
            elasticAddresses.add(AwsJson.text(a.json(), "PublicIp"));
        }
        ctx.forEach(Section.INSTANCES, this::instance);
        for (InterfaceRecords.Eni eni : interfaces.ownedBy(InterfaceOwner.Kind.NONE)) {
            ctx.guard(eni.file(), eni.id(), () -> networkInterface(eni));
        }
        ctx.forEach(Section.NAT_GATEWAYS, this::natGateway);
        ctx.forEach(Section.ADDRESSES, this::elasticIp);
        for (ElasticIp eip : natElasticIps) {
            if (!ctx.contains(eip.id())) {
                ctx.attempt(ctx.fileOf(eip.associatedResourceId()), eip.id(), () -> eip);
            }
        }
        for (ElasticIp eip : interfaceElasticIps) {
            if (!ctx.contains(eip.id())) {
                ctx.attempt(ctx.fileOf(eip.associatedResourceId()), eip.id(), () -> eip);
            }
        }
    }

    private void instance(Item item) {
        JsonNode i = item.json();
        String id = AwsJson.text(i, "InstanceId");
        String state = AwsJson.textAt(i, "State", "Name");
        String subnet = AwsJson.text(i, "SubnetId");
        if (subnet == null) {
            for (JsonNode e : AwsJson.array(i, "NetworkInterfaces")) {
                if (AwsJson.integer(e.path("Attachment"), "DeviceIndex", 0) == 0) {
                    subnet = AwsJson.text(e, "SubnetId");
                }
            }
        }
        if (subnet == null) {
            ctx.warn(item.file(), "aws.instance.noSubnet", id, String.valueOf(state));
            return;
        }
        String subnetId = subnet;
        ctx.attempt(item.file(), id, () -> new Instance(id, AwsJson.name(i), subnetId, AwsJson.text(i, "InstanceType"),
                AwsStates.instance(state), AwsJson.text(i, "ImageId"), null));
    }

    private void networkInterface(InterfaceRecords.Eni eni) {
        JsonNode e = eni.json();
        if (eni.subnetId() == null) {
            ctx.warn(eni.file(), "aws.eni.noSubnet", eni.id());
            return;
        }
        List<Ipv4Address> addresses = new ArrayList<>();
        for (String text : eni.privateAddresses()) {
            Ipv4Address a = ctx.ipv4(text, eni.file(), eni.id());
            if (a != null) {
                addresses.add(a);
            }
        }
        if (addresses.isEmpty()) {
            ctx.warn(eni.file(), "aws.eni.noAddress", eni.id());
            return;
        }
        Ipv4Address publicIp = null;
        for (JsonNode p : privateAddressEntries(e)) {
            JsonNode association = p.get("Association");
            String pub = AwsJson.text(association, "PublicIp");
            if (pub == null) {
                continue;
            }
            String allocation = AwsJson.text(association, "AllocationId");
            if (allocation != null && !elasticAddresses.contains(pub)) {
                Ipv4Address publicAddress = ctx.ipv4(pub, eni.file(), eni.id());
                Ipv4Address privateAddress = ctx.ipv4(AwsJson.text(p, "PrivateIpAddress"), eni.file(), eni.id());
                if (publicAddress != null) {
                    interfaceElasticIps.add(new ElasticIp(allocation, "", publicAddress, eni.id(), privateAddress));
                }
            } else if (allocation == null && !elasticAddresses.contains(pub) && publicIp == null
                    && AwsJson.bool(p, "Primary", true)) {
                publicIp = ctx.ipv4(pub, eni.file(), eni.id());
            }
        }
        int deviceIndex = Math.max(0, Math.min(255, AwsJson.integer(e.path("Attachment"), "DeviceIndex", 0)));
        Ipv4Address autoAssigned = publicIp;
        ctx.attempt(eni.file(), eni.id(), () -> new NetworkInterface(eni.id(), AwsJson.name(e), eni.subnetId(), addresses,
                eni.groupIds(), AwsJson.bool(e, "SourceDestCheck", true), eni.instanceId(), deviceIndex, autoAssigned,
                AwsJson.text(e, "Description")));
    }

    /**
     * The per-address entries of an interface, then the interface itself, whose Association belongs to its
     * primary address (describe-instances lists some interfaces without per-address entries).
     */
    private static List<JsonNode> privateAddressEntries(JsonNode eni) {
        List<JsonNode> entries = AwsJson.array(eni, "PrivateIpAddresses");
        entries.add(eni);
        return entries;
    }

    private void natGateway(Item item) {
        JsonNode n = item.json();
        String id = AwsJson.text(n, "NatGatewayId");
        String subnet = AwsJson.text(n, "SubnetId");
        List<JsonNode> addresses = AwsJson.array(n, "NatGatewayAddresses");
        addresses.sort((a, b) -> Boolean.compare(AwsJson.bool(b, "IsPrimary", false), AwsJson.bool(a, "IsPrimary", false)));
        Ipv4Address privateIp = null;
        for (JsonNode a : addresses) {
            Ipv4Address p = ctx.ipv4(AwsJson.text(a, "PrivateIp"), item.file(), id);
            privateIp = privateIp == null ? p : privateIp;
            String allocation = AwsJson.text(a, "AllocationId");
            Ipv4Address pub = ctx.ipv4(AwsJson.text(a, "PublicIp"), item.file(), id);
            if (allocation != null && pub != null) {
                natElasticIps.add(new ElasticIp(allocation, "", pub, id, p));
            }
        }
        if (privateIp == null) {
            for (InterfaceRecords.Eni eni : interfaces.ownedBy(InterfaceOwner.Kind.NAT_GATEWAY)) {
                if (id != null && id.equals(eni.owner().ref()) && eni.primaryAddress() != null) {
                    privateIp = eni.primaryAddress();
                }
            }
        }
        if (privateIp == null) {
            Optional<Ipv4Address> guess = free.take(subnet);
            if (guess.isEmpty()) {
                ctx.warn(item.file(), "aws.nat.noAddress", id, String.valueOf(subnet));
                return;
            }
            privateIp = guess.get();
            ctx.warn(item.file(), "aws.nat.addressGuessed", id, privateIp.toString());
        }
        Ipv4Address address = privateIp;
        NatGateway.Connectivity connectivity = "private".equalsIgnoreCase(AwsJson.text(n, "ConnectivityType"))
                ? NatGateway.Connectivity.PRIVATE : NatGateway.Connectivity.PUBLIC;
        ctx.attempt(item.file(), id, () -> new NatGateway(id, AwsJson.name(n), subnet, connectivity, address,
                AwsStates.lifecycle(AwsJson.text(n, "State"))));
    }

    private void elasticIp(Item item) {
        JsonNode a = item.json();
        String allocation = AwsJson.text(a, "AllocationId");
        String publicText = AwsJson.text(a, "PublicIp");
        if (allocation == null) {
            ctx.warn(item.file(), "aws.eip.classic", String.valueOf(publicText));
            return;
        }
        Ipv4Address publicIp = ctx.ipv4(publicText, item.file(), allocation);
        if (publicIp == null) {
            return;
        }
        String target = AwsJson.text(a, "NetworkInterfaceId");
        InterfaceRecords.Eni eni = interfaces.get(target);
        if (eni == null && target == null && AwsJson.text(a, "InstanceId") != null) {
            target = primaryInterfaceOf(AwsJson.text(a, "InstanceId"));
        }
        if (eni == null && target != null && natOf(target) != null) {
            target = natOf(target);
        } else if (eni != null) {
            InterfaceOwner.Kind owner = eni.owner().kind();
            if (owner == InterfaceOwner.Kind.LOAD_BALANCER) {
                return;
            }
            if (owner == InterfaceOwner.Kind.NAT_GATEWAY) {
                target = eni.owner().ref() != null ? eni.owner().ref() : natOf(eni.id());
            } else if (owner != InterfaceOwner.Kind.NONE) {
                ctx.warn(item.file(), "aws.eip.unsupportedOwner", allocation, target);
                target = null;
            }
        }
        String associated = target;
        Ipv4Address privateIp = associated == null ? null : ctx.ipv4(AwsJson.text(a, "PrivateIpAddress"), item.file(), allocation);
        ctx.attempt(item.file(), allocation, () -> new ElasticIp(allocation, AwsJson.name(a), publicIp, associated, privateIp));
    }

    /** The NAT gateway whose addresses name the interface, or null. */
    private String natOf(String interfaceId) {
        for (Item n : ctx.snapshot().items(Section.NAT_GATEWAYS)) {
            for (JsonNode a : AwsJson.array(n.json(), "NatGatewayAddresses")) {
                if (interfaceId.equals(AwsJson.text(a, "NetworkInterfaceId"))) {
                    return AwsJson.text(n.json(), "NatGatewayId");
                }
            }
        }
        return null;
    }

    private String primaryInterfaceOf(String instanceId) {
        for (InterfaceRecords.Eni eni : interfaces.all()) {
            if (instanceId.equals(eni.instanceId()) && AwsJson.integer(eni.json().path("Attachment"), "DeviceIndex", 0) == 0) {
                return eni.id();
            }
        }
        return null;
    }
}
