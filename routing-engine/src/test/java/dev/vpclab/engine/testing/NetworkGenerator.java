package dev.vpclab.engine.testing;

import static dev.vpclab.engine.testing.Rules.ALLOW;
import static dev.vpclab.engine.testing.Rules.in;
import static dev.vpclab.engine.testing.Rules.out;
import static dev.vpclab.engine.testing.Rules.sg;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.RuleCondition;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetRegistration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic networks of a given size, the same for the same seed: one VPC per ~250 instances (10.N.0.0/16),
 * three zones each with a public subnet (NAT gateway, ALB node), application subnets and a DB subnet; an
 * internet gateway, a NAT gateway per zone, per-zone private route tables, custom network ACLs on application
 * and DB subnets, security groups that reference each other (alb → app → db), an ALB with path rules, an RDS
 * instance, and peering between neighbouring VPCs. About one application subnet in five gets an ACL without the
 * ephemeral reply range and one instance in fifty is stopped, so traces come out both ways. Shared through the
 * test-jar (the benchmarks use it).
 */
public final class NetworkGenerator {

    private static final int INSTANCES_PER_VPC = 250;
    private static final String[] ZONES = {"a", "b", "c"};

    private NetworkGenerator() {
    }

    /**
     * @param instances how many EC2 instances (at least 1)
     * @param seed the random seed
     * @return the document
     */
    public static Document generate(int instances, long seed) {
        return builder(instances, seed).document();
    }

    /**
     * @param instances how many EC2 instances
     * @param seed the random seed
     * @return the builder, for tests that change something afterwards
     */
    public static NetworkBuilder builder(int instances, long seed) {
        if (instances < 1) {
            throw new IllegalArgumentException("a generated network needs at least one instance");
        }
        Random random = new Random(seed);
        NetworkBuilder b = new NetworkBuilder();
        int vpcs = (instances + INSTANCES_PER_VPC - 1) / INSTANCES_PER_VPC;
        if (vpcs > 200) {
            throw new IllegalArgumentException("at most 50,000 instances (200 VPCs of 10.N.0.0/16)");
        }
        int left = instances;
        for (int v = 0; v < vpcs; v++) {
            int here = Math.min(INSTANCES_PER_VPC, left);
            left -= here;
            vpc(b, v, here, random);
        }
        for (int v = 0; v + 1 < vpcs; v++) {
            String pcx = "pcx-" + id(v) + "-" + id(v + 1);
            b.peering(pcx, vpcId(v), vpcId(v + 1));
            for (String z : ZONES) {
                b.route("rtb-app-" + z + "-" + id(v), "10." + (v + 1) + ".0.0/16", pcx);
                b.route("rtb-app-" + z + "-" + id(v + 1), "10." + v + ".0.0/16", pcx);
            }
        }
        return b;
    }

    private static String id(int v) {
        return String.format(Locale.ROOT, "%03d", v);
    }

    private static String vpcId(int v) {
        return "vpc-gen" + id(v);
    }

    private static void vpc(NetworkBuilder b, int v, int instances, Random random) {
        String n = id(v);
        String vpc = vpcId(v);
        String block = "10." + v + ".";
        b.vpc(vpc, block + "0.0/16").igw("igw-" + n, vpc);
        b.routeTable("rtb-public-" + n, vpc, "0.0.0.0/0", "igw-" + n);
        b.routeTable("rtb-db-" + n, vpc);
        b.sg("sg-alb-" + n, vpc, sg("tcp", "443", "0.0.0.0/0"), sg("tcp", "80", "0.0.0.0/0"));
        b.sg("sg-bastion-" + n, vpc, sg("tcp", "22", "198.51.100.0/24"));
        b.sg("sg-app-" + n, vpc, sg("tcp", "8080", "sg-alb-" + n), sg("tcp", "8080", "sg-app-" + n), sg("tcp", "8080", "10.0.0.0/8"),
                sg("tcp", "22", "sg-bastion-" + n), sg("icmp", "8:-1", "10.0.0.0/8"));
        b.sg("sg-db-" + n, vpc, sg("tcp", "5432", "sg-app-" + n));
        List<NetworkAclEntry> appRules = List.of(in(100, "tcp", "8080", block + "0.0/16", ALLOW), in(110, "tcp", "22", block + "0.0/16", ALLOW),
                in(120, "tcp", "1024-65535", "0.0.0.0/0", ALLOW), in(130, "icmp", "all", "10.0.0.0/8", ALLOW),
                out(100, "all", "all", "0.0.0.0/0", ALLOW));
        b.nacl("acl-app-" + n, vpc, appRules.toArray(NetworkAclEntry[]::new));
        b.nacl("acl-app-strict-" + n, vpc, in(100, "tcp", "8080", block + "0.0/16", ALLOW), out(100, "tcp", "443", "0.0.0.0/0", ALLOW),
                out(110, "tcp", "5432", block + "0.0/16", ALLOW));
        b.nacl("acl-db-" + n, vpc, in(100, "tcp", "5432", block + "0.0/16", ALLOW), out(100, "tcp", "1024-65535", block + "0.0/16", ALLOW));
        int appSubnetsPerZone = Math.max(1, (instances + 599) / 600);
        List<String> appSubnets = new ArrayList<>();
        List<String> publicSubnets = new ArrayList<>();
        for (int z = 0; z < ZONES.length; z++) {
            String zone = ZONES[z];
            String pub = "subnet-pub-" + zone + "-" + n;
            b.subnet(pub, vpc, zone, block + z + ".0/24").associate(pub, "rtb-public-" + n);
            publicSubnets.add(pub);
            b.nat("nat-" + zone + "-" + n, pub, block + z + ".5", "52." + (v / 64) + "." + (v % 64 * 4 + z) + ".9");
            b.routeTable("rtb-app-" + zone + "-" + n, vpc, "0.0.0.0/0", "nat-" + zone + "-" + n);
            for (int s = 0; s < appSubnetsPerZone; s++) {
                String app = "subnet-app-" + zone + s + "-" + n;
                b.subnet(app, vpc, zone, block + (10 + z * 20 + s) + ".0/24").associate(app, "rtb-app-" + zone + "-" + n)
                        .associateAcl(app, random.nextInt(5) == 0 ? "acl-app-strict-" + n : "acl-app-" + n);
                appSubnets.add(app);
            }
            String db = "subnet-db-" + zone + "-" + n;
            b.subnet(db, vpc, zone, block + (200 + z) + ".0/24").associate(db, "rtb-db-" + n).associateAcl(db, "acl-db-" + n);
        }
        List<String> app = instances(b, n, instances, appSubnets, publicSubnets, random);
        loadBalancer(b, n, vpc, block, publicSubnets, app);
        b.put(new DbInstance("db-" + n, "orders-" + n, "postgres", "db.t3.medium", 5432, List.of("subnet-db-a-" + n, "subnet-db-b-" + n),
                List.of("sg-db-" + n), true, "subnet-db-a-" + n, NetworkBuilder.ip(block + "200.10"), "subnet-db-b-" + n,
                NetworkBuilder.ip(block + "201.10"), false, "db-" + n + ".example.us-east-1.rds.amazonaws.com", 200, LifecycleState.AVAILABLE));
    }

    private static List<String> instances(NetworkBuilder b, String n, int count, List<String> appSubnets, List<String> publicSubnets,
                                          Random random) {
        List<String> app = new ArrayList<>();
        int[] next = new int[appSubnets.size() + publicSubnets.size()];
        for (int i = 0; i < count; i++) {
            String id = "i-" + n + String.format(Locale.ROOT, "%05d", i);
            boolean publicHost = i % 25 == 0;
            int s = publicHost ? appSubnets.size() + random.nextInt(publicSubnets.size()) : random.nextInt(appSubnets.size());
            String subnet = publicHost ? publicSubnets.get(s - appSubnets.size()) : appSubnets.get(s);
            Cidr cidr = b.get(subnet, dev.vpclab.model.resource.Subnet.class).cidr();
            String address = cidr.address(20 + next[s]++).toString();
            b.instance(id, subnet, address, publicHost ? "sg-bastion-" + n : "sg-app-" + n);
            if (publicHost) {
                b.publicIp(id, "54." + (Integer.parseInt(n) / 64) + "." + (Integer.parseInt(n) % 64 * 4 + 3) + "." + (i / 25 % 250 + 1));
            } else {
                app.add(id);
            }
            if (random.nextInt(50) == 0) {
                b.state(id, Instance.State.STOPPED);
            }
        }
        return app;
    }

    private static void loadBalancer(NetworkBuilder b, String n, String vpc, String block, List<String> publicSubnets, List<String> app) {
        String lb = "alb-" + n;
        List<String> nodes = new ArrayList<>();
        for (int z = 0; z < publicSubnets.size(); z++) {
            nodes.add(publicSubnets.get(z));
            nodes.add(block + z + ".100");
            nodes.add("54." + (Integer.parseInt(n) / 64) + "." + (Integer.parseInt(n) % 64 * 4 + 3) + "." + (251 + z));
        }
        b.put(Services.loadBalancer(lb, LoadBalancer.Type.APPLICATION, vpc, List.of("sg-alb-" + n), nodes.toArray(String[]::new)));
        b.put(Services.listener("lst-" + n, lb, ListenerProtocol.HTTPS, 443, "tg-web-" + n));
        b.put(Services.rule("rule-api-" + n, "lst-" + n, 10, "tg-api-" + n, Services.when(RuleCondition.Field.PATH_PATTERN, "/api/*")));
        List<TargetRegistration> web = new ArrayList<>();
        List<TargetRegistration> api = new ArrayList<>();
        for (int i = 0; i < app.size() && i < 12; i++) {
            (i % 2 == 0 ? web : api).add(TargetRegistration.of(app.get(i)));
        }
        b.put(Services.targetGroup("tg-web-" + n, vpc, TargetGroup.TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null,
                web.toArray(TargetRegistration[]::new)));
        b.put(Services.targetGroup("tg-api-" + n, vpc, TargetGroup.TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null,
                api.toArray(TargetRegistration[]::new)));
    }
}
