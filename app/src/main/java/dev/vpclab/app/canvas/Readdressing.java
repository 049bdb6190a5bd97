package dev.vpclab.app.canvas;

import dev.vpclab.app.render.RenderModel;
import dev.vpclab.model.document.AddressPlanner;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the addresses of pasted copies: a copied subnet gets a free block of its size in its VPC (unless its VPC is
 * copied too), and every private address in a subnet that already holds the originals gets the subnet's next free
 * address (AWS never gives one address twice); public addresses and Elastic IPs get new ones.
 */
final class Readdressing {

    /** Thrown when a copy does not fit. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Message reason;

        Refusal(Message reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }
    }

    private final Document doc;
    private final Set<String> newIds;
    private final DropContext publicAddresses;
    private final Map<String, Subnet> subnets = new HashMap<>();
    private final Set<String> keptBlocks = new HashSet<>();
    private final Map<String, Set<Ipv4Address>> taken = new HashMap<>();
    private final Map<String, Map<Ipv4Address, Ipv4Address>> moved = new HashMap<>();
    private Document working;

    Readdressing(Document doc, Map<String, String> idMap) {
        this.doc = doc;
        this.newIds = new HashSet<>(idMap.values());
        this.publicAddresses = new DropContext(doc, RenderModel.empty(), new ResourceFactory(new IdGenerator(0), doc));
        this.working = doc;
    }

    List<Resource> apply(List<Resource> copies) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : copies) {
            if (r instanceof Subnet s) {
                Subnet placed = subnet(s);
                subnets.put(placed.id(), placed);
                working = working.with(placed);
            }
        }
        for (Resource r : copies) {
            if (r instanceof Subnet s) {
                out.add(subnets.get(s.id()));
            } else if (!(r instanceof ElasticIp)) {
                Resource n = readdress(r);
                out.add(n);
            }
        }
        for (Resource r : copies) {
            if (r instanceof ElasticIp e) {
                Ipv4Address priv = e.privateIp() == null ? null
                        : moved.getOrDefault(e.associatedResourceId(), Map.of()).getOrDefault(e.privateIp(), e.privateIp());
                out.add(new ElasticIp(e.id(), e.name(), publicAddresses.freePublicAddress(), e.associatedResourceId(), priv));
            }
        }
        return out;
    }

    private Subnet subnet(Subnet s) {
        if (newIds.contains(s.vpcId())) {
            keptBlocks.add(s.id());
            return s;
        }
        Vpc vpc = doc.get(s.vpcId(), Vpc.class);
        Cidr block = vpc == null ? null : AddressPlanner.freeSubnetCidr(working, vpc, s.cidr().prefixLength()).orElse(null);
        if (block == null) {
            throw new Refusal(Message.of("canvas.paste.subnetFull", vpc == null ? s.vpcId() : vpc.label(), s.label()));
        }
        return RecordRewriter.with(s, "cidr", block);
    }

    /** A fresh address in the subnet for a copy, or the original one where the subnet is itself a fresh copy. */
    private Ipv4Address address(String subnetId, Ipv4Address old, String owner) {
        if (keptBlocks.contains(subnetId)) {
            return old;
        }
        Subnet s = subnets.containsKey(subnetId) ? subnets.get(subnetId) : doc.get(subnetId, Subnet.class);
        if (s == null) {
            return old;
        }
        Set<Ipv4Address> used = taken.computeIfAbsent(subnetId, k -> new HashSet<>(AddressPlanner.usedAddresses(working, s)));
        for (long offset = 4; offset < s.cidr().size() - 1; offset++) {
            Ipv4Address candidate = s.cidr().address(offset);
            if (used.add(candidate)) {
                moved.computeIfAbsent(owner, k -> new HashMap<>()).put(old, candidate);
                return candidate;
            }
        }
        throw new Refusal(Message.of("canvas.paste.noAddress", s.label(), owner));
    }

    private Resource readdress(Resource r) {
        if (r instanceof NetworkInterface e) {
            List<Ipv4Address> ips = new ArrayList<>();
            for (Ipv4Address ip : e.privateIps()) {
                ips.add(address(e.subnetId(), ip, e.id()));
            }
            NetworkInterface n = RecordRewriter.with(e, "privateIps", List.copyOf(ips));
            return e.publicIp() == null ? n : RecordRewriter.with(n, "publicIp", publicAddresses.freePublicAddress());
        }
        if (r instanceof NatGateway n) {
            return RecordRewriter.with(n, "privateIp", address(n.subnetId(), n.privateIp(), n.id()));
        }
        if (r instanceof DbInstance db) {
            DbInstance d = RecordRewriter.with(db, "primaryAddress", address(db.primarySubnetId(), db.primaryAddress(), db.id()));
            if (db.standbySubnetId() != null && db.standbyAddress() != null) {
                d = RecordRewriter.with(d, "standbyAddress", address(db.standbySubnetId(), db.standbyAddress(), db.id()));
            }
            return RecordRewriter.with(d, "endpointAddress", "");
        }
        if (r instanceof LoadBalancer lb) {
            Map<String, Ipv4Address> nodes = new LinkedHashMap<>();
            lb.nodeAddresses().forEach((sid, a) -> nodes.put(sid, address(sid, a, lb.id())));
            Map<String, Ipv4Address> pub = new LinkedHashMap<>();
            lb.nodePublicAddresses().forEach((sid, a) -> pub.put(sid, publicAddresses.freePublicAddress()));
            LoadBalancer l = RecordRewriter.with(lb, "nodeAddresses", Map.copyOf(nodes));
            l = RecordRewriter.with(l, "nodePublicAddresses", Map.copyOf(pub));
            return RecordRewriter.with(l, "dnsName", "");
        }
        if (r instanceof VpcEndpoint e) {
            Map<String, Ipv4Address> addresses = new LinkedHashMap<>();
            e.addresses().forEach((sid, a) -> addresses.put(sid, address(sid, a, e.id())));
            return RecordRewriter.with(e, "addresses", Map.copyOf(addresses));
        }
        return r;
    }
}
