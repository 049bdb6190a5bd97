package dev.vpclab.app.canvas;

import static dev.vpclab.model.layout.LayoutMetrics.ASG_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.ASG_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.NODE_HEIGHT;
import static dev.vpclab.model.layout.LayoutMetrics.NODE_WIDTH;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.VPC_HEADER;

import dev.vpclab.app.render.ItemType;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.SubnetTier;
import dev.vpclab.model.document.AddressPlanner;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LaunchTemplate;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Drops of what runs in subnets (instances, interfaces, NAT gateways, databases) and of what spans a VPC's zones (load balancers, Auto Scaling groups). */
final class ComputeDrops {

    private final DropContext ctx;

    ComputeDrops(DropContext ctx) {
        this.ctx = ctx;
    }

    private RenderItem subnetAt(double x, double y) {
        return ctx.at(ItemType.SUBNET, x, y);
    }

    private Bounds node(RenderItem subnet, double x, double y, List<Bounds> taken) {
        return ctx.slot(subnet, x, y, NODE_WIDTH, NODE_HEIGHT, SUBNET_HEADER, taken);
    }

    EditPlan instance(double x, double y) {
        RenderItem item = subnetAt(x, y);
        if (item == null) {
            return EditPlan.refused(Message.of("canvas.drop.instance.outsideSubnet"));
        }
        Subnet s = ctx.doc.get(item.key(), Subnet.class);
        Ipv4Address address = AddressPlanner.freeAddress(ctx.doc, s).orElse(null);
        if (address == null) {
            return EditPlan.refused(Message.of("canvas.drop.subnet.noFreeAddress", s.label()));
        }
        Ipv4Address pub = s.mapPublicIpOnLaunch() ? ctx.freePublicAddress() : null;
        List<Resource> rs = ctx.factory.instance(s, ctx.name("ec2"), "t3.micro", address, ctx.defaultSecurityGroup(s.vpcId()), pub);
        String id = rs.get(0).id();
        return ctx.finish(rs, Map.of(id, node(item, x, y, List.of())), List.of(), List.of(), List.of(id));
    }

    EditPlan networkInterface(double x, double y) {
        RenderItem item = subnetAt(x, y);
        if (item == null) {
            return EditPlan.refused(Message.of("canvas.drop.eni.outsideSubnet"));
        }
        Subnet s = ctx.doc.get(item.key(), Subnet.class);
        Ipv4Address address = AddressPlanner.freeAddress(ctx.doc, s).orElse(null);
        if (address == null) {
            return EditPlan.refused(Message.of("canvas.drop.subnet.noFreeAddress", s.label()));
        }
        NetworkInterface e = new NetworkInterface(ctx.factory.newId(ResourceKind.NETWORK_INTERFACE), ctx.name("eni"), s.id(),
                List.of(address), ctx.defaultSecurityGroup(s.vpcId()), true, null, 0, null, "");
        return ctx.finish(List.of(e), Map.of(e.id(), node(item, x, y, List.of())), List.of(), List.of(), List.of(e.id()));
    }

    /**
     * A public NAT gateway with a new Elastic IP. AWS lets one be created in a private subnet too (it then cannot
     * reach the internet); validation warns about that rather than the drop refusing it.
     */
    EditPlan natGateway(double x, double y) {
        RenderItem item = subnetAt(x, y);
        if (item == null) {
            return EditPlan.refused(Message.of("canvas.drop.nat.outsideSubnet"));
        }
        Subnet s = ctx.doc.get(item.key(), Subnet.class);
        Ipv4Address address = AddressPlanner.freeAddress(ctx.doc, s).orElse(null);
        if (address == null) {
            return EditPlan.refused(Message.of("canvas.drop.subnet.noFreeAddress", s.label()));
        }
        String zone = s.availabilityZoneId();
        NatGateway nat = new NatGateway(ctx.factory.newId(ResourceKind.NAT_GATEWAY),
                ctx.name("nat-" + (zone.length() >= 2 ? zone.substring(zone.length() - 2) : zone)), s.id(),
                NatGateway.Connectivity.PUBLIC, address, LifecycleState.AVAILABLE);
        ElasticIp eip = new ElasticIp(ctx.factory.newId(ResourceKind.ELASTIC_IP), "", ctx.freePublicAddress(), nat.id(), address);
        return ctx.finish(List.of(nat, eip), Map.of(nat.id(), node(item, x, y, List.of())), List.of(), List.of(), List.of(nat.id()));
    }

    /**
     * A single-AZ PostgreSQL instance. Its DB subnet group must cover at least two Availability Zones
     * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html), so the
     * drop subnet is joined by a subnet of the same tier in another zone, and refused when there is none.
     */
    EditPlan database(double x, double y) {
        RenderItem item = subnetAt(x, y);
        if (item == null) {
            return EditPlan.refused(Message.of("canvas.drop.db.outsideSubnet"));
        }
        Subnet s = ctx.doc.get(item.key(), Subnet.class);
        boolean pub = SubnetTier.isPublic(ctx.doc, s);
        Subnet other = ctx.doc.subnetsOf(s.vpcId()).stream()
                .filter(o -> !o.availabilityZoneId().equals(s.availabilityZoneId()) && SubnetTier.isPublic(ctx.doc, o) == pub)
                .min(Comparator.comparing(Subnet::availabilityZoneId).thenComparing(Subnet::cidr)).orElse(null);
        if (other == null) {
            Vpc vpc = ctx.doc.get(s.vpcId(), Vpc.class);
            return EditPlan.refused(Message.of(pub ? "canvas.drop.db.oneZone.public" : "canvas.drop.db.oneZone.private",
                    vpc == null ? s.vpcId() : vpc.label(), s.availabilityZoneId()));
        }
        Ipv4Address address = AddressPlanner.freeAddress(ctx.doc, s).orElse(null);
        if (address == null) {
            return EditPlan.refused(Message.of("canvas.drop.subnet.noFreeAddress", s.label()));
        }
        String name = ctx.name("db");
        DbInstance db = new DbInstance(ctx.factory.newId(ResourceKind.DB_INSTANCE, name), name, "postgres", "db.t3.medium", 5432,
                List.of(s.id(), other.id()), ctx.defaultSecurityGroup(s.vpcId()), false, s.id(), address, null, null, false, "",
                100, LifecycleState.AVAILABLE);
        return ctx.finish(List.of(db), Map.of(db.id(), node(item, x, y, List.of())), List.of(), List.of(), List.of(db.id()));
    }

    /** One subnet per zone of the VPC, public or private ones first as asked, zones in order. */
    private List<Subnet> perZone(String vpcId, boolean wantPublic) {
        Map<String, Subnet> byZone = new TreeMap<>();
        List<Subnet> subnets = new ArrayList<>(ctx.doc.subnetsOf(vpcId));
        subnets.sort(Comparator.comparing(Subnet::cidr));
        for (Subnet s : subnets) {
            if (SubnetTier.isPublic(ctx.doc, s) == wantPublic) {
                byZone.putIfAbsent(s.availabilityZoneId(), s);
            }
        }
        return new ArrayList<>(byZone.values());
    }

    private Vpc vpcAt(double x, double y) {
        RenderItem v = ctx.at(ItemType.VPC, x, y);
        return v == null ? null : ctx.doc.get(v.key(), Vpc.class);
    }

    /**
     * A load balancer enabled in one subnet per zone: the public subnets of at least two zones (internet-facing),
     * else the private ones (internal); AWS requires subnets in at least two zones for an Application Load Balancer
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html). It
     * comes with an HTTP (ALB) or TCP (NLB) listener on port 80 forwarding to a new target group.
     */
    EditPlan loadBalancer(double x, double y, boolean application) {
        Vpc vpc = vpcAt(x, y);
        if (vpc == null) {
            return EditPlan.refused(Message.of("canvas.drop.lb.outsideVpc"));
        }
        List<Subnet> subnets = perZone(vpc.id(), true);
        LoadBalancer.Scheme scheme = LoadBalancer.Scheme.INTERNET_FACING;
        if (subnets.size() < 2) {
            subnets = perZone(vpc.id(), false);
            scheme = LoadBalancer.Scheme.INTERNAL;
        }
        if (subnets.size() < 2) {
            return EditPlan.refused(Message.of(ctx.doc.subnetsOf(vpc.id()).isEmpty() ? "canvas.drop.lb.noSubnets" : "canvas.drop.lb.oneZone",
                    vpc.label()));
        }
        Map<String, Ipv4Address> nodes = new LinkedHashMap<>();
        Map<String, Ipv4Address> publicNodes = new LinkedHashMap<>();
        for (Subnet s : subnets) {
            Ipv4Address a = AddressPlanner.freeAddress(ctx.doc, s).orElse(null);
            if (a == null) {
                return EditPlan.refused(Message.of("canvas.drop.subnet.noFreeAddress", s.label()));
            }
            nodes.put(s.id(), a);
            if (scheme == LoadBalancer.Scheme.INTERNET_FACING) {
                publicNodes.put(s.id(), ctx.freePublicAddress());
            }
        }
        String name = ctx.name(application ? "alb" : "nlb");
        String lbId = ctx.factory.newId(ResourceKind.LOAD_BALANCER, name);
        LoadBalancer lb = new LoadBalancer(lbId, name, application ? LoadBalancer.Type.APPLICATION : LoadBalancer.Type.NETWORK, scheme,
                vpc.id(), subnets.stream().map(Subnet::id).toList(), application ? ctx.defaultSecurityGroup(vpc.id()) : List.of(),
                nodes, publicNodes, "", application, 60, LifecycleState.AVAILABLE);
        Listener.ListenerProtocol protocol = application ? Listener.ListenerProtocol.HTTP : Listener.ListenerProtocol.TCP;
        TargetGroup tg = new TargetGroup(ctx.factory.newId(ResourceKind.TARGET_GROUP, name + "-tg"), name + "-tg", vpc.id(),
                TargetGroup.TargetType.INSTANCE, protocol, 80, null, null, List.of());
        Listener listener = new Listener(ctx.factory.newId(ResourceKind.LISTENER, name + "-" + protocol.name().toLowerCase() + "-80"), "",
                lbId, protocol, 80, List.of(ListenerAction.Forward.to(tg.id())));
        RenderItem v = ctx.model.item(vpc.id());
        double w = 2 * NODE_WIDTH + 32;
        Bounds want = Bounds.of(DropContext.snap(x - w / 2), Math.max(v.bounds().y() + VPC_HEADER, DropContext.snap(y - NODE_HEIGHT / 2)),
                w, NODE_HEIGHT);
        return ctx.finish(List.of(lb, listener, tg), Map.of(lbId, want), List.of(), List.of(), List.of(lbId));
    }

    /**
     * An Auto Scaling group over the VPC's private subnets (one per zone; the public ones when there are no private
     * ones) launching its desired two instances, spread over the zones as Auto Scaling does, and registering them
     * with the VPC's target group when the VPC has exactly one.
     */
    EditPlan autoScalingGroup(double x, double y) {
        Vpc vpc = vpcAt(x, y);
        if (vpc == null) {
            return EditPlan.refused(Message.of("canvas.drop.asg.outsideVpc"));
        }
        List<Subnet> subnets = perZone(vpc.id(), false);
        if (subnets.isEmpty()) {
            subnets = perZone(vpc.id(), true);
        }
        if (subnets.isEmpty()) {
            return EditPlan.refused(Message.of("canvas.drop.asg.noSubnets", vpc.label()));
        }
        List<TargetGroup> groups = ctx.doc.all(TargetGroup.class).stream().filter(t -> t.vpcId().equals(vpc.id())).toList();
        List<String> tgIds = groups.size() == 1 ? List.of(groups.get(0).id()) : List.of();
        String name = ctx.name("asg");
        String asgId = ctx.factory.newId(ResourceKind.AUTO_SCALING_GROUP);
        int desired = 2;
        AutoScalingGroup asg = new AutoScalingGroup(asgId, name, LaunchTemplate.DEFAULT, 1, desired, 4,
                subnets.stream().map(Subnet::id).toList(), tgIds,
                tgIds.isEmpty() ? AutoScalingGroup.HealthCheckType.EC2 : AutoScalingGroup.HealthCheckType.ELB, 300, 300, 0, List.of());
        List<Resource> rs = new ArrayList<>();
        rs.add(asg);
        Map<String, Bounds> layout = new LinkedHashMap<>();
        List<Bounds> placed = new ArrayList<>();
        Document working = ctx.doc;
        Bounds box = null;
        for (int i = 0; i < desired; i++) {
            Subnet s = subnets.get(i % subnets.size());
            Ipv4Address a = AddressPlanner.freeAddress(working, s).orElse(null);
            if (a == null) {
                return EditPlan.refused(Message.of("canvas.drop.subnet.noFreeAddress", s.label()));
            }
            String iid = ctx.factory.newId(ResourceKind.INSTANCE);
            Instance in = new Instance(iid, name + "-" + (i + 1), s.id(), "t3.micro", Instance.State.RUNNING, "", asgId);
            NetworkInterface eni = new NetworkInterface(ctx.factory.newId(ResourceKind.NETWORK_INTERFACE), "", s.id(), List.of(a),
                    ctx.defaultSecurityGroup(vpc.id()), true, iid, 0, null, "Primary network interface");
            rs.add(in);
            rs.add(eni);
            working = working.withAll(List.of(in, eni));
            RenderItem sub = ctx.model.item(s.id());
            if (sub != null) {
                Bounds b = ctx.slot(sub, sub.bounds().x(), sub.bounds().y(), NODE_WIDTH, NODE_HEIGHT,
                        SUBNET_HEADER + ASG_HEADER + ASG_PADDING, placed);
                placed.add(b);
                layout.put(iid, b);
                box = box == null ? b : box.union(b);
            }
        }
        if (box != null) {
            layout.put(asgId, Bounds.of(box.x() - ASG_PADDING, box.y() - ASG_HEADER - ASG_PADDING / 2, box.width() + 2 * ASG_PADDING,
                    box.height() + ASG_HEADER + ASG_PADDING));
        }
        return ctx.finish(rs, layout, List.of(), List.of(), List.of(asgId));
    }
}
