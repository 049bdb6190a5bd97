package dev.vpclab.sim;

import static dev.vpclab.engine.testing.Rules.sg;

import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.engine.testing.Services;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.HealthCheck;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LaunchTemplate;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration;
import java.util.ArrayList;
import java.util.List;

/**
 * Test networks for the simulator: a VPC with public subnets in zones a and b (the load balancer's), private subnets
 * for targets, an internet gateway, and a load balancer forwarding to one target group of instances.
 */
public final class SimNetworks {

    public static final String ALB = "web-alb";
    static final String NLB = "web-nlb";
    static final String TG = "tg-web";

    private SimNetworks() {
    }

    /** The VPC, gateway, subnets and security groups without a load balancer. */
    public static NetworkBuilder base() {
        return new NetworkBuilder()
                .vpc("vpc-a", "10.0.0.0/16").igw("igw-a", "vpc-a")
                .subnet("subnet-pa", "vpc-a", "a", "10.0.1.0/24").subnet("subnet-pb", "vpc-a", "b", "10.0.2.0/24")
                .routeTable("rtb-p", "vpc-a", "0.0.0.0/0", "igw-a").associate("subnet-pa", "rtb-p").associate("subnet-pb", "rtb-p")
                .subnet("subnet-qa", "vpc-a", "a", "10.0.11.0/24").subnet("subnet-qb", "vpc-a", "b", "10.0.12.0/24")
                .sg("sg-alb", "vpc-a", sg("tcp", "443", "0.0.0.0/0")).sg("sg-app", "vpc-a", sg("tcp", "8080", "sg-alb"));
    }

    /**
     * @param b a builder
     * @param zoneA instances in zone a
     * @param zoneB instances in zone b
     * @param type their instance type
     * @param sgId their security group
     * @return their ids, zone a first
     */
    public static List<String> instances(NetworkBuilder b, int zoneA, int zoneB, String type, String sgId) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < zoneA + zoneB; i++) {
            boolean a = i < zoneA;
            String id = "i-" + (a ? "a" : "b") + (a ? i : i - zoneA);
            b.instance(id, a ? "subnet-qa" : "subnet-qb", (a ? "10.0.11." : "10.0.12.") + (10 + (a ? i : i - zoneA)), sgId);
            b.update(id, Instance.class, x -> new Instance(x.id(), x.name(), x.subnetId(), type, x.state(), x.imageId(), x.autoScalingGroupId()));
            ids.add(id);
        }
        return ids;
    }

    /**
     * An internet-facing ALB in zones a and b, HTTPS 443 forwarding to tg-web (HTTP 8080, health check every 10 s).
     *
     * @param zoneA targets in zone a
     * @param zoneB targets in zone b
     * @param type instance type
     * @param attributes the target group's attributes
     * @return the builder
     */
    public static NetworkBuilder alb(int zoneA, int zoneB, String type, TargetGroupAttributes attributes) {
        NetworkBuilder b = base();
        List<String> ids = instances(b, zoneA, zoneB, type, "sg-app");
        b.put(Services.loadBalancer(ALB, LoadBalancer.Type.APPLICATION, "vpc-a", List.of("sg-alb"),
                "subnet-pa", "10.0.1.100", "54.12.0.10", "subnet-pb", "10.0.2.100", "54.12.0.11"));
        b.put(Services.listener("lst-443", ALB, ListenerProtocol.HTTPS, 443, TG));
        b.put(group(TG, ListenerProtocol.HTTP, 8080, attributes, ids));
        return b;
    }

    /**
     * An internet-facing NLB (no security group) in zones a and b, TCP 443 forwarding to tg-web (TCP 443).
     *
     * @param zoneA targets in zone a
     * @param zoneB targets in zone b
     * @param attributes the target group's attributes
     * @param targetSg the targets' security group
     * @return the builder
     */
    static NetworkBuilder nlb(int zoneA, int zoneB, TargetGroupAttributes attributes, String targetSg) {
        NetworkBuilder b = base();
        List<String> ids = instances(b, zoneA, zoneB, "m5.large", targetSg);
        b.put(Services.loadBalancer(NLB, LoadBalancer.Type.NETWORK, "vpc-a", List.of(),
                "subnet-pa", "10.0.1.100", "54.12.0.10", "subnet-pb", "10.0.2.100", "54.12.0.11"));
        b.put(Services.listener("lst-tcp", NLB, ListenerProtocol.TCP, 443, TG));
        TargetGroup tg = group(TG, ListenerProtocol.TCP, 443, attributes, ids);
        b.put(new TargetGroup(tg.id(), tg.name(), tg.vpcId(), tg.targetType(), tg.protocol(), tg.port(),
                new HealthCheck(ListenerProtocol.TCP, 0, "/", 10, 6, 3, 3, "200-399"), tg.attributes(), tg.targets()));
        return b;
    }

    /**
     * @param id the group id
     * @param protocol its protocol
     * @param port its port
     * @param attributes its attributes (null for AWS defaults)
     * @param ids the instances to register
     * @return the group, checking every 10 s, healthy after 2 passes and unhealthy after 2 failures
     */
    static TargetGroup group(String id, ListenerProtocol protocol, int port, TargetGroupAttributes attributes, List<String> ids) {
        List<TargetRegistration> regs = new ArrayList<>();
        ids.forEach(i -> regs.add(TargetRegistration.of(i)));
        return new TargetGroup(id, id, "vpc-a", TargetGroup.TargetType.INSTANCE, protocol, port,
                new HealthCheck(ListenerProtocol.HTTP, 0, "/health", 10, 5, 2, 2, "200"), attributes, regs);
    }

    /**
     * Makes the instances members of an Auto Scaling group over subnets qa and qb that registers with tg-web,
     * launching m5.large instances with sg-app.
     *
     * @param b a builder with the instances
     * @param min minimum
     * @param desired desired
     * @param max maximum
     * @param type EC2 or ELB health checks
     * @param grace the grace period
     * @param policies its scaling policies
     * @return the builder
     */
    static NetworkBuilder group(NetworkBuilder b, int min, int desired, int max, AutoScalingGroup.HealthCheckType type, int grace,
                                ScalingPolicy... policies) {
        for (Resource r : b.document().all(Instance.class)) {
            b.update(r.id(), Instance.class, x -> new Instance(x.id(), x.name(), x.subnetId(), x.instanceType(), x.state(), x.imageId(), "asg-web"));
        }
        return b.put(new AutoScalingGroup("asg-web", "web-asg", new LaunchTemplate("m5.large", "ami-1", List.of("sg-app"), false), min,
                desired, max, List.of("subnet-qa", "subnet-qb"), List.of(TG), type, grace, 300, 60, List.of(policies)));
    }

    /**
     * A Multi-AZ PostgreSQL database with its primary in zone a and its standby in zone b, open to sg-app.
     *
     * @param b a builder
     * @param multiAz whether it has a standby
     * @return the builder
     */
    static NetworkBuilder database(NetworkBuilder b, boolean multiAz) {
        b.subnet("subnet-da", "vpc-a", "a", "10.0.21.0/24").subnet("subnet-db", "vpc-a", "b", "10.0.22.0/24")
                .sg("sg-db", "vpc-a", sg("tcp", "5432", "sg-app"));
        return b.put(new DbInstance("prod-db", "prod-db", "postgres", "db.m5.large", 5432, List.of("subnet-da", "subnet-db"), List.of("sg-db"),
                multiAz, "subnet-da", NetworkBuilder.ip("10.0.21.10"), multiAz ? "subnet-db" : null,
                multiAz ? NetworkBuilder.ip("10.0.22.10") : null, false, "prod-db.example.rds.amazonaws.com", 500, LifecycleState.AVAILABLE));
    }

    /**
     * @param crossZone the group's cross-zone setting
     * @return AWS defaults otherwise
     */
    static TargetGroupAttributes crossZone(TargetGroupAttributes.CrossZone crossZone) {
        return new TargetGroupAttributes(null, null, 0, null, 300, 0, crossZone, null, 1);
    }
}
