package dev.vpclab.model.testing;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.DocumentInfo;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.document.SavedSimulation;
import dev.vpclab.model.document.SavedTrace;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents for tests, shared through the test-jar: one that holds every resource kind with every optional
 * field set somewhere, and a small two-subnet network.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** @param s text @return the address */
    public static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    /** @param s text @return the block */
    public static Cidr cidr(String s) {
        return Cidr.parse(s);
    }

    /**
     * A small network: one VPC 10.0.0.0/16 in us-east-1 with a public subnet 10.0.1.0/24 (route 0.0.0.0/0 to
     * an internet gateway) and a private subnet 10.0.2.0/24 (local only), one web instance with a public IP in
     * the public subnet and one app instance in the private subnet. Ids are fixed and readable.
     *
     * @return the document
     */
    public static Document smallNetwork() {
        List<Resource> rs = new ArrayList<>();
        rs.add(new Region("us-east-1", "US East (N. Virginia)"));
        rs.add(new AvailabilityZone("us-east-1a", "us-east-1a", "us-east-1"));
        rs.add(new AvailabilityZone("us-east-1b", "us-east-1b", "us-east-1"));
        rs.add(new Vpc("vpc-1", "prod", "us-east-1", List.of(cidr("10.0.0.0/16")), true, true));
        rs.add(new RouteTable("rtb-main", "main", "vpc-1", true, List.of(Route.to(cidr("10.0.0.0/16"), Route.LOCAL)), List.of(), List.of()));
        rs.add(new RouteTable("rtb-public", "public", "vpc-1", false,
                List.of(Route.to(cidr("10.0.0.0/16"), Route.LOCAL), Route.to(Cidr.ALL, "igw-1")), List.of(), List.of()));
        rs.add(new NetworkAcl("acl-default", "default", "vpc-1", true,
                List.of(NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW),
                        NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.ALL, null, Cidr.ALL, RuleAction.ALLOW))));
        rs.add(new SecurityGroup("sg-default", "", "vpc-1", "default", "default VPC security group",
                List.of(SecurityGroupRule.allowAll(RulePeer.group("sg-default"))), List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL)))));
        rs.add(new SecurityGroup("sg-web", "web", "vpc-1", "web", "web servers",
                List.of(SecurityGroupRule.of(Protocol.TCP, PortRange.of(443), RulePeer.cidr(Cidr.ALL)),
                        SecurityGroupRule.of(Protocol.TCP, PortRange.of(80), RulePeer.cidr(Cidr.ALL))),
                List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL)))));
        rs.add(new SecurityGroup("sg-app", "app", "vpc-1", "app", "app servers",
                List.of(SecurityGroupRule.of(Protocol.TCP, PortRange.of(8080), RulePeer.group("sg-web"))),
                List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL)))));
        rs.add(new InternetGateway("igw-1", "igw", "vpc-1"));
        rs.add(new Subnet("subnet-public", "public-a", "vpc-1", "us-east-1a", cidr("10.0.1.0/24"), true, "rtb-public", null));
        rs.add(new Subnet("subnet-private", "private-a", "vpc-1", "us-east-1a", cidr("10.0.2.0/24"), false, null, null));
        rs.add(new Instance("i-web", "web", "subnet-public", "t3.micro", Instance.State.RUNNING, "", null));
        rs.add(new NetworkInterface("eni-web", "", "subnet-public", List.of(ip("10.0.1.10")), List.of("sg-web"), true, "i-web", 0,
                ip("203.0.113.10"), ""));
        rs.add(new Instance("i-app", "app", "subnet-private", "t3.micro", Instance.State.RUNNING, "", null));
        rs.add(new NetworkInterface("eni-app", "", "subnet-private", List.of(ip("10.0.2.20")), List.of("sg-app"), true, "i-app", 0,
                null, ""));
        return Document.of(rs, Layout.EMPTY);
    }

    /**
     * A document holding at least one resource of every kind, with optional fields set, a layout, saved traces
     * and a saved simulation. Every reference resolves.
     *
     * @return the document
     */
    public static Document everyKind() {
        Document small = smallNetwork();
        List<Resource> rs = new ArrayList<>(small.all());
        String arnPrefix = "arn:aws:elasticloadbalancing:us-east-1:123456789012:";
        String lbId = arnPrefix + "loadbalancer/app/web-alb/50dc6c495c0c9188";
        String listenerId = arnPrefix + "listener/app/web-alb/50dc6c495c0c9188/f2f7dc8efc522ab2";
        String tgId = arnPrefix + "targetgroup/web/73e2d6bc24d8a067";
        rs.add(new Subnet("subnet-public-b", "public-b", "vpc-1", "us-east-1b", cidr("10.0.3.0/24"), true, "rtb-public", "acl-custom"));
        rs.add(new NetworkAcl("acl-custom", "custom", "vpc-1", false, List.of(
                NetworkAclEntry.of(100, TrafficDirection.INBOUND, Protocol.TCP, PortRange.of(443), Cidr.ALL, RuleAction.ALLOW),
                new NetworkAclEntry(110, TrafficDirection.INBOUND, Protocol.ICMP, null, IcmpTypeCode.ECHO_REQUEST, cidr("10.0.0.0/8"), RuleAction.ALLOW),
                NetworkAclEntry.of(120, TrafficDirection.INBOUND, Protocol.UDP, new PortRange(1024, 65535), Cidr.ALL, RuleAction.DENY),
                NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, Protocol.TCP, PortRange.EPHEMERAL, Cidr.ALL, RuleAction.ALLOW))));
        rs.add(new NatGateway("nat-1", "nat-a", "subnet-public", NatGateway.Connectivity.PUBLIC, ip("10.0.1.5"), LifecycleState.AVAILABLE));
        rs.add(new ElasticIp("eipalloc-nat", "nat-eip", ip("198.51.100.9"), "nat-1", null));
        rs.add(new ElasticIp("eipalloc-web", "web-eip", ip("203.0.113.20"), "eni-web", ip("10.0.1.10")));
        rs.add(new EgressOnlyInternetGateway("eigw-1", "eigw", "vpc-1"));
        rs.add(new Vpc("vpc-2", "shared", "us-east-1", List.of(cidr("10.1.0.0/16"), cidr("10.2.0.0/16")), true, false));
        rs.add(new RouteTable("rtb-main-2", "main-2", "vpc-2", true,
                List.of(Route.to(cidr("10.1.0.0/16"), Route.LOCAL), Route.to(cidr("10.2.0.0/16"), Route.LOCAL),
                        Route.to(cidr("10.0.0.0/16"), "pcx-1"), Route.to(cidr("192.168.0.0/16"), "vgw-1"),
                        new Route(null, "pl-s3", "vpce-s3", RouteOrigin.ENDPOINT),
                        new Route(cidr("172.16.0.0/12"), null, "vgw-1", RouteOrigin.PROPAGATED),
                        Route.to(cidr("10.9.0.0/16"), "tgw-1")),
                List.of("vgw-1"), List.of("vgw-1")));
        rs.add(new NetworkAcl("acl-default-2", "", "vpc-2", true, List.of()));
        rs.add(new SecurityGroup("sg-default-2", "", "vpc-2", "default", "", List.of(), List.of()));
        rs.add(new Subnet("subnet-shared", "shared-a", "vpc-2", "us-east-1a", cidr("10.1.1.0/24"), false, null, null));
        rs.add(new VpcPeeringConnection("pcx-1", "prod-shared", "vpc-1", "vpc-2", VpcPeeringConnection.Status.ACTIVE));
        rs.add(new VirtualPrivateGateway("vgw-1", "vgw", "vpc-2", 64512));
        rs.add(new OnPremisesNetwork("onprem-1", "office", List.of(cidr("192.168.0.0/16")), "vgw-1", ip("203.0.113.200"), "vpn-1", true));
        rs.add(new TransitGateway("tgw-1", "core", "us-east-1", 64513));
        rs.add(new TransitGatewayRouteTable("tgw-rtb-1", "core-rt", "tgw-1",
                List.of(new TransitGatewayRoute(cidr("10.1.0.0/16"), "tgw-attach-1", RouteOrigin.PROPAGATED),
                        new TransitGatewayRoute(cidr("10.66.0.0/16"), null, RouteOrigin.STATIC)),
                List.of("tgw-attach-1")));
        rs.add(new TransitGatewayAttachment("tgw-attach-1", "shared-attach", "tgw-1", TransitGatewayAttachment.AttachmentType.VPC,
                "vpc-2", List.of("subnet-shared"), "tgw-rtb-1", true, LifecycleState.AVAILABLE));
        rs.add(new PrefixList("pl-s3", "s3", "com.amazonaws.us-east-1.s3", List.of(cidr("52.216.0.0/15"), cidr("54.231.0.0/16")), true));
        rs.add(new VpcEndpoint("vpce-s3", "s3", "vpc-2", VpcEndpoint.EndpointType.GATEWAY, "com.amazonaws.us-east-1.s3", "pl-s3",
                List.of("rtb-main-2"), List.of(), List.of(), Map.of(), false, LifecycleState.AVAILABLE));
        rs.add(new VpcEndpoint("vpce-ec2", "ec2-api", "vpc-2", VpcEndpoint.EndpointType.INTERFACE, "com.amazonaws.us-east-1.ec2", null,
                List.of(), List.of("subnet-shared"), List.of("sg-default-2"), Map.of("subnet-shared", ip("10.1.1.50")), true,
                LifecycleState.AVAILABLE));
        rs.add(new SecurityGroup("sg-alb", "alb", "vpc-1", "alb", "load balancer",
                List.of(new SecurityGroupRule(Protocol.TCP, PortRange.of(443), null, RulePeer.cidr(Cidr.ALL), "HTTPS from anywhere"),
                        new SecurityGroupRule(Protocol.ICMP, null, IcmpTypeCode.ANY, RulePeer.parse("pl-s3"), "")),
                List.of(SecurityGroupRule.of(Protocol.TCP, PortRange.of(8080), RulePeer.group("sg-app")))));
        rs.add(new LoadBalancer(lbId, "web-alb", LoadBalancer.Type.APPLICATION, LoadBalancer.Scheme.INTERNET_FACING, "vpc-1",
                List.of("subnet-public", "subnet-public-b"), List.of("sg-alb"),
                Map.of("subnet-public", ip("10.0.1.25"), "subnet-public-b", ip("10.0.3.25")),
                Map.of("subnet-public", ip("54.12.0.10"), "subnet-public-b", ip("54.12.0.11")),
                "web-alb-1234567890.us-east-1.elb.amazonaws.com", true, 60, LifecycleState.AVAILABLE));
        rs.add(new Listener(listenerId, "https", lbId, Listener.ListenerProtocol.HTTPS, 443,
                List.of(ListenerAction.Forward.to(tgId))));
        rs.add(new ListenerRule(arnPrefix + "listener-rule/app/web-alb/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee", "api",
                listenerId, 10,
                List.of(new RuleCondition(RuleCondition.Field.PATH_PATTERN, null, List.of("/api/*")),
                        new RuleCondition(RuleCondition.Field.HTTP_HEADER, "X-Env", List.of("prod", "stag?ng")),
                        new RuleCondition(RuleCondition.Field.SOURCE_IP, null, List.of("10.0.0.0/8"))),
                List.of(new ListenerAction.Forward(List.of(new ListenerAction.WeightedTargetGroup(tgId, 80),
                        new ListenerAction.WeightedTargetGroup(tgId, 20)), 300))));
        rs.add(new ListenerRule("rule-redirect", "old", listenerId, 20,
                List.of(new RuleCondition(RuleCondition.Field.HOST_HEADER, null, List.of("old.example.com"))),
                List.of(new ListenerAction.Redirect("HTTPS", "www.example.com", "443", "/#{path}", null, 301))));
        rs.add(new ListenerRule("rule-fixed", "maintenance", listenerId, 30,
                List.of(new RuleCondition(RuleCondition.Field.HTTP_REQUEST_METHOD, null, List.of("DELETE"))),
                List.of(new ListenerAction.FixedResponse(503, "text/plain", "down for maintenance"))));
        rs.add(new TargetGroup(tgId, "web", "vpc-1", TargetGroup.TargetType.INSTANCE, Listener.ListenerProtocol.HTTP, 8080,
                new HealthCheck(Listener.ListenerProtocol.HTTP, 0, "/health", 10, 5, 3, 2, "200-299"),
                new TargetGroupAttributes(TargetGroupAttributes.Algorithm.LEAST_OUTSTANDING_REQUESTS, TargetGroupAttributes.Stickiness.LB_COOKIE,
                        3600, null, 30, 0, TargetGroupAttributes.CrossZone.ON, null, 1),
                List.of(new TargetRegistration("i-app", 0, null, TargetRegistration.TargetHealth.HEALTHY))));
        rs.add(new TargetGroup("tg-ip", "ip-targets", "vpc-1", TargetGroup.TargetType.IP, Listener.ListenerProtocol.TCP, 443,
                HealthCheck.DEFAULT, new TargetGroupAttributes(null, TargetGroupAttributes.Stickiness.SOURCE_IP, 0, null, 0, 0,
                TargetGroupAttributes.CrossZone.OFF, Boolean.FALSE, 2),
                List.of(new TargetRegistration("10.0.2.20", 443, null, null), new TargetRegistration("192.168.1.5", 443, "all", null))));
        rs.add(new AutoScalingGroup("asg-web", "web-asg", new LaunchTemplate("t3.small", "ami-0abc", List.of("sg-app"), false),
                2, 2, 6, List.of("subnet-private"), List.of(tgId), AutoScalingGroup.HealthCheckType.ELB, 300, 300, 60,
                List.of(new ScalingPolicy("cpu50", ScalingPolicy.PolicyType.TARGET_TRACKING,
                                ScalingPolicy.PredefinedMetric.ASG_AVERAGE_CPU_UTILIZATION, 50, false, null, 0, List.of(), 0, 0),
                        new ScalingPolicy("step-out", ScalingPolicy.PolicyType.STEP, null, 0, false,
                                ScalingPolicy.AdjustmentType.CHANGE_IN_CAPACITY, 0,
                                List.of(new ScalingPolicy.StepAdjustment(0.0, 20.0, 1), new ScalingPolicy.StepAdjustment(20.0, null, 2)), 0, 120),
                        new ScalingPolicy("simple-in", ScalingPolicy.PolicyType.SIMPLE, null, 0, false,
                                ScalingPolicy.AdjustmentType.CHANGE_IN_CAPACITY, -1, List.of(), 300, 0))));
        rs.add(new Instance("i-asg-1", "web-asg-1", "subnet-private", "t3.small", Instance.State.STOPPED, "ami-0abc", "asg-web"));
        rs.add(new NetworkInterface("eni-asg-1", "", "subnet-private", List.of(ip("10.0.2.30"), ip("10.0.2.31")), List.of("sg-app"),
                false, "i-asg-1", 0, null, "primary"));
        rs.add(new NetworkInterface("eni-free", "spare", "subnet-private", List.of(ip("10.0.2.40")), List.of(), true, null, 0, null, ""));
        rs.add(new Subnet("subnet-db-a", "db-a", "vpc-1", "us-east-1a", cidr("10.0.21.0/24"), false, null, null));
        rs.add(new Subnet("subnet-db-b", "db-b", "vpc-1", "us-east-1b", cidr("10.0.22.0/24"), false, null, null));
        rs.add(new DbInstance("orders-db", "orders", "postgres", "db.t3.medium", 5432, List.of("subnet-db-a", "subnet-db-b"),
                List.of("sg-app"), true, "subnet-db-a", ip("10.0.21.10"), "subnet-db-b", ip("10.0.22.10"), false,
                "orders-db.abcdefgh.us-east-1.rds.amazonaws.com", 200, LifecycleState.AVAILABLE));
        rs.add(new Alarm("cpu-high", "cpu-high", "AWS/EC2", "CPUUtilization", Map.of("AutoScalingGroupName", "asg-web"), "Average",
                60, 3, 3, 70, Alarm.Comparison.GREATER_THAN_THRESHOLD, Alarm.TreatMissingData.MISSING,
                List.of("asg-web/step-out"), List.of()));
        rs.add(new Alarm("db-connections-low", "db-connections-low", "AWS/RDS", "DatabaseConnections",
                Map.of("DBInstanceIdentifier", "orders-db"), "p99", 60, 5, 3, 1, Alarm.Comparison.LESS_THAN_THRESHOLD,
                Alarm.TreatMissingData.BREACHING, List.of(), List.of("asg-web/simple-in")));
        rs.add(new InternetClient("client-1", "Internet user", InternetClient.DEFAULT_ADDRESS));
        Map<String, Bounds> layout = new HashMap<>();
        layout.put("us-east-1", Bounds.of(0, 0, 1200, 800));
        layout.put("vpc-1", Bounds.of(40, 60, 1000, 600));
        layout.put(Layout.azColumnKey("vpc-1", "us-east-1a"), new Bounds(60, 100, 460, 540, false));
        layout.put("subnet-public", Bounds.of(80, 140, 420, 150));
        layout.put("i-web", Bounds.of(120, 190, 64, 64));
        layout.put("client-1", new Bounds(-150.5, 20.25, 64, 64, true));
        return Document.of(rs, Layout.of(layout))
                .withInfo(new DocumentInfo("Every kind", "A fixture holding one of everything."))
                .withTraces(List.of(new SavedTrace("web https", "internet to web", "internet", "i-web", "tcp", 443, 0, null, null, null, true),
                        new SavedTrace("api", "", "client-1", "web-alb", "tcp", 443, 51000, "api.example.com", "/api/v1", "GET", null)))
                .withSimulations(List.of(new SavedSimulation("spike", "a spike", List.of("--duration", "30m", "--rate", "20", "--profile", "spike"))));
    }

    /** @return a fresh id generator with a fixed seed */
    public static ResourceFactory factory(Document doc) {
        return new ResourceFactory(new IdGenerator(42), doc);
    }
}
