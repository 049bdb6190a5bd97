package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.model.net.Ipv4Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every network interface the snapshot mentions, once: those of describe-network-interfaces merged with those
 * listed inside describe-instances (deduplicated by id), each with its owner and its instance.
 */
final class InterfaceRecords {

    /**
     * One interface.
     *
     * @param id "eni-…"
     * @param json the merged record
     * @param file where it was first read
     * @param instanceId the instance it is attached to, or null
     * @param owner who manages it
     */
    record Eni(String id, JsonNode json, String file, String instanceId, InterfaceOwner owner) {

        /** @return its subnet, or null */
        String subnetId() {
            return AwsJson.text(json, "SubnetId");
        }

        /** @return its VPC, or null */
        String vpcId() {
            return AwsJson.text(json, "VpcId");
        }

        /** @return its private addresses as AWS wrote them, primary first */
        List<String> privateAddresses() {
            List<String> out = new ArrayList<>();
            String primary = AwsJson.text(json, "PrivateIpAddress");
            for (JsonNode p : AwsJson.array(json, "PrivateIpAddresses")) {
                if (primary == null && AwsJson.bool(p, "Primary", false)) {
                    primary = AwsJson.text(p, "PrivateIpAddress");
                }
            }
            if (primary != null) {
                out.add(primary);
            }
            for (JsonNode p : AwsJson.array(json, "PrivateIpAddresses")) {
                String a = AwsJson.text(p, "PrivateIpAddress");
                if (a != null && !out.contains(a)) {
                    out.add(a);
                }
            }
            return out;
        }

        /** @return the primary private address, or null when it is missing or not IPv4 */
        Ipv4Address primaryAddress() {
            List<String> all = privateAddresses();
            return all.isEmpty() || !Ipv4Address.isValid(all.get(0)) ? null : Ipv4Address.parse(all.get(0));
        }

        /** @return the public address associated with the primary address, or null */
        String publicAddress() {
            return AwsJson.textAt(json, "Association", "PublicIp");
        }

        /** @return the security groups, by id */
        List<String> groupIds() {
            return AwsJson.texts(json, "Groups", "GroupId");
        }
    }

    private final Map<String, Eni> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> addressesBySubnet = new HashMap<>();

    private InterfaceRecords() {
    }

    /**
     * @param snapshot the snapshot
     * @return its interfaces
     */
    static InterfaceRecords collect(Snapshot snapshot) {
        Map<String, ObjectNode> merged = new LinkedHashMap<>();
        Map<String, String> files = new HashMap<>();
        Map<String, String> instances = new HashMap<>();
        for (Item item : snapshot.items(Section.NETWORK_INTERFACES)) {
            String id = AwsJson.text(item.json(), "NetworkInterfaceId");
            if (id != null) {
                merged.put(id, ((ObjectNode) item.json()).deepCopy());
                files.put(id, item.file());
            }
        }
        for (Item item : snapshot.items(Section.INSTANCES)) {
            String instanceId = AwsJson.text(item.json(), "InstanceId");
            for (JsonNode e : AwsJson.array(item.json(), "NetworkInterfaces")) {
                String id = AwsJson.text(e, "NetworkInterfaceId");
                if (id == null || !e.isObject()) {
                    continue;
                }
                ObjectNode record = merged.computeIfAbsent(id, k -> ((ObjectNode) e).deepCopy());
                e.properties().forEach(f -> {
                    if (!record.has(f.getKey())) {
                        record.set(f.getKey(), f.getValue().deepCopy());
                    }
                });
                instances.put(id, instanceId);
                files.putIfAbsent(id, item.file());
            }
        }
        InterfaceRecords out = new InterfaceRecords();
        merged.forEach((id, json) -> {
            String instance = AwsJson.textAt(json, "Attachment", "InstanceId");
            Eni eni = new Eni(id, json, files.get(id), instance != null ? instance : instances.get(id), InterfaceOwner.of(json));
            out.byId.put(id, eni);
            if (eni.subnetId() != null) {
                out.addressesBySubnet.computeIfAbsent(eni.subnetId(), k -> new LinkedHashSet<>()).addAll(eni.privateAddresses());
            }
        });
        return out;
    }

    /** @return every interface, in reading order */
    Collection<Eni> all() {
        return byId.values();
    }

    /** @param id an interface id @return it, or null */
    Eni get(String id) {
        return id == null ? null : byId.get(id);
    }

    /**
     * @param kind an owner kind
     * @return the interfaces that kind of resource owns
     */
    List<Eni> ownedBy(InterfaceOwner.Kind kind) {
        return byId.values().stream().filter(e -> e.owner().kind() == kind).toList();
    }

    /**
     * @param subnetId a subnet
     * @return every private address an interface of the snapshot holds there, as AWS wrote it
     */
    Set<String> addressesIn(String subnetId) {
        return addressesBySubnet.getOrDefault(subnetId, Set.of());
    }
}
