package dev.vpclab.app.find;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;

/** The addresses and blocks each resource holds, for finding a resource by an address. */
final class Addresses {

    private Addresses() {
    }

    /**
     * @param doc the document
     * @param r a resource
     * @return its own addresses: private and public IPs
     */
    static List<Ipv4Address> addresses(Document doc, Resource r) {
        List<Ipv4Address> out = new ArrayList<>();
        if (r instanceof NetworkInterface e) {
            out.addAll(e.privateIps());
            if (e.publicIp() != null) {
                out.add(e.publicIp());
            }
            doc.elasticIpsOf(e.id()).forEach(eip -> out.add(eip.publicIp()));
        } else if (r instanceof ElasticIp eip) {
            out.add(eip.publicIp());
        } else if (r instanceof NatGateway n) {
            out.add(n.privateIp());
            doc.elasticIpsOf(n.id()).forEach(eip -> out.add(eip.publicIp()));
        } else if (r instanceof LoadBalancer lb) {
            out.addAll(lb.nodeAddresses().values());
            out.addAll(lb.nodePublicAddresses().values());
        } else if (r instanceof DbInstance db) {
            out.add(db.primaryAddress());
            if (db.standbyAddress() != null) {
                out.add(db.standbyAddress());
            }
        } else if (r instanceof InternetClient c) {
            out.add(c.publicIp());
        } else if (r instanceof VpcEndpoint e) {
            out.addAll(e.addresses().values());
        }
        return out;
    }

    /**
     * @param r a resource
     * @return its blocks: a VPC's, a subnet's, an on-premises network's
     */
    static List<Cidr> blocks(Resource r) {
        if (r instanceof Vpc v) {
            return v.cidrBlocks();
        } else if (r instanceof Subnet s) {
            return List.of(s.cidr());
        } else if (r instanceof OnPremisesNetwork o) {
            return o.cidrs();
        }
        return List.of();
    }
}
