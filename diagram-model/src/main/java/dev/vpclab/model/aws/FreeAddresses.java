package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.document.AddressPlanner;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks an address for something the snapshot does not give one (a database whose interface was not exported,
 * a failed NAT gateway) with {@link AddressPlanner#freeAddress}, the way the console proposes one. Besides what
 * the document holds so far it avoids every address an interface, NAT gateway or load balancer of the snapshot
 * holds and every address picked before, so a guess never collides with a real address.
 */
final class FreeAddresses {

    private final ImportContext ctx;
    private final InterfaceRecords interfaces;
    private final Map<String, Set<Ipv4Address>> reserved = new HashMap<>();

    FreeAddresses(ImportContext ctx, InterfaceRecords interfaces) {
        this.ctx = ctx;
        this.interfaces = interfaces;
        for (Item nat : ctx.snapshot().items(Section.NAT_GATEWAYS)) {
            for (JsonNode a : AwsJson.array(nat.json(), "NatGatewayAddresses")) {
                reserve(AwsJson.text(nat.json(), "SubnetId"), AwsJson.text(a, "PrivateIp"));
            }
        }
        for (Item lb : ctx.snapshot().items(Section.LOAD_BALANCERS)) {
            for (JsonNode zone : AwsJson.array(lb.json(), "AvailabilityZones")) {
                for (JsonNode a : AwsJson.array(zone, "LoadBalancerAddresses")) {
                    reserve(AwsJson.text(zone, "SubnetId"), AwsJson.text(a, "PrivateIPv4Address"));
                }
            }
        }
    }

    private void reserve(String subnetId, String address) {
        if (address != null && Ipv4Address.isValid(address)) {
            reserve(subnetId, Ipv4Address.parse(address));
        }
    }

    /**
     * @param subnetId a subnet
     * @param address an address something of the snapshot holds there
     */
    void reserve(String subnetId, Ipv4Address address) {
        if (subnetId != null && address != null) {
            reserved.computeIfAbsent(subnetId, k -> new LinkedHashSet<>()).add(address);
        }
    }

    /**
     * @param subnetId a subnet
     * @return a free address in it (now reserved), or empty when the subnet is unknown or full
     */
    Optional<Ipv4Address> take(String subnetId) {
        Resource r = ctx.get(subnetId);
        if (!(r instanceof Subnet subnet)) {
            return Optional.empty();
        }
        Set<Ipv4Address> held = new LinkedHashSet<>(reserved.getOrDefault(subnetId, Set.of()));
        for (String text : interfaces.addressesIn(subnetId)) {
            if (Ipv4Address.isValid(text)) {
                held.add(Ipv4Address.parse(text));
            }
        }
        List<Resource> planning = new ArrayList<>(ctx.resources());
        if (!held.isEmpty()) {
            planning.add(new NetworkInterface(placeholderId(subnetId), "", subnetId, List.copyOf(held), List.of(), true,
                    null, 0, null, ""));
        }
        Optional<Ipv4Address> free = AddressPlanner.freeAddress(Document.of(planning, Layout.EMPTY), subnet);
        free.ifPresent(a -> reserve(subnetId, a));
        return free;
    }

    private String placeholderId(String subnetId) {
        String id = "eni-planning-" + subnetId;
        while (ctx.contains(id)) {
            id = id + "-";
        }
        return id;
    }
}
