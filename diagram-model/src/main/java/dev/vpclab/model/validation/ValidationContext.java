package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The document being validated and the lookups several checks share, built once per validation run so that
 * no check scans the whole document per resource.
 */
final class ValidationContext {

    private final Document doc;
    private final Set<String> activePeerings = new HashSet<>();
    private final Map<String, Boolean> internetRouteByTable = new HashMap<>();
    private final Map<String, Set<Cidr>> subnetBlocksByVpc = new HashMap<>();

    /** @param doc the document */
    ValidationContext(Document doc) {
        this.doc = doc;
        for (VpcPeeringConnection p : doc.all(VpcPeeringConnection.class)) {
            if (p.status() == VpcPeeringConnection.Status.ACTIVE) {
                activePeerings.add(pair(p.requesterVpcId(), p.accepterVpcId()));
            }
        }
    }

    /** @return the document */
    Document doc() {
        return doc;
    }

    /** @param id an id @return what a sentence calls it: its Name, else its id (the id itself if it is gone) */
    String label(String id) {
        Resource r = doc.get(id);
        return r == null ? String.valueOf(id) : r.label();
    }

    /**
     * The VPC a resource lives in: its own VPC field, or its subnet's VPC.
     *
     * @param id a resource id
     * @return the VPC id, or null when the resource has none (or is gone)
     */
    String vpcOf(String id) {
        Resource r = doc.get(id);
        if (r instanceof Vpc v) {
            return v.id();
        } else if (r instanceof Subnet s) {
            return s.vpcId();
        } else if (r instanceof NetworkInterface e) {
            return subnetVpc(e.subnetId());
        } else if (r instanceof Instance in) {
            return subnetVpc(in.subnetId());
        } else if (r instanceof NatGateway n) {
            return subnetVpc(n.subnetId());
        } else if (r instanceof DbInstance db) {
            return subnetVpc(db.primarySubnetId());
        } else if (r instanceof InternetGateway g) {
            return g.vpcId();
        } else if (r instanceof EgressOnlyInternetGateway g) {
            return g.vpcId();
        } else if (r instanceof VirtualPrivateGateway g) {
            return g.vpcId();
        } else if (r instanceof VpcEndpoint e) {
            return e.vpcId();
        } else if (r instanceof SecurityGroup g) {
            return g.vpcId();
        } else if (r instanceof RouteTable t) {
            return t.vpcId();
        } else if (r instanceof NetworkAcl a) {
            return a.vpcId();
        } else if (r instanceof LoadBalancer lb) {
            return lb.vpcId();
        } else if (r instanceof TargetGroup tg) {
            return tg.vpcId();
        }
        return null;
    }

    private String subnetVpc(String subnetId) {
        Subnet s = doc.get(subnetId, Subnet.class);
        return s == null ? null : s.vpcId();
    }

    /** @param subnetId a subnet @return its Availability Zone, or null if the subnet is gone */
    String zoneOf(String subnetId) {
        Subnet s = doc.get(subnetId, Subnet.class);
        return s == null ? null : s.availabilityZoneId();
    }

    /** @param zoneId a zone @return its Region, or null when the document does not hold the zone */
    String regionOfZone(String zoneId) {
        AvailabilityZone z = doc.get(zoneId, AvailabilityZone.class);
        return z == null ? null : z.regionId();
    }

    /**
     * Whether two VPCs are joined by an active peering connection.
     *
     * @param vpcA one VPC
     * @param vpcB the other
     * @return true if an ACTIVE peering joins them
     */
    boolean peered(String vpcA, String vpcB) {
        return activePeerings.contains(pair(vpcA, vpcB));
    }

    /** @param vpcA one VPC @param vpcB the other @return an order-free key for the pair */
    static String pair(String vpcA, String vpcB) {
        return vpcA.compareTo(vpcB) <= 0 ? vpcA + '\n' + vpcB : vpcB + '\n' + vpcA;
    }

    /**
     * Whether a subnet is public in the AWS sense: its route table (explicit, else the main one) has a route to
     * an internet gateway attached to the subnet's VPC. See "Subnets for your VPC": "If a subnet's traffic is
     * routed to an internet gateway, the subnet is known as a public subnet."
     *
     * @param subnet a subnet
     * @return true if it has a route to an attached internet gateway of its VPC
     */
    boolean hasInternetRoute(Subnet subnet) {
        RouteTable table = doc.routeTableOf(subnet).orElse(null);
        if (table == null) {
            return false;
        }
        return internetRouteByTable.computeIfAbsent(table.id() + '\n' + subnet.vpcId(), k -> {
            for (Route r : table.routes()) {
                InternetGateway igw = doc.get(r.target(), InternetGateway.class);
                if (igw != null && subnet.vpcId().equals(igw.vpcId())) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * @param subnet a subnet
     * @return the internet gateway its route table sends 0.0.0.0/0 to, or null
     */
    InternetGateway defaultRouteInternetGateway(Subnet subnet) {
        RouteTable table = doc.routeTableOf(subnet).orElse(null);
        if (table == null) {
            return null;
        }
        for (Route r : table.routes()) {
            if (Cidr.ALL.equals(r.destinationCidr())) {
                InternetGateway igw = doc.get(r.target(), InternetGateway.class);
                if (igw != null) {
                    return igw;
                }
            }
        }
        return null;
    }

    /** @param vpcId a VPC @return the CIDR blocks of its subnets */
    Set<Cidr> subnetBlocks(String vpcId) {
        return subnetBlocksByVpc.computeIfAbsent(vpcId,
                k -> doc.subnetsOf(k).stream().map(Subnet::cidr).collect(Collectors.toUnmodifiableSet()));
    }

    /** @param blocks CIDR blocks @return them written "a, b" */
    static String join(List<Cidr> blocks) {
        return blocks.stream().map(Cidr::toString).collect(Collectors.joining(", "));
    }

    /** @param subnet a subnet @return the first address an interface may take there */
    static String firstUsable(Subnet subnet) {
        return subnet.firstUsableAddress().toString();
    }

    /** @param subnet a subnet @return the last address an interface may take there (the one before the last) */
    static String lastUsable(Subnet subnet) {
        Ipv4Address last = subnet.cidr().last();
        return last.plus(-1).toString();
    }
}
