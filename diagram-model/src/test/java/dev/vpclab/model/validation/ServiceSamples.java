package dev.vpclab.model.validation;

import static dev.vpclab.model.testing.Fixtures.ip;
import static dev.vpclab.model.validation.Docs.db;
import static dev.vpclab.model.validation.Docs.lb;
import static dev.vpclab.model.validation.Docs.put;
import static dev.vpclab.model.validation.Docs.small;
import static dev.vpclab.model.validation.Docs.subnet;
import static dev.vpclab.model.validation.Docs.withPrivateB;
import static dev.vpclab.model.validation.Docs.withPublicB;
import static dev.vpclab.model.validation.Docs.withVpc;
import static dev.vpclab.model.validation.Expect.error;
import static dev.vpclab.model.validation.Expect.sample;
import static dev.vpclab.model.validation.Expect.warning;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LaunchTemplate;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.LoadBalancer.Scheme;
import dev.vpclab.model.resource.LoadBalancer.Type;
import dev.vpclab.model.resource.RuleCondition;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetRegistration;
import dev.vpclab.model.validation.Expect.Sample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One small broken document per rule of the load-balancing, compute, database and monitoring areas. */
final class ServiceSamples {

    private ServiceSamples() {
    }

    /** @return the samples */
    static List<Sample> all() {
        List<Sample> s = new ArrayList<>();
        s.addAll(loadBalancing());
        s.add(sample(ComputeChecks.NO_PRIMARY_INTERFACE,
                () -> put(small(), new Instance("i-lonely", "lonely", "subnet-private", "t3.micro", Instance.State.RUNNING, "", null)),
                warning("i-lonely", "", ComputeChecks.NO_PRIMARY_INTERFACE)));
        s.add(sample(ComputeChecks.INTERFACE_OTHER_SUBNET, () -> put(small(), Docs.eni("eni-app", "subnet-public", "10.0.1.20", "i-app", 0)),
                error("i-app", "subnetId", ComputeChecks.INTERFACE_OTHER_SUBNET)));
        s.add(sample(ComputeChecks.MIN_ABOVE_MAX, () -> put(small(), asg(3, 3, 2, "subnet-private")),
                error("asg-web", "minSize", ComputeChecks.MIN_ABOVE_MAX)));
        s.add(sample(ComputeChecks.DESIRED_OUTSIDE, () -> put(small(), asg(1, 5, 4, "subnet-private")),
                error("asg-web", "desiredCapacity", ComputeChecks.DESIRED_OUTSIDE)));
        s.add(sample(ComputeChecks.NO_SUBNETS, () -> put(small(), asg(1, 1, 2)),
                error("asg-web", "subnetIds", ComputeChecks.NO_SUBNETS)));
        s.add(sample(ComputeChecks.SUBNETS_DIFFERENT_VPCS,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"),
                        subnet("subnet-x", "x-b", "vpc-x", "us-east-1b", "10.1.1.0/24", null), asg(1, 1, 2, "subnet-private", "subnet-x")),
                error("asg-web", "subnetIds[1]", ComputeChecks.SUBNETS_DIFFERENT_VPCS)));
        s.add(sample(DatabaseChecks.SUBNET_GROUP_ONE_ZONE, () -> put(small(), db(List.of("subnet-private"), "subnet-private", "10.0.2.50", List.of())),
                error("orders-db", "subnetIds", DatabaseChecks.SUBNET_GROUP_ONE_ZONE)));
        s.add(sample(DatabaseChecks.SUBNETS_DIFFERENT_VPCS,
                () -> put(withVpc(withPrivateB(small()), "x", "us-east-1", "10.1.0.0/16"),
                        subnet("subnet-x", "x-b", "vpc-x", "us-east-1b", "10.1.1.0/24", null),
                        db(List.of("subnet-private", "subnet-private-b", "subnet-x"), "subnet-private", "10.0.2.50", List.of())),
                error("orders-db", "subnetIds[2]", DatabaseChecks.SUBNETS_DIFFERENT_VPCS)));
        s.add(sample(DatabaseChecks.PRIMARY_NOT_IN_GROUP,
                () -> put(withPrivateB(small()), db(List.of("subnet-private", "subnet-private-b"), "subnet-public", "10.0.1.50", List.of())),
                error("orders-db", "primarySubnetId", DatabaseChecks.PRIMARY_NOT_IN_GROUP)));
        s.add(sample(DatabaseChecks.MULTI_AZ_NO_STANDBY, () -> put(withPrivateB(small()), multiAz(null, null)),
                error("orders-db", "standbySubnetId", DatabaseChecks.MULTI_AZ_NO_STANDBY)));
        s.add(sample(DatabaseChecks.STANDBY_SAME_ZONE,
                () -> put(withPrivateB(small()), subnet("subnet-private-a2", "private-a2", "vpc-1", "us-east-1a", "10.0.6.0/24", null),
                        multiAz("subnet-private-a2", "10.0.6.10")),
                error("orders-db", "standbySubnetId", DatabaseChecks.STANDBY_SAME_ZONE)));
        s.add(sample(MonitoringChecks.DIMENSION_MISSING, () -> put(small(), alarm(Map.of("InstanceId", "i-gone"), List.of())),
                warning("cpu-high", "dimensions.InstanceId", MonitoringChecks.DIMENSION_MISSING)));
        s.add(sample(MonitoringChecks.ACTION_MISSING, () -> put(small(), alarm(Map.of("InstanceId", "i-web"), List.of("asg-gone/scale-out"))),
                warning("cpu-high", "alarmActions[0]", MonitoringChecks.ACTION_MISSING)));
        return s;
    }

    private static List<Sample> loadBalancing() {
        List<Sample> s = new ArrayList<>();
        s.add(sample(LoadBalancerChecks.ALB_TWO_ZONES, () -> put(small(), lb("alb-1", Type.APPLICATION, Scheme.INTERNET_FACING, "vpc-1", "subnet-public")),
                error("alb-1", "subnetIds", LoadBalancerChecks.ALB_TWO_ZONES)));
        s.add(sample(LoadBalancerChecks.TWO_SUBNETS_IN_ZONE,
                () -> put(withPublicB(small()), subnet("subnet-public-a2", "public-a2", "vpc-1", "us-east-1a", "10.0.5.0/24", "rtb-public"),
                        lb("alb-1", Type.APPLICATION, Scheme.INTERNET_FACING, "vpc-1", "subnet-public", "subnet-public-a2", "subnet-public-b")),
                error("alb-1", "subnetIds[1]", LoadBalancerChecks.TWO_SUBNETS_IN_ZONE)));
        s.add(sample(LoadBalancerChecks.SUBNET_OTHER_VPC,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), subnet("subnet-x", "x-b", "vpc-x", "us-east-1b", "10.1.1.0/24", null),
                        lb("alb-1", Type.APPLICATION, Scheme.INTERNAL, "vpc-1", "subnet-private", "subnet-x")),
                error("alb-1", "subnetIds[1]", LoadBalancerChecks.SUBNET_OTHER_VPC)));
        s.add(sample(LoadBalancerChecks.INTERNET_FACING_NO_ROUTE,
                () -> put(withPublicB(small()), lb("alb-1", Type.APPLICATION, Scheme.INTERNET_FACING, "vpc-1", "subnet-private", "subnet-public-b")),
                error("alb-1", "subnetIds[0]", LoadBalancerChecks.INTERNET_FACING_NO_ROUTE)));
        s.add(sample(LoadBalancerChecks.PROTOCOL_NOT_FOR_ALB, () -> put(withAlb(), listener(ListenerProtocol.TCP, "tg-web")),
                error("listener-1", "protocol", LoadBalancerChecks.PROTOCOL_NOT_FOR_ALB)));
        s.add(sample(LoadBalancerChecks.PROTOCOL_NOT_FOR_NLB,
                () -> put(withPublicB(small()), lb("alb-1", Type.NETWORK, Scheme.INTERNET_FACING, "vpc-1", "subnet-public", "subnet-public-b"),
                        webTargets(), listener(ListenerProtocol.HTTP, "tg-web")),
                error("listener-1", "protocol", LoadBalancerChecks.PROTOCOL_NOT_FOR_NLB)));
        s.add(sample(LoadBalancerChecks.LISTENER_TG_MISSING, () -> put(withAlb(), listener(ListenerProtocol.HTTP, "tg-gone")),
                error("listener-1", "defaultActions[0].targetGroups[0]", LoadBalancerChecks.LISTENER_TG_MISSING)));
        s.add(sample(LoadBalancerChecks.LISTENER_TG_OTHER_VPC, () -> put(withOtherVpcTargets(), listener(ListenerProtocol.HTTP, "tg-x")),
                error("listener-1", "defaultActions[0].targetGroups[0]", LoadBalancerChecks.LISTENER_TG_OTHER_VPC)));
        s.add(sample(LoadBalancerChecks.RULE_TG_MISSING, () -> put(withAlb(), listener(ListenerProtocol.HTTP, "tg-web"), rule("rule-1", 10, "tg-gone")),
                error("rule-1", "actions[0].targetGroups[0]", LoadBalancerChecks.RULE_TG_MISSING)));
        s.add(sample(LoadBalancerChecks.RULE_TG_OTHER_VPC,
                () -> put(withOtherVpcTargets(), listener(ListenerProtocol.HTTP, "tg-web"), rule("rule-1", 10, "tg-x")),
                error("rule-1", "actions[0].targetGroups[0]", LoadBalancerChecks.RULE_TG_OTHER_VPC)));
        s.add(sample(LoadBalancerChecks.PRIORITY_REPEATED,
                () -> put(withAlb(), listener(ListenerProtocol.HTTP, "tg-web"), rule("rule-1", 10, "tg-web"), rule("rule-2", 10, "tg-web")),
                error("rule-2", "priority", LoadBalancerChecks.PRIORITY_REPEATED)));
        s.add(sample(TargetGroupChecks.INSTANCE_OTHER_VPC,
                () -> put(withVpc(small(), "x", "us-east-1", "10.1.0.0/16"), targetGroup("tg-x", "vpc-x", TargetGroup.TargetType.INSTANCE, "i-web")),
                error("tg-x", "targets[0].targetId", TargetGroupChecks.INSTANCE_OTHER_VPC)));
        s.add(sample(TargetGroupChecks.IP_TARGET_INVALID, () -> put(small(), targetGroup("tg-ip", "vpc-1", TargetGroup.TargetType.IP, "web-1")),
                error("tg-ip", "targets[0].targetId", TargetGroupChecks.IP_TARGET_INVALID)));
        s.add(sample(TargetGroupChecks.IP_TARGET_NOT_PRIVATE,
                () -> put(small(), targetGroup("tg-ip", "vpc-1", TargetGroup.TargetType.IP, "10.0.1.10", "192.168.1.5", "100.64.0.9", "8.8.8.8")),
                error("tg-ip", "targets[3].targetId", TargetGroupChecks.IP_TARGET_NOT_PRIVATE)));
        return s;
    }

    /** @return the small network with public subnet b, ALB alb-1 in both public subnets and target group tg-web */
    static Document withAlb() {
        return put(withPublicB(small()), lb("alb-1", Type.APPLICATION, Scheme.INTERNET_FACING, "vpc-1", "subnet-public", "subnet-public-b"),
                webTargets());
    }

    private static Document withOtherVpcTargets() {
        return put(withVpc(withAlb(), "x", "us-east-1", "10.1.0.0/16"), targetGroup("tg-x", "vpc-x", TargetGroup.TargetType.IP, "10.1.0.10"));
    }

    private static TargetGroup webTargets() {
        return targetGroup("tg-web", "vpc-1", TargetGroup.TargetType.INSTANCE, "i-web");
    }

    /** @return a target group with the given targets on port 80 */
    static TargetGroup targetGroup(String id, String vpc, TargetGroup.TargetType type, String... targets) {
        return new TargetGroup(id, id, vpc, type, ListenerProtocol.HTTP, 80, null, null,
                Arrays.stream(targets).map(TargetRegistration::of).toList());
    }

    /** @return listener-1 of alb-1 on port 80 forwarding to the target group */
    static Listener listener(ListenerProtocol protocol, String targetGroup) {
        return new Listener("listener-1", "http", "alb-1", protocol, 80, List.of(ListenerAction.Forward.to(targetGroup)));
    }

    private static ListenerRule rule(String id, int priority, String targetGroup) {
        return new ListenerRule(id, id, "listener-1", priority,
                List.of(new RuleCondition(RuleCondition.Field.PATH_PATTERN, null, List.of("/api/*"))),
                List.of(ListenerAction.Forward.to(targetGroup)));
    }

    /** @return asg-web with those sizes in those subnets */
    static AutoScalingGroup asg(int min, int desired, int max, String... subnets) {
        return new AutoScalingGroup("asg-web", "web-asg", new LaunchTemplate("t3.micro", "", List.of("sg-app"), false), min, desired,
                max, List.of(subnets), List.of(), AutoScalingGroup.HealthCheckType.EC2, 300, 300, 0,
                List.of(new ScalingPolicy("cpu50", ScalingPolicy.PolicyType.TARGET_TRACKING, null, 50, false, null, 0, List.of(), 0, 0)));
    }

    private static DbInstance multiAz(String standbySubnet, String standbyAddress) {
        return new DbInstance("orders-db", "orders", "postgres", "db.t3.medium", 5432, List.of("subnet-private", "subnet-private-b"),
                List.of(), true, "subnet-private", ip("10.0.2.50"), standbySubnet, standbyAddress == null ? null : ip(standbyAddress),
                false, "", 100, LifecycleState.AVAILABLE);
    }

    /** @return alarm cpu-high on AWS/EC2 CPUUtilization with those dimensions and actions */
    static Alarm alarm(Map<String, String> dimensions, List<String> actions) {
        return new Alarm("cpu-high", "cpu-high", "AWS/EC2", "CPUUtilization", dimensions, "Average", 60, 3, 3, 70,
                Alarm.Comparison.GREATER_THAN_THRESHOLD, Alarm.TreatMissingData.MISSING, actions, List.of());
    }

    /** @return the load balancer of {@link #withAlb()} */
    static LoadBalancer alb() {
        return withAlb().get("alb-1", LoadBalancer.class);
    }
}
