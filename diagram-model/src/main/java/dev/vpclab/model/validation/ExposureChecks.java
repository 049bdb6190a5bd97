package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mistakes of "public" and "private" thinking that AWS accepts without a word, as warnings: a public address in
 * a subnet with no route to an internet gateway gives no internet access ("Internet gateways": a subnet is
 * public only through its route table); a database port open to 0.0.0.0/0; a subnet named private whose route
 * table sends 0.0.0.0/0 to an internet gateway.
 */
final class ExposureChecks implements Check {

    static final String PUBLIC_IP_NO_ROUTE = "validation.instance.publicIpWithoutInternetRoute";
    static final String DB_OPEN = "validation.db.openToInternet";
    static final String PRIVATE_NAME_PUBLIC_ROUTE = "validation.subnet.privateNameWithInternetRoute";

    /** Name parts that say "this subnet is meant to be private", compared case-insensitively. */
    private static final List<String> PRIVATE_WORDS = List.of("private", "db", "app", "database", "프라이빗");

    @Override
    public Set<String> keys() {
        return Set.of(PUBLIC_IP_NO_ROUTE, DB_OPEN, PRIVATE_NAME_PUBLIC_ROUTE);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (Instance instance : doc.all(Instance.class)) {
            for (NetworkInterface eni : doc.interfacesOf(instance.id())) {
                Ipv4Address publicIp = publicAddress(doc, instance, eni);
                Subnet subnet = doc.get(eni.subnetId(), Subnet.class);
                if (publicIp != null && subnet != null && !context.hasInternetRoute(subnet)) {
                    problems.warning(instance.id(), eni.subnetId().equals(instance.subnetId()) ? "subnetId" : "",
                            PUBLIC_IP_NO_ROUTE, instance.label(), publicIp.toString(), subnet.label());
                    break;
                }
            }
        }
        for (DbInstance db : doc.all(DbInstance.class)) {
            for (int k = 0; k < db.securityGroupIds().size(); k++) {
                SecurityGroup g = doc.get(db.securityGroupIds().get(k), SecurityGroup.class);
                if (g != null && opensToInternet(g, db.port())) {
                    problems.warning(db.id(), "securityGroupIds[" + k + "]", DB_OPEN, db.label(), g.label(),
                            String.valueOf(db.port()));
                }
            }
        }
        for (Subnet s : doc.all(Subnet.class)) {
            if (!looksPrivate(s.name())) {
                continue;
            }
            InternetGateway igw = context.defaultRouteInternetGateway(s);
            if (igw != null) {
                String table = doc.routeTableOf(s).map(t -> t.label()).orElse("-");
                problems.warning(s.id(), "routeTableId", PRIVATE_NAME_PUBLIC_ROUTE, s.label(), table, igw.label());
            }
        }
    }

    private static Ipv4Address publicAddress(Document doc, Instance instance, NetworkInterface eni) {
        List<ElasticIp> eips = doc.elasticIpsOf(eni.id());
        if (!eips.isEmpty()) {
            return eips.get(0).publicIp();
        }
        if (eni.deviceIndex() == 0 && !doc.elasticIpsOf(instance.id()).isEmpty()) {
            return doc.elasticIpsOf(instance.id()).get(0).publicIp();
        }
        return eni.publicIp();
    }

    private static boolean opensToInternet(SecurityGroup g, int port) {
        for (SecurityGroupRule r : g.ingress()) {
            boolean everywhere = r.peer() instanceof RulePeer.CidrPeer c && c.cidr().equals(Cidr.ALL);
            boolean coversPort = r.protocol().equals(Protocol.ALL)
                    || (r.protocol().equals(Protocol.TCP) && r.portRange().contains(port));
            if (everywhere && coversPort) {
                return true;
            }
        }
        return false;
    }

    /**
     * The teaching heuristic: a name containing "private", "db", "app", "database" (any case) or "프라이빗".
     *
     * @param name a subnet name
     * @return true if the name says the subnet is meant to be private
     */
    static boolean looksPrivate(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return PRIVATE_WORDS.stream().anyMatch(n::contains);
    }
}
