package dev.vpclab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.model.command.AddResources;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.CompositeCommand;
import dev.vpclab.model.command.ResizeElement;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.validation.Severity;
import dev.vpclab.model.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Palette drops: each allowed drop is one command that builds the right resources and places them; AWS's refusals are messages. */
class DropPlannerTest {

    private static final Document HA = Samples.load("ha-web");

    private record Dropped(Document before, EditPlan plan, Document after) {
        <T extends Resource> List<T> added(Class<T> type) {
            return after.all(type).stream().filter(r -> !before.contains(r.id())).toList();
        }
    }

    private static Dropped drop(Document doc, String item, double x, double y) {
        RenderModel model = RenderModelBuilder.build(doc, Locale.ENGLISH);
        EditPlan plan = new DropPlanner(doc, model, new IdGenerator(7)).plan(item, x, y);
        Document after = plan.command() == null ? null : plan.command().apply(doc).document();
        return new Dropped(doc, plan, after);
    }

    private static Dropped dropOn(Document doc, String item, String key) {
        RenderItem it = RenderModelBuilder.build(doc, Locale.ENGLISH).item(key);
        return drop(doc, item, it.bounds().x() + it.bounds().width() / 2, it.bounds().maxY() - 20);
    }

    /** Undoing the one command gives the document back exactly. */
    private static void assertUndoRestores(Dropped d) {
        assertThat(d.plan().isRefused()).as("refused: %s", d.plan().refusal()).isFalse();
        Command.Applied applied = d.plan().command().apply(d.before());
        assertThat(applied.inverse().apply(applied.document()).document()).isEqualTo(d.before());
    }

    private static void assertRefused(Dropped d, String key) {
        assertThat(d.plan().isRefused()).isTrue();
        assertThat(d.plan().refusal().key()).isEqualTo(key);
        assertThat(d.plan().refusal().english()).doesNotContain(key);
        assertThat(d.plan().refusal().korean()).doesNotContain(key);
    }

    @Test
    void aRegionOnEmptyCanvasComesWithItsZones() {
        Dropped d = drop(HA, "region", -600, -600);
        assertUndoRestores(d);
        List<Region> regions = d.added(Region.class);
        assertThat(regions).hasSize(1);
        String code = regions.get(0).id();
        assertThat(code).isNotEqualTo("us-east-1");
        assertThat(d.added(AvailabilityZone.class)).isNotEmpty().allMatch(z -> z.regionId().equals(code));
        assertThat(d.after().layout().get(code)).isNotNull();
        assertThat(d.plan().select()).containsExactly(code);
    }

    @Test
    void aRegionInsideAnotherElementIsRefused() {
        RenderItem vpc = RenderModelBuilder.build(HA, Locale.ENGLISH).item("vpc-0prod");
        assertRefused(drop(HA, "region", vpc.centerX(), vpc.centerY()), "canvas.drop.region.inside");
    }

    @Test
    void aVpcInARegionGetsAFreeBlockTheAwsDefaultsAndTwoZoneColumns() {
        RenderItem region = RenderModelBuilder.build(HA, Locale.ENGLISH).item("us-east-1");
        Dropped d = drop(HA, "vpc", region.bounds().maxX() - 10, region.bounds().y() + 60);
        assertUndoRestores(d);
        Vpc vpc = d.added(Vpc.class).get(0);
        assertThat(vpc.primaryCidr()).isEqualTo(Cidr.parse("10.1.0.0/16"));
        assertThat(vpc.regionId()).isEqualTo("us-east-1");
        assertThat(d.added(RouteTable.class)).singleElement().matches(RouteTable::main);
        assertThat(d.added(NetworkAcl.class)).singleElement().matches(NetworkAcl::isDefault);
        assertThat(d.added(SecurityGroup.class)).singleElement().matches(SecurityGroup::isDefault);
        assertThat(d.after().layout().get(Layout.azColumnKey(vpc.id(), "us-east-1a"))).isNotNull();
        assertThat(d.after().layout().get(Layout.azColumnKey(vpc.id(), "us-east-1b"))).isNotNull();
        Bounds r = d.after().layout().get("us-east-1");
        assertThat(r.contains(d.after().layout().get(vpc.id()))).as("the Region grew to hold the VPC").isTrue();
        assertThat(d.plan().command()).isInstanceOf(CompositeCommand.class);
        assertThat(((CompositeCommand) d.plan().command()).commands()).anyMatch(c -> c instanceof ResizeElement re && re.key().equals("us-east-1"));
    }

    @Test
    void aVpcOutsideARegionOrInsideAnotherVpcIsRefused() {
        assertRefused(drop(HA, "vpc", -500, -500), "canvas.drop.vpc.outsideRegion");
        RenderItem subnet = RenderModelBuilder.build(HA, Locale.ENGLISH).item("subnet-0app1a");
        assertRefused(drop(HA, "vpc", subnet.centerX(), subnet.centerY()), "canvas.drop.vpc.nested");
    }

    @Test
    void aSubnetInAZoneColumnGetsAFreeSlash24InThatZone() {
        Dropped d = dropOn(HA, "subnet", Layout.azColumnKey("vpc-0prod", "us-east-1b"));
        assertUndoRestores(d);
        Subnet s = d.added(Subnet.class).get(0);
        assertThat(s.vpcId()).isEqualTo("vpc-0prod");
        assertThat(s.availabilityZoneId()).isEqualTo("us-east-1b");
        assertThat(s.cidr().prefixLength()).isEqualTo(24);
        assertThat(HA.subnetsOf("vpc-0prod")).noneMatch(o -> o.cidr().overlaps(s.cidr()));
        assertThat(s.routeTableId()).isNull();
        Bounds col = d.after().layout().get(Layout.azColumnKey("vpc-0prod", "us-east-1b"));
        assertThat(col.contains(d.after().layout().get(s.id()))).isTrue();
        for (Subnet other : HA.subnetsOf("vpc-0prod")) {
            assertThat(d.after().layout().get(other.id()).intersects(d.after().layout().get(s.id()))).isFalse();
        }
    }

    @Test
    void aPublicSubnetUsesTheRouteTableThatSendsTheInternetToTheGateway() {
        Dropped d = dropOn(HA, "subnet:public", Layout.azColumnKey("vpc-0prod", "us-east-1a"));
        assertUndoRestores(d);
        Subnet s = d.added(Subnet.class).get(0);
        assertThat(s.mapPublicIpOnLaunch()).isTrue();
        RouteTable t = d.after().routeTableOf(s).orElseThrow();
        assertThat(t.routes()).contains(Route.to(Cidr.ALL, "igw-0a1b"));
        assertThat(d.added(RouteTable.class)).isEmpty();
    }

    @Test
    void aPublicSubnetGetsANewRouteTableWhenNoneSendsTheInternetToTheGateway() {
        Document doc = HA.withAll(HA.all(RouteTable.class).stream().filter(t -> !t.main())
                .map(t -> new RouteTable(t.id(), t.name(), t.vpcId(), false, t.routes().stream().filter(r -> !r.target().equals("igw-0a1b")).toList(),
                        t.edgeAssociations(), t.propagatingGatewayIds())).toList());
        Dropped d = dropOn(doc, "subnet:public", Layout.azColumnKey("vpc-0prod", "us-east-1a"));
        assertUndoRestores(d);
        RouteTable t = d.added(RouteTable.class).get(0);
        assertThat(t.routes()).contains(Route.to(Cidr.ALL, "igw-0a1b"), Route.to(Cidr.parse("10.0.0.0/16"), Route.LOCAL));
        assertThat(d.added(Subnet.class).get(0).routeTableId()).isEqualTo(t.id());
    }

    @Test
    void aSubnetOutsideAZoneColumnIsRefused() {
        RenderItem vpc = RenderModelBuilder.build(HA, Locale.ENGLISH).item("vpc-0prod");
        assertRefused(drop(HA, "subnet", vpc.bounds().x() + 4, vpc.bounds().y() + 30), "canvas.drop.subnet.outsideColumn");
        assertRefused(drop(HA, "subnet:private", -400, -400), "canvas.drop.subnet.outsideColumn");
    }

    @Test
    void anInstanceInASubnetComesWithAnInterfaceAFreeAddressAndTheDefaultGroup() {
        Dropped d = dropOn(HA, "instance", "subnet-0db1a");
        assertUndoRestores(d);
        Instance i = d.added(Instance.class).get(0);
        NetworkInterface eni = d.added(NetworkInterface.class).get(0);
        assertThat(i.subnetId()).isEqualTo("subnet-0db1a");
        assertThat(eni.instanceId()).isEqualTo(i.id());
        assertThat(eni.deviceIndex()).isZero();
        Subnet s = HA.get("subnet-0db1a", Subnet.class);
        assertThat(s.cidr().contains(eni.primaryIp())).isTrue();
        assertThat(s.isReserved(eni.primaryIp())).isFalse();
        assertThat(eni.primaryIp()).isNotEqualTo(HA.get("prod-db", DbInstance.class).primaryAddress());
        SecurityGroup def = HA.all(SecurityGroup.class).stream().filter(g -> g.vpcId().equals("vpc-0prod") && g.isDefault()).findFirst().orElseThrow();
        assertThat(eni.securityGroupIds()).containsExactly(def.id());
        Bounds nb = d.after().layout().get(i.id());
        assertThat(d.after().layout().get("subnet-0db1a").contains(nb)).isTrue();
        assertThat(nb.intersects(d.after().layout().get("prod-db"))).as("not over the database").isFalse();
        assertThat(d.plan().select()).containsExactly(i.id());
    }

    @Test
    void anInstanceOutsideEverySubnetIsRefused() {
        RenderItem vpc = RenderModelBuilder.build(HA, Locale.ENGLISH).item("vpc-0prod");
        assertRefused(drop(HA, "instance", vpc.bounds().x() + 6, vpc.bounds().y() + 30), "canvas.drop.instance.outsideSubnet");
    }

    @Test
    void aNatGatewayComesWithAnElasticIp() {
        Dropped d = dropOn(HA, "nat", "subnet-0pub1b");
        assertUndoRestores(d);
        NatGateway nat = d.added(NatGateway.class).get(0);
        ElasticIp eip = d.added(ElasticIp.class).get(0);
        assertThat(eip.associatedResourceId()).isEqualTo(nat.id());
        assertThat(eip.privateIp()).isEqualTo(nat.privateIp());
        assertThat(HA.all(ElasticIp.class)).noneMatch(e -> e.publicIp().equals(eip.publicIp()));
    }

    @Test
    void aSecondInternetGatewayIsRefusedAndAFirstIsAttached() {
        assertRefused(dropOn(HA, "igw", "vpc-0prod"), "canvas.drop.igw.second");
        RenderItem region = RenderModelBuilder.build(HA, Locale.ENGLISH).item("us-east-1");
        Dropped vpc = drop(HA, "vpc", region.bounds().maxX() - 10, region.bounds().y() + 60);
        Document withVpc = vpc.after();
        String vpcId = vpc.added(Vpc.class).get(0).id();
        Dropped igw = dropOn(withVpc, "igw", vpcId);
        assertUndoRestores(igw);
        InternetGateway g = igw.added(InternetGateway.class).get(0);
        assertThat(g.vpcId()).isEqualTo(vpcId);
        Bounds v = igw.after().layout().get(vpcId);
        Bounds gb = igw.after().layout().get(g.id());
        assertThat(gb.y()).isLessThan(v.y());
        assertThat(gb.maxY()).isGreaterThan(v.y());
    }

    @Test
    void aLoadBalancerIsEnabledInThePublicSubnetsOfTwoZonesWithAListenerAndATargetGroup() {
        Dropped d = dropOn(HA, "lb:network", "vpc-0prod");
        assertUndoRestores(d);
        LoadBalancer lb = d.added(LoadBalancer.class).get(0);
        assertThat(lb.type()).isEqualTo(LoadBalancer.Type.NETWORK);
        assertThat(lb.scheme()).isEqualTo(LoadBalancer.Scheme.INTERNET_FACING);
        assertThat(lb.subnetIds()).containsExactlyInAnyOrder("subnet-0pub1a", "subnet-0pub1b");
        assertThat(lb.nodeAddresses()).containsOnlyKeys("subnet-0pub1a", "subnet-0pub1b");
        assertThat(lb.nodeAddresses().get("subnet-0pub1a")).isNotEqualTo(HA.get(
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/0a1b2c3d4e5f6a7b", LoadBalancer.class)
                .nodeAddresses().get("subnet-0pub1a"));
        Listener l = d.added(Listener.class).get(0);
        TargetGroup tg = d.added(TargetGroup.class).get(0);
        assertThat(l.loadBalancerId()).isEqualTo(lb.id());
        assertThat(l.protocol()).isEqualTo(Listener.ListenerProtocol.TCP);
        assertThat(tg.vpcId()).isEqualTo("vpc-0prod");
        assertThat(d.after().layout().get("vpc-0prod").contains(d.after().layout().get(lb.id()))).isTrue();
    }

    @Test
    void anAutoScalingGroupLaunchesItsInstancesInThePrivateSubnetsOfEachZone() {
        Dropped d = dropOn(HA, "asg", "vpc-0prod");
        assertUndoRestores(d);
        AutoScalingGroup g = d.added(AutoScalingGroup.class).get(0);
        assertThat(g.subnetIds()).hasSize(2);
        assertThat(g.subnetIds()).allMatch(id -> id.startsWith("subnet-0app") || id.startsWith("subnet-0db"));
        List<Instance> launched = d.added(Instance.class);
        assertThat(launched).hasSize(2).allMatch(i -> g.id().equals(i.autoScalingGroupId()));
        assertThat(launched).extracting(Instance::subnetId).doesNotHaveDuplicates();
        Bounds box = d.after().layout().get(g.id());
        launched.forEach(i -> assertThat(box.contains(d.after().layout().get(i.id()))).isTrue());
    }

    @Test
    void aDatabaseGetsASubnetGroupOverTwoZonesOrIsRefused() {
        Dropped d = dropOn(HA, "db", "subnet-0db1a");
        assertUndoRestores(d);
        DbInstance db = d.added(DbInstance.class).get(0);
        assertThat(db.primarySubnetId()).isEqualTo("subnet-0db1a");
        assertThat(db.subnetIds()).containsExactly("subnet-0db1a", "subnet-0app1b");

        Document oneZone = Samples.load("web-server");
        String subnet = oneZone.all(Subnet.class).get(0).id();
        assertRefused(dropOn(oneZone, "db", subnet), "canvas.drop.db.oneZone.public");
    }

    @Test
    void theOutsideWorldGoesOutsideTheRegions() {
        Dropped d = drop(HA, "internet-client", -300, 100);
        assertUndoRestores(d);
        InternetClient c = d.added(InternetClient.class).get(0);
        assertThat(c.publicIp()).isNotEqualTo(HA.get("client-0user", InternetClient.class).publicIp());
        RenderItem vpc = RenderModelBuilder.build(HA, Locale.ENGLISH).item("vpc-0prod");
        assertRefused(drop(HA, "on-prem", vpc.centerX(), vpc.centerY()), "canvas.drop.on-prem.insideRegion");
        assertUndoRestores(drop(HA, "alarm", 1400, 600));
    }

    @Test
    void unknownAndUndrawnItemsAreRefused() {
        assertRefused(drop(HA, "banana", 0, 0), "canvas.drop.unknown");
        assertRefused(drop(HA, "rtb", 400, 400), "canvas.drop.notDrawn");
    }

    @Test
    void everyDropLeavesAValidDocument() {
        for (String item : List.of("instance", "nat", "eni")) {
            Dropped d = dropOn(HA, item, "subnet-0pub1a");
            assertThat(Validator.validate(d.after())).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
        }
        Dropped lb = dropOn(HA, "lb:application", "vpc-0prod");
        assertThat(Validator.validate(lb.after())).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
        assertThat(lb.plan().command()).isInstanceOfAny(AddResources.class, CompositeCommand.class);
    }
}
