package dev.vpclab.model.samples;


import static dev.vpclab.model.samples.SampleBuilder.in;
import static dev.vpclab.model.samples.SampleBuilder.ip;
import static dev.vpclab.model.samples.SampleBuilder.out;
import static dev.vpclab.model.samples.SampleBuilder.tcp;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.HealthCheck;
import dev.vpclab.model.resource.LaunchTemplate;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RuleCondition;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration;
import java.util.List;
import java.util.Map;

/** The four sample networks shipped in samples/ and inside the app. */
public final class SampleNetworks {

    /** The default internet user's address, as the tracer uses for "internet". */
    static final String CLIENT_IP = "198.51.100.77";
    private static final String ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:";

    private SampleNetworks() {
    }

    /** @return the file name → document of every sample */
    public static Map<String, Document> all() {
        return Map.of("web-server.vpclab", webServer(), "two-tier.vpclab", twoTier(), "ha-web.vpclab", haWeb(),
                "broken-network.vpclab", brokenNetwork());
    }

    /** @return one public web server behind an internet gateway */
    public static Document webServer() {
        SampleBuilder b = new SampleBuilder().region("us-east-1", "a", "b")
                .vpc("vpc-0web", "web-vpc", "us-east-1", "10.0.0.0/16")
                .igw("igw-0web", "web-igw", "vpc-0web")
                .routeTable("rtb-0public", "public", "vpc-0web", Route.to(Cidr.ALL, "igw-0web"))
                .subnet("subnet-0public1a", "public-1a", "vpc-0web", "us-east-1a", "10.0.1.0/24", "rtb-0public", null)
                .sg("sg-0web", "web", "vpc-0web", "HTTP and HTTPS from anywhere",
                        List.of(tcp("80", "0.0.0.0/0", "HTTP"), tcp("443", "0.0.0.0/0", "HTTPS")))
                .instance("i-0web", "web-server", "subnet-0public1a", "t3.micro", "10.0.1.10", null, null, "sg-0web")
                .eip("eipalloc-0web", "web-eip", "203.0.113.10", "eni-0web")
                .client("client-0user", "Internet user", CLIENT_IP)
                .trace("HTTPS from the internet", "A user opens the site: IGW 1:1 NAT to the Elastic IP, the web security group allows 443.",
                        "internet", "web-server", "tcp", 443, true)
                .trace("SSH from the internet", "Port 22 is not open in the web security group.", "internet", "web-server", "tcp", 22, false);
        return b.build("Web server", "One public web server: a VPC, a public subnet routed to an internet gateway, "
                + "an EC2 instance with an Elastic IP and a security group for HTTP and HTTPS.");
    }

    /** @return public and private subnets in two zones, NAT per zone, a bastion, app servers and Multi-AZ RDS */
    public static Document twoTier() {
        SampleBuilder b = new SampleBuilder().region("us-east-1", "a", "b")
                .vpc("vpc-0app", "app-vpc", "us-east-1", "10.0.0.0/16")
                .igw("igw-0app", "app-igw", "vpc-0app")
                .routeTable("rtb-0public", "public", "vpc-0app", Route.to(Cidr.ALL, "igw-0app"))
                .routeTable("rtb-0private1a", "private-1a", "vpc-0app", Route.to(Cidr.ALL, "nat-0a"))
                .routeTable("rtb-0private1b", "private-1b", "vpc-0app", Route.to(Cidr.ALL, "nat-0b"))
                .routeTable("rtb-0data", "data", "vpc-0app")
                .subnet("subnet-0public1a", "public-1a", "vpc-0app", "us-east-1a", "10.0.1.0/24", "rtb-0public", null)
                .subnet("subnet-0public1b", "public-1b", "vpc-0app", "us-east-1b", "10.0.2.0/24", "rtb-0public", null)
                .subnet("subnet-0app1a", "app-1a", "vpc-0app", "us-east-1a", "10.0.11.0/24", "rtb-0private1a", null)
                .subnet("subnet-0app1b", "app-1b", "vpc-0app", "us-east-1b", "10.0.12.0/24", "rtb-0private1b", null)
                .subnet("subnet-0db1a", "db-1a", "vpc-0app", "us-east-1a", "10.0.21.0/24", "rtb-0data", null)
                .subnet("subnet-0db1b", "db-1b", "vpc-0app", "us-east-1b", "10.0.22.0/24", "rtb-0data", null)
                .nat("nat-0a", "nat-1a", "subnet-0public1a", "10.0.1.40", "eipalloc-0nata", "203.0.113.41")
                .nat("nat-0b", "nat-1b", "subnet-0public1b", "10.0.2.40", "eipalloc-0natb", "203.0.113.42")
                .sg("sg-0bastion", "bastion", "vpc-0app", "SSH from the admin network", List.of(tcp("22", "203.0.113.0/24", "admin office")))
                .sg("sg-0app", "app", "vpc-0app", "app servers",
                        List.of(tcp("22", "sg-0bastion", "SSH from the bastion"), tcp("8080", "10.0.0.0/16", "app port inside the VPC")))
                .sg("sg-0db", "db", "vpc-0app", "database", List.of(tcp("5432", "sg-0app", "PostgreSQL from the app servers")))
                .instance("i-0bastion", "bastion", "subnet-0public1a", "t3.micro", "10.0.1.10", null, null, "sg-0bastion")
                .eip("eipalloc-0bastion", "bastion-eip", "203.0.113.10", "eni-0bastion")
                .instance("i-0app1", "app-1", "subnet-0app1a", "t3.small", "10.0.11.10", null, null, "sg-0app")
                .instance("i-0app2", "app-2", "subnet-0app1b", "t3.small", "10.0.12.10", null, null, "sg-0app")
                .add(new DbInstance("app-db", "app-db", "postgres", "db.t3.medium", 5432, List.of("subnet-0db1a", "subnet-0db1b"),
                        List.of("sg-0db"), true, "subnet-0db1a", ip("10.0.21.10"), "subnet-0db1b", ip("10.0.22.10"), false,
                        "app-db.c9akciq32lu0.us-east-1.rds.amazonaws.com", 200, LifecycleState.AVAILABLE))
                .client("client-0admin", "Admin", "203.0.113.7")
                .trace("Admin SSH to the bastion", "From the admin office to the bastion's Elastic IP.", "203.0.113.7", "bastion", "tcp", 22, true)
                .trace("Bastion SSH to app-1", "Inside the VPC: the app security group admits the bastion's group.", "bastion", "app-1", "tcp", 22, true)
                .trace("App to database", "The db security group admits the app group on 5432; the endpoint is the primary.", "app-1", "app-db", "tcp", 5432, true)
                .trace("Updates through NAT", "app-2 reaches the internet through the NAT gateway of its own zone.", "app-2", "93.184.216.34", "tcp", 443, true)
                .trace("Internet to app-1", "App servers have no public address: nothing from the internet reaches them.", "internet", "app-1", "tcp", 8080, false);
        return b.build("Two-tier network", "Public and private subnets in two Availability Zones, a NAT gateway per zone, "
                + "a bastion host, two app servers and a Multi-AZ PostgreSQL database.");
    }

    /** @return an internet-facing ALB over two zones, an Auto Scaling group, Multi-AZ RDS and alarms */
    public static Document haWeb() {
        String lb = ARN + "loadbalancer/app/web-alb/0a1b2c3d4e5f6a7b";
        String https = ARN + "listener/app/web-alb/0a1b2c3d4e5f6a7b/1f2e3d4c5b6a7980";
        String http = ARN + "listener/app/web-alb/0a1b2c3d4e5f6a7b/0a9b8c7d6e5f4a3b";
        String tgWeb = ARN + "targetgroup/tg-web/5e6f7a8b9c0d1e2f";
        String tgApi = ARN + "targetgroup/tg-api/6f7a8b9c0d1e2f3a";
        List<String> targets = List.of("i-0a3", "i-0a4", "i-0b7", "i-0b8");
        SampleBuilder b = new SampleBuilder().region("us-east-1", "a", "b")
                .vpc("vpc-0prod", "prod-vpc", "us-east-1", "10.0.0.0/16")
                .igw("igw-0a1b", "igw-0a1b", "vpc-0prod")
                .routeTable("rtb-0public", "public", "vpc-0prod", Route.to(Cidr.ALL, "igw-0a1b"))
                .routeTable("rtb-0app1a", "app-1a", "vpc-0prod", Route.to(Cidr.ALL, "nat-0a"))
                .routeTable("rtb-0app1b", "app-1b", "vpc-0prod", Route.to(Cidr.ALL, "nat-0b"))
                .routeTable("rtb-0db", "db", "vpc-0prod")
                .nacl("acl-0pub", "public", "vpc-0prod",
                        in(100, Protocol.TCP, "443", "0.0.0.0/0", RuleAction.ALLOW),
                        in(110, Protocol.TCP, "80", "0.0.0.0/0", RuleAction.ALLOW),
                        in(120, Protocol.TCP, "1024-65535", "0.0.0.0/0", RuleAction.ALLOW),
                        out(100, Protocol.TCP, "1024-65535", "0.0.0.0/0", RuleAction.ALLOW),
                        out(110, Protocol.TCP, "8080", "10.0.0.0/16", RuleAction.ALLOW),
                        out(120, Protocol.TCP, "443", "0.0.0.0/0", RuleAction.ALLOW),
                        out(130, Protocol.TCP, "80", "0.0.0.0/0", RuleAction.ALLOW))
                .nacl("acl-0app", "app", "vpc-0prod",
                        in(100, Protocol.TCP, "8080", "10.0.0.0/16", RuleAction.ALLOW),
                        in(110, Protocol.TCP, "1024-65535", "0.0.0.0/0", RuleAction.ALLOW),
                        out(100, Protocol.TCP, "1024-65535", "10.0.0.0/16", RuleAction.ALLOW),
                        out(110, Protocol.TCP, "5432", "10.0.20.0/22", RuleAction.ALLOW),
                        out(120, Protocol.TCP, "443", "0.0.0.0/0", RuleAction.ALLOW))
                .nacl("acl-0db", "db", "vpc-0prod",
                        in(100, Protocol.TCP, "5432", "10.0.8.0/21", RuleAction.ALLOW),
                        out(100, Protocol.TCP, "1024-65535", "10.0.8.0/21", RuleAction.ALLOW))
                .subnet("subnet-0pub1a", "public-1a", "vpc-0prod", "us-east-1a", "10.0.1.0/24", "rtb-0public", "acl-0pub")
                .subnet("subnet-0pub1b", "public-1b", "vpc-0prod", "us-east-1b", "10.0.2.0/24", "rtb-0public", "acl-0pub")
                .subnet("subnet-0app1a", "app-1a", "vpc-0prod", "us-east-1a", "10.0.11.0/24", "rtb-0app1a", "acl-0app")
                .subnet("subnet-0app1b", "app-1b", "vpc-0prod", "us-east-1b", "10.0.12.0/24", "rtb-0app1b", "acl-0app")
                .subnet("subnet-0db1a", "db-1a", "vpc-0prod", "us-east-1a", "10.0.21.0/24", "rtb-0db", "acl-0db")
                .subnet("subnet-0db1b", "db-1b", "vpc-0prod", "us-east-1b", "10.0.22.0/24", "rtb-0db", "acl-0db")
                .nat("nat-0a", "nat-1a", "subnet-0pub1a", "10.0.1.40", "eipalloc-0nata", "203.0.113.41")
                .nat("nat-0b", "nat-1b", "subnet-0pub1b", "10.0.2.40", "eipalloc-0natb", "203.0.113.42")
                .sg("sg-0alb", "alb", "vpc-0prod", "HTTPS and HTTP from anywhere",
                        List.of(tcp("443", "0.0.0.0/0", "HTTPS"), tcp("80", "0.0.0.0/0", "HTTP, redirected to HTTPS")))
                .sg("sg-0app", "app", "vpc-0prod", "web servers", List.of(tcp("8080", "sg-0alb", "HTTP 8080 from the load balancer")))
                .sg("sg-0db", "db", "vpc-0prod", "database", List.of(tcp("5432", "sg-0app", "PostgreSQL from the web servers")))
                .instance("i-0a3", "web-1", "subnet-0app1a", "t3.small", "10.0.11.12", null, "asg-0web", "sg-0app")
                .instance("i-0a4", "web-2", "subnet-0app1a", "t3.small", "10.0.11.37", null, "asg-0web", "sg-0app")
                .instance("i-0b7", "web-3", "subnet-0app1b", "t3.small", "10.0.12.24", null, "asg-0web", "sg-0app")
                .instance("i-0b8", "web-4", "subnet-0app1b", "t3.small", "10.0.12.51", null, "asg-0web", "sg-0app")
                .add(new LoadBalancer(lb, "web-alb", LoadBalancer.Type.APPLICATION, LoadBalancer.Scheme.INTERNET_FACING, "vpc-0prod",
                        List.of("subnet-0pub1a", "subnet-0pub1b"), List.of("sg-0alb"),
                        Map.of("subnet-0pub1a", ip("10.0.1.25"), "subnet-0pub1b", ip("10.0.2.31")),
                        Map.of("subnet-0pub1a", ip("54.12.0.10"), "subnet-0pub1b", ip("54.12.0.11")),
                        "web-alb-1234567890.us-east-1.elb.amazonaws.com", true, 60, LifecycleState.AVAILABLE))
                .add(new Listener(https, "https-443", lb, Listener.ListenerProtocol.HTTPS, 443, List.of(ListenerAction.Forward.to(tgWeb))))
                .add(new Listener(http, "http-80", lb, Listener.ListenerProtocol.HTTP, 80,
                        List.of(new ListenerAction.Redirect("HTTPS", null, "443", null, null, 301))))
                .add(new ListenerRule(https + "/rule-api", "api", https, 10,
                        List.of(new RuleCondition(RuleCondition.Field.PATH_PATTERN, null, List.of("/api/*"))),
                        List.of(ListenerAction.Forward.to(tgApi))))
                .add(new ListenerRule(https + "/rule-maintenance", "maintenance", https, 20,
                        List.of(new RuleCondition(RuleCondition.Field.PATH_PATTERN, null, List.of("/maintenance*"))),
                        List.of(new ListenerAction.FixedResponse(503, "text/plain", "Back soon"))))
                .add(new TargetGroup(tgWeb, "tg-web", "vpc-0prod", TargetGroup.TargetType.INSTANCE, Listener.ListenerProtocol.HTTP, 8080,
                        new HealthCheck(Listener.ListenerProtocol.HTTP, 0, "/health", 15, 5, 3, 2, "200"), TargetGroupAttributes.DEFAULT,
                        targets.stream().map(TargetRegistration::of).toList()))
                .add(new TargetGroup(tgApi, "tg-api", "vpc-0prod", TargetGroup.TargetType.INSTANCE, Listener.ListenerProtocol.HTTP, 8080,
                        new HealthCheck(Listener.ListenerProtocol.HTTP, 0, "/api/health", 15, 5, 3, 2, "200"), TargetGroupAttributes.DEFAULT,
                        targets.stream().map(TargetRegistration::of).toList()))
                .add(new AutoScalingGroup("asg-0web", "web-asg", new LaunchTemplate("t3.small", "ami-0c55b159cbfafe1f0", List.of("sg-0app"), false),
                        2, 4, 6, List.of("subnet-0app1a", "subnet-0app1b"), List.of(tgWeb, tgApi), AutoScalingGroup.HealthCheckType.ELB,
                        300, 300, 120,
                        List.of(new ScalingPolicy("cpu-50", ScalingPolicy.PolicyType.TARGET_TRACKING,
                                ScalingPolicy.PredefinedMetric.ASG_AVERAGE_CPU_UTILIZATION, 50, false, null, 0, List.of(), 0, 0))))
                .add(new DbInstance("prod-db", "prod-db", "postgres", "db.r6g.large", 5432, List.of("subnet-0db1a", "subnet-0db1b"),
                        List.of("sg-0db"), true, "subnet-0db1a", ip("10.0.21.10"), "subnet-0db1b", ip("10.0.22.10"), false,
                        "prod-db.c9akciq32lu0.us-east-1.rds.amazonaws.com", 500, LifecycleState.AVAILABLE))
                .add(new Alarm("cpu-high", "cpu-high", "AWS/EC2", "CPUUtilization", Map.of("AutoScalingGroupName", "asg-0web"), "Average",
                        60, 3, 3, 70, Alarm.Comparison.GREATER_THAN_THRESHOLD, Alarm.TreatMissingData.MISSING, List.of(), List.of()))
                .add(new Alarm("elb-5xx", "elb-5xx", "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count",
                        Map.of("LoadBalancer", "app/web-alb/0a1b2c3d4e5f6a7b"), "Sum", 300, 1, 1, 20,
                        Alarm.Comparison.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, Alarm.TreatMissingData.NOT_BREACHING, List.of(), List.of()))
                .add(new Alarm("db-connections-low", "db-connections-low", "AWS/RDS", "DatabaseConnections",
                        Map.of("DBInstanceIdentifier", "prod-db"), "Minimum", 60, 5, 3, 1, Alarm.Comparison.LESS_THAN_THRESHOLD,
                        Alarm.TreatMissingData.MISSING, List.of(), List.of()))
                .client("client-0user", "Internet user", CLIENT_IP)
                .httpTrace("HTTPS to the API", "Listener 443, rule 10 (path /api/*) forwards to tg-api; the app NACL and security group admit the ALB.",
                        "internet", "web-alb", 443, "www.example.com", "/api/v1/orders", true)
                .httpTrace("Home page", "No rule matches /: the default action forwards to tg-web.", "internet", "web-alb", 443,
                        "www.example.com", "/", true)
                .trace("Web server to database", "sg-0db admits sg-0app on 5432; acl-0db admits the app subnets.", "web-1", "prod-db", "tcp", 5432, true)
                .trace("Updates through NAT", "web-3 in us-east-1b leaves through nat-1b.", "web-3", "93.184.216.34", "tcp", 443, true)
                .simulation("Spike, then an AZ fails", "Traffic rises fourfold at 10 min: CPU climbs and the Auto Scaling group scales out. "
                                + "At 30 min us-east-1a fails: its targets go unhealthy and traffic moves to us-east-1b.",
                        "--duration", "45m", "--rate", "20", "--profile", "spike:peak=80,at=10m,length=10m", "--fail", "us-east-1a@30m",
                        "--seed", "7");
        return b.build("Highly available web application", "An internet-facing Application Load Balancer over two Availability Zones, "
                + "an Auto Scaling group of web servers, a Multi-AZ RDS database and CloudWatch alarms on CPU and 5XX errors.");
    }

    /** @return a teaching network with four classic mistakes */
    public static Document brokenNetwork() {
        SampleBuilder b = new SampleBuilder().region("us-east-1", "a", "b")
                .vpc("vpc-0shop", "shop-vpc", "us-east-1", "10.1.0.0/16")
                .igw("igw-0shop", "shop-igw", "vpc-0shop")
                .routeTable("rtb-0public", "public", "vpc-0shop", Route.to(Cidr.ALL, "igw-0shop"))
                .routeTable("rtb-0app", "app", "vpc-0shop", Route.to(Cidr.ALL, "igw-0shop"))
                .routeTable("rtb-0worker", "worker", "vpc-0shop", Route.to(Cidr.ALL, "nat-0shop"))
                .routeTable("rtb-0db", "db", "vpc-0shop")
                .nacl("acl-0web", "web", "vpc-0shop",
                        in(100, Protocol.TCP, "80", "0.0.0.0/0", RuleAction.ALLOW),
                        in(110, Protocol.TCP, "443", "0.0.0.0/0", RuleAction.ALLOW),
                        out(100, Protocol.TCP, "80", "0.0.0.0/0", RuleAction.ALLOW),
                        out(110, Protocol.TCP, "443", "0.0.0.0/0", RuleAction.ALLOW))
                .subnet("subnet-0web", "web-public", "vpc-0shop", "us-east-1a", "10.1.1.0/24", "rtb-0public", "acl-0web")
                .subnet("subnet-0app", "app-private", "vpc-0shop", "us-east-1a", "10.1.11.0/24", "rtb-0app", null)
                .subnet("subnet-0worker", "worker-private", "vpc-0shop", "us-east-1b", "10.1.12.0/24", "rtb-0worker", null)
                .subnet("subnet-0db1a", "db-private-1a", "vpc-0shop", "us-east-1a", "10.1.21.0/24", "rtb-0db", null)
                .subnet("subnet-0db1b", "db-private-1b", "vpc-0shop", "us-east-1b", "10.1.22.0/24", "rtb-0db", null)
                .nat("nat-0shop", "shop-nat", "subnet-0db1a", "10.1.21.20", "eipalloc-0nat", "203.0.113.60")
                .sg("sg-0web", "web", "vpc-0shop", "web server", List.of(tcp("80", "0.0.0.0/0", "HTTP"), tcp("443", "0.0.0.0/0", "HTTPS")))
                .sg("sg-0app", "app", "vpc-0shop", "app server", List.of(tcp("8080", "sg-0web", "from the web server")))
                .sg("sg-0worker", "worker", "vpc-0shop", "background jobs", List.of())
                .sg("sg-0db", "db", "vpc-0shop", "database", List.of(tcp("3306", "0.0.0.0/0", "MySQL from anywhere")))
                .instance("i-0web", "web", "subnet-0web", "t3.micro", "10.1.1.10", null, null, "sg-0web")
                .eip("eipalloc-0web", "web-eip", "203.0.113.50", "eni-0web")
                .instance("i-0app", "app", "subnet-0app", "t3.small", "10.1.11.10", null, null, "sg-0app")
                .instance("i-0worker", "worker", "subnet-0worker", "t3.small", "10.1.12.10", null, null, "sg-0worker")
                .add(new DbInstance("shop-db", "shop-db", "mysql", "db.t3.medium", 3306, List.of("subnet-0db1a", "subnet-0db1b"),
                        List.of("sg-0db"), false, "subnet-0db1a", ip("10.1.21.10"), null, null, false,
                        "shop-db.c9akciq32lu0.us-east-1.rds.amazonaws.com", 100, LifecycleState.AVAILABLE))
                .client("client-0user", "Internet user", CLIENT_IP)
                .trace("Visit the shop", "The request gets in, but acl-0web has no outbound rule for the client's ephemeral port: "
                        + "the reply is dropped. Fix: allow outbound TCP 1024-65535.", "internet", "web", "tcp", 80, false)
                .trace("App server downloads updates", "app-private is routed to the internet gateway, but the app server has no public "
                        + "address, so the gateway cannot translate it. Private subnets go out through a NAT gateway.",
                        "app", "93.184.216.34", "tcp", 443, false)
                .trace("Worker downloads updates", "The worker's route goes to shop-nat, but shop-nat sits in a database subnet that has "
                        + "no route to the internet gateway.", "worker", "93.184.216.34", "tcp", 443, false);
        return b.build("Find the mistakes", "A shop network with four classic mistakes: a network ACL without outbound "
                + "ephemeral ports, a 'private' subnet routed to the internet gateway, a database security group open to 0.0.0.0/0, "
                + "and a NAT gateway in a subnet with no route to the internet. Run the saved traces, then fix them.");
    }

}
