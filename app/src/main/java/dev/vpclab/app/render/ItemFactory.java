package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Turns one drawn element of a document into a {@link RenderItem}: its drawing type, icon, label lines and badges. */
final class ItemFactory {

    private final Document doc;
    private final Locale locale;

    ItemFactory(Document doc, Locale locale) {
        this.doc = doc;
        this.locale = locale;
    }

    private String text(String key, Object... args) {
        return Message.of(key, args).format(locale);
    }

    /**
     * @param key a drawn element key
     * @param bounds where it is
     * @param container its container's key
     * @param depth its nesting depth
     * @return the item, or null if the key draws nothing
     */
    RenderItem item(String key, Bounds bounds, String container, int depth) {
        Resource r = doc.get(key);
        if (r == null) {
            DbInstance standby = ElementKeys.standbyOf(doc, key);
            if (standby != null) {
                return node(key, standby.id(), "db", bounds, container, depth,
                        List.of(text("canvas.db.standby", standby.label()), address(standby.standbyAddress()),
                                text("canvas.db.standbyShort")),
                        standby.state() != LifecycleState.AVAILABLE);
            }
            String zone = ElementKeys.columnZone(doc, key);
            if (zone != null) {
                return new RenderItem(key, null, ItemType.AZ_COLUMN, "az", bounds, container, depth, List.of(zone), List.of(),
                        false, false, 0);
            }
            if (ElementKeys.isRegion(doc, key)) {
                return region(key, bounds, depth);
            }
            return null;
        }
        return resource(r, bounds, container, depth);
    }

    private RenderItem region(String code, Bounds bounds, int depth) {
        return new RenderItem(code, doc.contains(code) ? code : null, ItemType.REGION, "region", bounds, null, depth,
                List.of(code, ElementKeys.regionName(doc, code)), List.of(), false, false, 0);
    }

    private RenderItem resource(Resource r, Bounds b, String container, int depth) {
        if (r instanceof dev.vpclab.model.resource.Region) {
            return region(r.id(), b, depth);
        } else if (r instanceof Vpc v) {
            String cidr = v.cidrBlocks().size() > 1 ? text("canvas.vpc.moreBlocks", v.primaryCidr(), v.cidrBlocks().size() - 1)
                    : v.primaryCidr().toString();
            return new RenderItem(r.id(), r.id(), ItemType.VPC, "vpc", b, container, depth, List.of(v.label(), cidr), List.of(),
                    false, false, 0);
        } else if (r instanceof Subnet s) {
            return subnet(s, b, container, depth);
        } else if (r instanceof AutoScalingGroup g) {
            return new RenderItem(r.id(), r.id(), ItemType.AUTO_SCALING_GROUP, "asg", b, container, depth,
                    List.of(g.label(), text("canvas.asg.header", g.desiredCapacity())), List.of(), false, false, 0);
        } else if (r instanceof LoadBalancer lb) {
            return loadBalancer(lb, b, container, depth);
        } else if (r instanceof InternetGateway) {
            return edge(r, "igw", "canvas.kind.igw", b, container, depth);
        } else if (r instanceof EgressOnlyInternetGateway) {
            return edge(r, "eigw", "canvas.kind.eigw", b, container, depth);
        } else if (r instanceof VirtualPrivateGateway) {
            return edge(r, "vgw", "canvas.kind.vgw", b, container, depth);
        }
        return leaf(r, b, container, depth);
    }

    private RenderItem leaf(Resource r, Bounds b, String container, int depth) {
        String icon = r.kind().typeName();
        String detail = "";
        boolean dimmed = false;
        if (r instanceof Instance i) {
            detail = doc.primaryInterface(i.id()).map(e -> e.primaryIp().toString()).orElse("");
            dimmed = i.state() != Instance.State.RUNNING && i.state() != Instance.State.PENDING;
        } else if (r instanceof NatGateway n) {
            detail = n.privateIp().toString();
            dimmed = n.state() != LifecycleState.AVAILABLE;
        } else if (r instanceof NetworkInterface e) {
            detail = e.primaryIp().toString();
        } else if (r instanceof DbInstance db) {
            detail = db.primaryAddress().toString();
            dimmed = db.state() != LifecycleState.AVAILABLE;
        } else if (r instanceof VpcEndpoint e) {
            String service = e.serviceName();
            detail = service.contains(".") ? service.substring(service.lastIndexOf('.') + 1) : service;
            detail = detail.isBlank() ? text("canvas.kind.vpce") : detail;
            dimmed = e.state() != LifecycleState.AVAILABLE;
        } else if (r instanceof VpcPeeringConnection p) {
            detail = text("canvas.kind.pcx");
            dimmed = p.status() != VpcPeeringConnection.Status.ACTIVE;
        } else if (r instanceof TransitGateway) {
            detail = text("canvas.kind.tgw");
        } else if (r instanceof InternetClient c) {
            detail = c.publicIp().toString();
        } else if (r instanceof OnPremisesNetwork o) {
            detail = o.cidrs().isEmpty() ? "" : o.cidrs().get(0) + (o.cidrs().size() > 1 ? " +" + (o.cidrs().size() - 1) : "");
        } else if (r instanceof Alarm a) {
            detail = a.metricName() + " " + symbol(a.comparison()) + " " + number(a.threshold());
        }
        return node(r.id(), r.id(), icon, b, container, depth, List.of(r.label(), detail), dimmed);
    }

    private RenderItem node(String key, String resourceId, String icon, Bounds b, String container, int depth, List<String> lines,
                            boolean dimmed) {
        String state = doc.get(key) instanceof Instance ? "canvas.state.stopped" : "canvas.state.inactive";
        List<Badge> badges = dimmed ? List.of(new Badge(text(state), Badge.Kind.STATE)) : List.of();
        return new RenderItem(key, resourceId, ItemType.NODE, icon, b, container, depth, lines, badges, false, dimmed, 0);
    }

    private RenderItem edge(Resource r, String icon, String kindKey, Bounds b, String container, int depth) {
        return new RenderItem(r.id(), r.id(), ItemType.EDGE_NODE, icon, b, container, depth, List.of(r.label(), text(kindKey)),
                List.of(), false, false, 0);
    }

    private RenderItem subnet(Subnet s, Bounds b, String container, int depth) {
        boolean pub = isPublic(doc, s);
        List<Badge> badges = new ArrayList<>();
        NetworkAcl acl = doc.networkAclOf(s).orElse(null);
        if (acl != null) {
            badges.add(new Badge(acl.label(), Badge.Kind.NACL));
        }
        badges.add(new Badge(text(pub ? "canvas.subnet.public" : "canvas.subnet.private"), Badge.Kind.TIER));
        return new RenderItem(s.id(), s.id(), ItemType.SUBNET, pub ? "subnet-public" : "subnet-private", b, container, depth,
                List.of(s.label(), s.cidr().toString()), badges, pub, false, 0);
    }

    private RenderItem loadBalancer(LoadBalancer lb, Bounds b, String container, int depth) {
        List<String> addresses = new ArrayList<>();
        TreeSet<String> zones = new TreeSet<>();
        for (String sid : lb.subnetIds()) {
            Ipv4Address a = lb.nodeAddresses().get(sid);
            if (a != null) {
                addresses.add(a.toString());
            }
            Subnet s = doc.get(sid, Subnet.class);
            if (s != null) {
                zones.add(s.availabilityZoneId());
            }
        }
        List<Badge> badges = List.of(new Badge(text(lb.isApplication() ? "canvas.lb.application" : "canvas.lb.network"), Badge.Kind.TYPE),
                new Badge(text("canvas.lb.zones", zones.size()), Badge.Kind.COUNT));
        boolean dimmed = lb.state() != LifecycleState.AVAILABLE;
        return new RenderItem(lb.id(), lb.id(), ItemType.LOAD_BALANCER, lb.isApplication() ? "lb" : "lb-network", b, container, depth,
                List.of(lb.label(), String.join(" \u00b7 ", addresses)), badges, false, dimmed, 0);
    }

    /**
     * A subnet is public when its route table (explicit or main) sends traffic to an internet gateway
     * (https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html#subnet-types).
     *
     * @param doc the document
     * @param s a subnet
     * @return true if public
     */
    static boolean isPublic(Document doc, Subnet s) {
        RouteTable t = doc.routeTableOf(s).orElse(null);
        if (t == null) {
            return false;
        }
        for (Route route : t.routes()) {
            if (doc.get(route.target()) instanceof InternetGateway) {
                return true;
            }
        }
        return false;
    }

    private static String address(Ipv4Address a) {
        return a == null ? "" : a.toString();
    }

    private static String symbol(Alarm.Comparison c) {
        switch (c) {
            case GREATER_THAN_OR_EQUAL_TO_THRESHOLD: return "\u2265";
            case GREATER_THAN_THRESHOLD: return ">";
            case LESS_THAN_THRESHOLD: return "<";
            default: return "\u2264";
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
