package dev.vpclab.model.command;

import dev.vpclab.model.document.AddressPlanner;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Containment;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds a random edit of a given document from random numbers: picks are taken modulo what the document
 * holds, so the same numbers give a valid edit of whatever document the chain has reached. Most edits fit the
 * document; some are refused on purpose (a move into another VPC, a duplicate rule number). Null means the
 * document holds nothing to pick from.
 */
final class RandomEdits {

    private static final String[] DESTINATIONS = {"0.0.0.0/0", "192.168.0.0/16", "172.16.0.0/12", "10.50.0.0/16",
        "10.0.0.0/16", "10.1.0.0/16", "pl-s3"};

    private RandomEdits() {
    }

    private static <T> T pick(List<T> list, int n) {
        return list.isEmpty() ? null : list.get(Math.floorMod(n, list.size()));
    }

    private static Bounds bounds(int x, int y) {
        return Bounds.of(x, y, 40 + Math.floorMod(x * 7 + y, 400), 30 + Math.floorMod(y * 3 + x, 300));
    }

    static Command add(Document d, int choice, long seed, int n, int x, int y) {
        ResourceFactory factory = new ResourceFactory(new IdGenerator(seed), d);
        Vpc vpc = pick(d.all(Vpc.class), n);
        Subnet subnet = pick(d.all(Subnet.class), n);
        switch (Math.floorMod(choice, 6)) {
            case 0: {
                if (vpc == null) {
                    return null;
                }
                Optional<Cidr> free = AddressPlanner.freeSubnetCidr(d, vpc, 24 + Math.floorMod(n, 5));
                AvailabilityZone zone = pick(d.all(AvailabilityZone.class).stream()
                        .filter(z -> z.regionId().equals(vpc.regionId())).toList(), x);
                if (free.isEmpty() || zone == null) {
                    return null;
                }
                Subnet s = factory.subnet(vpc.id(), zone.id(), "s" + Math.floorMod(seed, 100), free.get());
                Map<String, Bounds> layout = new HashMap<>();
                layout.put(s.id(), bounds(x, y));
                String column = Layout.azColumnKey(vpc.id(), zone.id());
                if (d.layout().get(column) == null) {
                    layout.put(column, bounds(y, x));
                }
                return new AddResources(List.of(s), layout);
            }
            case 1: {
                Optional<Ipv4Address> address = subnet == null ? Optional.empty() : AddressPlanner.freeAddress(d, subnet);
                if (address.isEmpty()) {
                    return null;
                }
                List<String> groups = d.all(SecurityGroup.class).stream().filter(g -> g.vpcId().equals(subnet.vpcId()))
                        .map(SecurityGroup::id).limit(1).toList();
                List<Resource> instance = factory.instance(subnet, "vm" + n, "t3.micro", address.get(), groups, null);
                return new AddResources(instance, Map.of(instance.get(0).id(), bounds(x, y)));
            }
            case 2:
                if (vpc == null) {
                    return null;
                }
                return AddResources.of(List.of(Math.floorMod(x, 3) == 0 ? factory.customSecurityGroup(vpc.id(), "g" + n, "")
                        : Math.floorMod(x, 3) == 1 ? factory.customNetworkAcl(vpc.id(), "acl" + n) : factory.routeTable(vpc, "rt" + n)));
            case 3: {
                Region region = pick(d.all(Region.class), n);
                return region == null ? null
                        : AddResources.of(factory.vpc(region.id(), "v" + n, Cidr.parse("10." + (100 + Math.floorMod(n, 100)) + ".0.0/16")));
            }
            case 4: {
                Region region = pick(d.all(Region.class), n);
                AvailabilityZone zone = region == null ? null : pick(d.all(AvailabilityZone.class).stream()
                        .filter(z -> z.regionId().equals(region.id())).toList(), x);
                if (zone == null) {
                    return null;
                }
                Cidr block = Cidr.parse("10." + (200 + Math.floorMod(n, 50)) + ".0.0/16");
                List<Resource> newVpc = factory.vpc(region.id(), "w" + n, block);
                Subnet s = factory.subnet(newVpc.get(0).id(), zone.id(), "w-a", Cidr.of(block.network(), 24));
                return new CompositeCommand(Message.of("command.addResources", "w" + n),
                        List.of(AddResources.of(newVpc), AddResources.of(List.of(s))));
            }
            default: {
                Optional<Ipv4Address> address = subnet == null ? Optional.empty() : AddressPlanner.freeAddress(d, subnet);
                return address.map(a -> (Command) AddResources.of(List.of(new NatGateway(factory.newId(
                        dev.vpclab.model.resource.ResourceKind.NAT_GATEWAY), "nat" + n, subnet.id(), null, a, null))))
                        .orElse(null);
            }
        }
    }

    static Command remove(Document d, int n, int m, boolean two) {
        List<String> ids = d.all().stream().map(Resource::id).toList();
        String first = pick(ids, n);
        if (first == null) {
            return null;
        }
        String second = pick(ids, m);
        return new RemoveResources(two ? List.of(first, second) : List.of(first));
    }

    static List<String> elementKeys(Document d) {
        TreeSet<String> keys = new TreeSet<>(d.layout().keys());
        for (Resource r : d.all()) {
            if (Containment.isDrawn(r.kind())) {
                keys.add(r.id());
            }
            if (r instanceof Subnet s) {
                keys.add(Layout.azColumnKey(s.vpcId(), s.availabilityZoneId()));
            }
        }
        return List.copyOf(keys);
    }

    static List<String> moveSelection(Document d, int n, int m, boolean two) {
        List<String> placed = new ArrayList<>(new TreeSet<>(d.layout().keys()));
        List<String> from = placed.isEmpty() ? elementKeys(d) : placed;
        String first = pick(from, n);
        if (first == null) {
            return null;
        }
        return two ? List.of(first, pick(from, m)) : List.of(first);
    }

    static Command resize(Document d, int n, int x, int y) {
        String key = pick(elementKeys(d), n);
        return key == null ? null : new ResizeElement(key, bounds(x, y));
    }

    static Command reparent(Document d, int n, int m, boolean withBounds, int x, int y) {
        List<Resource> movable = new ArrayList<>();
        movable.addAll(d.all(Instance.class));
        movable.addAll(d.all(NatGateway.class));
        movable.addAll(d.all(NetworkInterface.class));
        movable.addAll(d.all(Subnet.class));
        Resource r = pick(movable, n);
        if (r == null) {
            return null;
        }
        String target;
        if (r instanceof Subnet s) {
            List<String> columns = new ArrayList<>();
            for (Vpc v : d.all(Vpc.class)) {
                for (AvailabilityZone z : d.all(AvailabilityZone.class)) {
                    columns.add(Layout.azColumnKey(v.id(), z.id()));
                }
            }
            // Mostly a column of its own VPC; now and then another one, which must be refused.
            AvailabilityZone zone = pick(d.all(AvailabilityZone.class), m);
            if (zone == null) {
                return null;
            }
            target = Math.floorMod(m, 4) == 0 ? pick(columns, m) : Layout.azColumnKey(s.vpcId(), zone.id());
        } else {
            Subnet subnet = pick(d.all(Subnet.class), m);
            if (subnet == null) {
                return null;
            }
            target = subnet.id();
        }
        return new Reparent(r.id(), target, withBounds ? bounds(x, y) : null);
    }

    static Command editProperty(Document d, int n, int choice, long seed) {
        Resource r = pick(d.all(), n);
        if (r == null) {
            return null;
        }
        switch (Math.floorMod(choice, 4)) {
            case 0:
                return new EditProperty(r.id(), "name", "n" + Math.floorMod(seed, 1000));
            case 1:
                if (r instanceof Instance) {
                    return Math.floorMod(seed, 2) == 0 ? new EditProperty(r.id(), "instanceType", pick(List.of("t3.micro", "m5.large", "c6g.xlarge"), (int) seed))
                            : new EditProperty(r.id(), "state", pick(List.of("running", "stopped", "TERMINATED"), (int) seed));
                }
                return new EditProperty(r.id(), "name", "");
            case 2: {
                String flag = r instanceof Subnet ? "mapPublicIpOnLaunch" : r instanceof Vpc ? "enableDnsHostnames"
                        : r instanceof NetworkInterface ? "sourceDestCheck" : null;
                return flag == null ? new EditProperty(r.id(), "name", "flag") : new EditProperty(r.id(), flag, String.valueOf(seed % 2 == 0));
            }
            default: {
                RecordComponent[] components = r.getClass().getRecordComponents();
                RecordComponent c = components[Math.floorMod(seed, components.length)];
                return new EditProperty(r.id(), c.getName(), "x" + Math.floorMod(seed, 10));
            }
        }
    }

    static Command nacl(Document d, int op, int n, int number, boolean inbound, int port) {
        NetworkAcl acl = pick(d.all(NetworkAcl.class), n);
        if (acl == null) {
            return null;
        }
        TrafficDirection dir = inbound ? TrafficDirection.INBOUND : TrafficDirection.OUTBOUND;
        NetworkAclEntry entry = NetworkAclEntry.of(1 + Math.floorMod(number, 30) * 10, dir, Protocol.TCP,
                PortRange.of(Math.floorMod(port, 65535) + 1), Cidr.ALL, Math.floorMod(port, 2) == 0 ? RuleAction.ALLOW : RuleAction.DENY);
        NetworkAclEntry existing = pick(acl.entries(), number);
        switch (Math.floorMod(op, 3)) {
            case 0:
                return new AddNaclEntry(acl.id(), entry, Math.floorMod(port, 3) == 0 ? Math.floorMod(port, acl.entries().size() + 1) : -1);
            case 1:
                return existing == null ? null : new EditNaclEntry(acl.id(), existing.direction(), existing.ruleNumber(), entry);
            default:
                return existing == null ? null : new RemoveNaclEntry(acl.id(), existing.direction(), existing.ruleNumber());
        }
    }

    static Command securityGroup(Document d, int op, int n, boolean inbound, int port, int index) {
        SecurityGroup group = pick(d.all(SecurityGroup.class), n);
        if (group == null) {
            return null;
        }
        TrafficDirection dir = inbound ? TrafficDirection.INBOUND : TrafficDirection.OUTBOUND;
        RulePeer peer = Math.floorMod(port, 3) == 0 ? RulePeer.group(group.id()) : RulePeer.cidr(Cidr.parse("10." + Math.floorMod(port, 250) + ".0.0/16"));
        SecurityGroupRule rule = SecurityGroupRule.of(Math.floorMod(port, 5) == 0 ? Protocol.UDP : Protocol.TCP,
                PortRange.of(Math.floorMod(port, 1000) + 1), peer);
        List<SecurityGroupRule> rules = RuleLists.rules(group, dir);
        int at = rules.isEmpty() ? -1 : Math.floorMod(index, rules.size());
        switch (Math.floorMod(op, 3)) {
            case 0:
                return new AddSecurityGroupRule(group.id(), dir, rule, Math.floorMod(index, 2) == 0 ? -1 : Math.max(at, 0));
            case 1:
                return at < 0 ? null : new EditSecurityGroupRule(group.id(), dir, at, rule);
            default:
                return at < 0 ? null : new RemoveSecurityGroupRule(group.id(), dir, at);
        }
    }

    static Command route(Document d, int op, int n, int dest, int target) {
        RouteTable table = pick(d.all(RouteTable.class), n);
        if (table == null) {
            return null;
        }
        List<String> targets = new ArrayList<>(List.of(Route.LOCAL));
        d.all().stream().filter(r -> r.id().startsWith("igw-") || r.id().startsWith("nat-") || r.id().startsWith("pcx-")
                || r.id().startsWith("eni-") || r.id().startsWith("tgw-") || r instanceof VpcEndpoint).forEach(r -> targets.add(r.id()));
        String destination = DESTINATIONS[Math.floorMod(dest, DESTINATIONS.length)];
        Route route = destination.startsWith("pl-") ? new Route(null, destination, pick(targets, target), null)
                : Route.to(Cidr.parse(destination), pick(targets, target));
        Route existing = pick(table.routes(), dest);
        switch (Math.floorMod(op, 3)) {
            case 0:
                return new AddRoute(table.id(), route);
            case 1:
                if (existing == null) {
                    return null;
                }
                Route replacement = Math.floorMod(target, 2) == 0 && existing.destinationCidr() != null
                        ? Route.to(existing.destinationCidr(), pick(targets, target)) : route;
                return new EditRoute(table.id(), existing.destination(), replacement);
            default:
                return existing == null ? null : new RemoveRoute(table.id(), existing.destination());
        }
    }

    static Command associate(Document d, int n, int m, boolean routeTable) {
        Subnet subnet = pick(d.all(Subnet.class), n);
        if (subnet == null) {
            return null;
        }
        if (routeTable) {
            RouteTable table = pick(d.all(RouteTable.class), m);
            return new AssociateRouteTable(subnet.id(), Math.floorMod(m, 4) == 0 || table == null ? null : table.id());
        }
        NetworkAcl acl = pick(d.all(NetworkAcl.class), m);
        return new AssociateNetworkAcl(subnet.id(), Math.floorMod(m, 4) == 0 || acl == null ? null : acl.id());
    }

    static Command setMain(Document d, int n, int m) {
        Vpc vpc = pick(d.all(Vpc.class), n);
        if (vpc == null) {
            return null;
        }
        RouteTable table = pick(d.all(RouteTable.class).stream().filter(t -> t.vpcId().equals(vpc.id())).toList(), m);
        return table == null ? null : new SetMainRouteTable(vpc.id(), table.id());
    }
}
