package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.HealthCheck;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.RuleCondition;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.model.resource.TargetRegistration;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application load balancer from raw describe-listeners, describe-rules and describe-target-health output. */
class ElbMappingTest {

    private static final String ARN = "arn:aws:elasticloadbalancing:us-east-1:111122223333:";
    private static final String LB = ARN + "loadbalancer/app/web/50dc6c495c0c9188";
    private static final String LISTENER = ARN + "listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2";
    private static final String RULE = ARN + "listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee";
    private static final String BLUE = ARN + "targetgroup/blue/73e2d6bc24d8a067";
    private static final String GREEN = ARN + "targetgroup/green/4b5ca6c5c4d8a068";

    @TempDir
    Path dir;

    private ImportResult result;
    private Document doc;

    @BeforeEach
    void importIt() throws AwsImportException {
        result = new SnapshotFolder(dir).write("Vpcs.json", SnapshotFolder.VPC).write("Subnets.json", SnapshotFolder.SUBNETS)
                .write("lb.json", """
                        {"LoadBalancers": [{"LoadBalancerArn": "%s", "LoadBalancerName": "web", "Type": "application",
                          "Scheme": "internet-facing", "VpcId": "vpc-1", "State": {"Code": "active"},
                          "DNSName": "web-1234.us-east-1.elb.amazonaws.com", "SecurityGroups": ["sg-lb"],
                          "AvailabilityZones": [{"ZoneName": "us-east-1a", "SubnetId": "subnet-a", "LoadBalancerAddresses": []},
                                                {"ZoneName": "us-east-1b", "SubnetId": "subnet-b", "LoadBalancerAddresses": []}]}]}
                        """.formatted(LB))
                .write("SecurityGroups.json", """
                        {"SecurityGroups": [{"GroupId": "sg-lb", "VpcId": "vpc-1", "GroupName": "lb"}]}
                        """)
                .write("enis.json", """
                        {"NetworkInterfaces": [
                          {"NetworkInterfaceId": "eni-lb-a", "SubnetId": "subnet-a", "VpcId": "vpc-1", "InterfaceType": "interface",
                           "Description": "ELB app/web/50dc6c495c0c9188", "RequesterId": "amazon-elb", "RequesterManaged": true,
                           "PrivateIpAddress": "10.0.1.37", "Association": {"IpOwnerId": "amazon", "PublicIp": "198.51.100.37"},
                           "Attachment": {"InstanceOwnerId": "amazon-elb", "DeviceIndex": 1}}]}
                        """)
                .write("listeners.json", """
                        {"Listeners": [{"ListenerArn": "%s", "LoadBalancerArn": "%s", "Port": 443, "Protocol": "HTTPS",
                          "DefaultActions": [{"Type": "fixed-response", "Order": 1,
                            "FixedResponseConfig": {"StatusCode": "404", "ContentType": "text/plain", "MessageBody": "no"}}]}]}
                        """.formatted(LISTENER, LB))
                .write("rules.json", """
                        {"Rules": [
                          {"RuleArn": "%s", "Priority": "10", "IsDefault": false,
                           "Conditions": [
                             {"Field": "path-pattern", "Values": ["/api/*"], "PathPatternConfig": {"Values": ["/api/*"]}},
                             {"Field": "http-header", "HttpHeaderConfig": {"HttpHeaderName": "X-Env", "Values": ["beta"]}},
                             {"Field": "query-string", "QueryStringConfig": {"Values": [{"Key": "v", "Value": "2"}, {"Value": "debug"}]}}],
                           "Actions": [
                             {"Type": "authenticate-oidc", "Order": 1, "AuthenticateOidcConfig": {"Issuer": "https://idp"}},
                             {"Type": "forward", "Order": 2, "ForwardConfig": {
                               "TargetGroups": [{"TargetGroupArn": "%s", "Weight": 80}, {"TargetGroupArn": "%s", "Weight": 20}],
                               "TargetGroupStickinessConfig": {"Enabled": true, "DurationSeconds": 600}}}]},
                          {"RuleArn": "%s1", "Priority": "20", "IsDefault": false,
                           "Conditions": [{"Field": "host-header", "HostHeaderConfig": {"Values": ["old.example.com"]}}],
                           "Actions": [{"Type": "redirect", "Order": 1, "RedirectConfig": {"Protocol": "HTTPS", "Port": "443",
                             "Host": "#{host}", "Path": "/#{path}", "Query": "#{query}", "StatusCode": "HTTP_302"}}]},
                          {"RuleArn": "%s2", "Priority": "default", "IsDefault": true, "Conditions": [],
                           "Actions": [{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "404"}}]}]}
                        """.formatted(RULE, BLUE, GREEN, RULE, RULE))
                .write("TargetGroups.json", """
                        {"TargetGroups": [
                          {"TargetGroupArn": "%s", "TargetGroupName": "blue", "Protocol": "HTTP", "Port": 8080, "VpcId": "vpc-1",
                           "TargetType": "instance", "HealthCheckProtocol": "HTTP", "HealthCheckPort": "8081",
                           "HealthCheckPath": "/health", "HealthCheckIntervalSeconds": 10, "HealthCheckTimeoutSeconds": 6,
                           "HealthyThresholdCount": 3, "UnhealthyThresholdCount": 4, "Matcher": {"HttpCode": "200-299"}},
                          {"TargetGroupArn": "%s", "TargetGroupName": "green", "Protocol": "HTTP", "Port": 80, "VpcId": "vpc-1",
                           "TargetType": "ip"},
                          {"TargetGroupArn": "%slambda", "TargetGroupName": "fn", "TargetType": "lambda"}]}
                        """.formatted(BLUE, GREEN, ARN))
                .write("target-health-blue.json", """
                        {"TargetHealthDescriptions": [
                          {"Target": {"Id": "i-1", "Port": 8080}, "HealthCheckPort": "8081", "TargetHealth": {"State": "healthy"}},
                          {"Target": {"Id": "i-2", "Port": 8080}, "TargetHealth": {"State": "unhealthy",
                            "Reason": "Target.FailedHealthChecks"}}]}
                        """)
                .write("target-health-green.json", """
                        {"TargetHealthDescriptions": [
                          {"Target": {"Id": "10.0.2.50", "Port": 80, "AvailabilityZone": "us-east-1b"}, "TargetHealth": {"State": "draining"}}]}
                        """)
                .write("tg-attributes.json", """
                        {"TargetGroupAttributes": [{"TargetGroupArn": "%s", "Attributes": [
                          {"Key": "load_balancing.algorithm.type", "Value": "least_outstanding_requests"},
                          {"Key": "stickiness.enabled", "Value": "true"}, {"Key": "stickiness.type", "Value": "app_cookie"},
                          {"Key": "stickiness.app_cookie.cookie_name", "Value": "SESSION"},
                          {"Key": "stickiness.app_cookie.duration_seconds", "Value": "3600"},
                          {"Key": "deregistration_delay.timeout_seconds", "Value": "30"},
                          {"Key": "slow_start.duration_seconds", "Value": "60"},
                          {"Key": "load_balancing.cross_zone.enabled", "Value": "false"}]}]}
                        """.formatted(BLUE))
                .write("web-attributes.json", """
                        {"Attributes": [{"Key": "idle_timeout.timeout_seconds", "Value": "120"},
                                        {"Key": "deletion_protection.enabled", "Value": "false"}]}
                        """)
                .write("Reservations.json", """
                        {"Reservations": [{"Instances": [
                          {"InstanceId": "i-1", "SubnetId": "subnet-a", "State": {"Name": "running"}},
                          {"InstanceId": "i-2", "SubnetId": "subnet-b", "State": {"Name": "running"}}]}]}
                        """)
                .importIt();
        doc = result.document();
    }

    @Test
    void applicationLoadBalancerHasItsNodesFromItsInterfacesAndAlwaysBalancesAcrossZones() {
        LoadBalancer lb = doc.get(LB, LoadBalancer.class);

        assertThat(lb.name()).isEqualTo("web");
        assertThat(lb.type()).isEqualTo(LoadBalancer.Type.APPLICATION);
        assertThat(lb.scheme()).isEqualTo(LoadBalancer.Scheme.INTERNET_FACING);
        assertThat(lb.crossZone()).isTrue();
        assertThat(lb.idleTimeoutSeconds()).as("from web-attributes.json, matched by name").isEqualTo(120);
        assertThat(lb.securityGroupIds()).containsExactly("sg-lb");
        assertThat(lb.nodeAddresses()).containsEntry("subnet-a", Ipv4Address.parse("10.0.1.37")).containsKey("subnet-b");
        assertThat(lb.nodeAddresses().get("subnet-b").toString()).isEqualTo("10.0.2.4");
        assertThat(lb.nodePublicAddresses()).isEqualTo(Map.of("subnet-a", Ipv4Address.parse("198.51.100.37")));
        assertThat(doc.all(NetworkInterface.class)).isEmpty();
        assertThat(SnapshotFolder.warnings(result, "aws.lb.addressGuessed")).containsExactly(List.of(LB, "subnet-b", "10.0.2.4"));
    }

    @Test
    void listenerAndRulesKeepTheirActionsAndConditions() {
        Listener listener = doc.get(LISTENER, Listener.class);
        assertThat(listener.protocol()).isEqualTo(Listener.ListenerProtocol.HTTPS);
        assertThat(listener.port()).isEqualTo(443);
        assertThat(listener.loadBalancerId()).isEqualTo(LB);
        assertThat(listener.defaultActions()).containsExactly(new ListenerAction.FixedResponse(404, "text/plain", "no"));

        ListenerRule api = doc.get(RULE, ListenerRule.class);
        assertThat(api.listenerId()).as("from the rule's ARN").isEqualTo(LISTENER);
        assertThat(api.priority()).isEqualTo(10);
        assertThat(api.conditions()).containsExactly(
                new RuleCondition(RuleCondition.Field.PATH_PATTERN, null, List.of("/api/*")),
                new RuleCondition(RuleCondition.Field.HTTP_HEADER, "X-Env", List.of("beta")),
                new RuleCondition(RuleCondition.Field.QUERY_STRING, null, List.of("v=2", "debug")));
        assertThat(api.actions()).containsExactly(new ListenerAction.Forward(List.of(
                new ListenerAction.WeightedTargetGroup(BLUE, 80), new ListenerAction.WeightedTargetGroup(GREEN, 20)), 600));
        assertThat(doc.get(RULE + "1", ListenerRule.class).actions())
                .containsExactly(new ListenerAction.Redirect("HTTPS", null, "443", null, null, 302));
        assertThat(doc.contains(RULE + "2")).as("the default rule is the listener's default action").isFalse();
        assertThat(SnapshotFolder.warnings(result, "aws.action.unsupported")).containsExactly(List.of(RULE, "authenticate-oidc"));
    }

    @Test
    void targetGroupsGetHealthCheckAttributesAndReportedTargets() {
        TargetGroup blue = doc.get(BLUE, TargetGroup.class);
        assertThat(blue.port()).isEqualTo(8080);
        assertThat(blue.healthCheck()).isEqualTo(new HealthCheck(Listener.ListenerProtocol.HTTP, 8081, "/health", 10, 6, 3, 4, "200-299"));
        assertThat(blue.attributes()).isEqualTo(new TargetGroupAttributes(TargetGroupAttributes.Algorithm.LEAST_OUTSTANDING_REQUESTS,
                TargetGroupAttributes.Stickiness.APP_COOKIE, 3600, "SESSION", 30, 60, TargetGroupAttributes.CrossZone.OFF, null, 1));
        assertThat(blue.targets()).containsExactly(new TargetRegistration("i-1", 8080, null, TargetHealth.HEALTHY),
                new TargetRegistration("i-2", 8080, null, TargetHealth.UNHEALTHY));

        TargetGroup green = doc.get(GREEN, TargetGroup.class);
        assertThat(green.targetType()).isEqualTo(TargetGroup.TargetType.IP);
        assertThat(green.healthCheck()).isEqualTo(HealthCheck.DEFAULT);
        assertThat(green.attributes()).isEqualTo(TargetGroupAttributes.DEFAULT);
        assertThat(green.targets()).containsExactly(new TargetRegistration("10.0.2.50", 80, "us-east-1b", TargetHealth.DRAINING));

        assertThat(SnapshotFolder.warnings(result, "aws.tg.unsupportedType")).containsExactly(List.of("fn", "lambda"));
    }

    @Test
    void ruleArnsNameTheirListenerAndListenerArnsTheirLoadBalancer() {
        assertThat(ListenerMapper.listenerOfRule(RULE)).isEqualTo(LISTENER);
        assertThat(ListenerMapper.loadBalancerOfListener(LISTENER)).isEqualTo(LB);
        assertThat(ListenerMapper.listenerOfRule("rule-1")).isNull();
    }
}
