package dev.vpclab.trace;

import static dev.vpclab.engine.testing.Rules.ALLOW;
import static dev.vpclab.engine.testing.Rules.in;
import static dev.vpclab.engine.testing.Rules.out;
import static dev.vpclab.engine.testing.Rules.sg;
import static dev.vpclab.engine.testing.Services.attributes;
import static dev.vpclab.engine.testing.Services.listener;
import static dev.vpclab.engine.testing.Services.loadBalancer;
import static dev.vpclab.engine.testing.Services.rule;
import static dev.vpclab.engine.testing.Services.target;
import static dev.vpclab.engine.testing.Services.targetGroup;
import static dev.vpclab.engine.testing.Services.when;
import static dev.vpclab.trace.TraceCheck.base;
import static dev.vpclab.trace.TraceCheck.components;
import static dev.vpclab.trace.TraceCheck.request;
import static dev.vpclab.trace.TraceCheck.run;
import static dev.vpclab.trace.TraceCheck.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.RuleCondition.Field;
import dev.vpclab.model.resource.TargetGroup.TargetType;
import dev.vpclab.model.resource.TargetGroupAttributes.CrossZone;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.trace.fix.DocumentChange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checklist items 34–37 and 39: load balancers as full hops. */
class ChecklistLoadBalancerTest {

    /** An internet-facing ALB in P (zone a) and P2 (zone b); targets in Q behind sg-app (8080 from sg-alb). */
    static NetworkBuilder alb() {
        return base().subnet("subnet-p2", "vpc-a", "b", "10.0.5.0/24").associate("subnet-p2", "rtb-p")
                .sg("sg-alb", "vpc-a", sg("tcp", "443", "0.0.0.0/0")).sg("sg-app", "vpc-a", sg("tcp", "8080", "sg-alb"))
                .instance("i-api", "subnet-q", "10.0.2.11", "sg-app").instance("i-host", "subnet-q", "10.0.2.12", "sg-app")
                .instance("i-web", "subnet-q", "10.0.2.13", "sg-app")
                .put(loadBalancer("web-alb", LoadBalancer.Type.APPLICATION, "vpc-a", List.of("sg-alb"),
                        "subnet-p", "10.0.1.100", "54.12.0.10", "subnet-p2", "10.0.5.100", "54.12.0.11"))
                .put(listener("lst-443", "web-alb", ListenerProtocol.HTTPS, 443, "tg-web"))
                .put(rule("rule-api", "lst-443", 5, "tg-api", when(Field.PATH_PATTERN, "/api/*")))
                .put(rule("rule-host", "lst-443", 10, "tg-host", when(Field.HOST_HEADER, "api.example.com")))
                .put(targetGroup("tg-api", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null, target("i-api", null)))
                .put(targetGroup("tg-host", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null, target("i-host", null)))
                .put(targetGroup("tg-web", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null, target("i-web", null)));
    }

    private static Trace http(Network net, String host, String path) {
        return run(net, request(net, "internet", "web-alb", "tcp", 443).withHttp(HttpRequest.of(host, path, "GET")));
    }

    @Test
    void item34AlbRulesByPriorityWithCaseSensitivePaths() {
        Network net = alb().network();
        Trace api = http(net, "api.example.com", "/api/v1");
        assertThat(api.reachable()).isTrue();
        assertThat(api.targetGroupId()).isEqualTo("tg-api");
        assertThat(api.httpStatus()).isEqualTo(200);
        assertThat(api.target()).startsWith("i-api");
        assertThat(components(api.forward())).containsSubsequence("internet", "igw-a", "acl-default-a", "sg-alb", "web-alb", "tg-api",
                "web-alb", "eni-api");
        assertThat(http(net, "api.example.com", "/home").targetGroupId()).isEqualTo("tg-host");
        assertThat(http(net, "API.Example.com:443", "/home").targetGroupId()).as("host is case-insensitive").isEqualTo("tg-host");
        assertThat(http(net, "www.example.com", "/API/v1").targetGroupId()).as("path is case-sensitive").isEqualTo("tg-web");
        // The target sees the load balancer node, not the client.
        Step proxy = api.forward().stream().filter(h -> h.component().equals("web-alb")).flatMap(h -> h.steps().stream())
                .filter(s -> s.kind() == StepKind.TRANSLATION).findFirst().orElseThrow();
        assertThat(proxy.packet().source()).hasToString("10.0.1.100");
        assertThat(proxy.packet().sourcePort()).isEqualTo(40000);
    }

    @Test
    void item35FailOpenWhenAllTargetsAreUnhealthyAnd503WhenThereAreNone() {
        NetworkBuilder b = alb().put(targetGroup("tg-web", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null,
                target("i-api", TargetHealth.UNHEALTHY), target("i-host", TargetHealth.UNHEALTHY), target("i-web", TargetHealth.UNHEALTHY)));
        Trace t = http(b.network(), "www.example.com", "/");
        assertThat(t.reachable()).isTrue();
        assertThat(t.target()).startsWith("i-api");
        assertThat(t.forward().stream().flatMap(h -> h.steps().stream()).map(s -> s.sentence().key()))
                .contains("trace.step.target.failOpen");
        NetworkBuilder empty = alb().put(targetGroup("tg-web", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null));
        Trace none = http(empty.network(), "www.example.com", "/");
        assertThat(none.reachable()).isFalse();
        assertThat(none.httpStatus()).isEqualTo(503);
        assertThat(none.explanationCode()).isEqualTo("ELB_NO_REGISTERED_TARGETS");
        assertThat(none.blockingComponent().id()).isEqualTo("tg-web");
    }

    @Test
    void healthyTargetsComeFirstInRegistrationOrder() {
        NetworkBuilder b = alb().put(targetGroup("tg-web", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null,
                target("i-api", TargetHealth.UNHEALTHY), target("i-host", TargetHealth.HEALTHY), target("i-web", null)));
        assertThat(http(b.network(), "www.example.com", "/").target()).startsWith("i-host");
    }

    @Test
    void item36ATargetAclThatDropsRepliesToTheAlbGives504() {
        NetworkBuilder b = alb().put(targetGroup("tg-web", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 80, null,
                        target("i-web", null), target("i-host", null)))
                .sg("sg-app", "vpc-a", sg("tcp", "80", "sg-alb"))
                .nacl("acl-target", "vpc-a", in(100, "tcp", "80", "10.0.1.0/24", ALLOW), in(110, "tcp", "80", "10.0.5.0/24", ALLOW),
                        out(100, "tcp", "80", "0.0.0.0/0", ALLOW))
                .associateAcl("subnet-q", "acl-target");
        Trace t = http(b.network(), "www.example.com", "/");
        assertThat(t.reachable()).isFalse();
        assertThat(t.httpStatus()).isEqualTo(504);
        assertThat(t.explanationCode()).isEqualTo("SUBNET_ACL_RESTRICTION");
        assertThat(t.blockingComponent().id()).isEqualTo("acl-target");
        assertThat(t.blockingComponent().direction()).isEqualTo(TraceDirection.RETURN);
        assertThat(t.blockingComponent().rule()).isEqualTo("acl-target outbound rule *: DENY all to 0.0.0.0/0");
        assertThat(t.forward().stream().flatMap(h -> h.steps().stream()).map(s -> s.sentence().key()))
                .as("the health checks fail the same way, so the group fails open").contains("trace.step.target.failOpen");
        DocumentChange.AddNaclEntry fix = (DocumentChange.AddNaclEntry) t.suggestedFix().changes().get(0);
        assertThat(fix.entry().portRange()).hasToString("1024-65535");
        assertThat(fix.entry().cidr()).hasToString("10.0.1.0/24");
    }

    @Test
    void listenerPortRedirectAndFixedResponse() {
        NetworkBuilder b = alb()
                .put(new ListenerRule("rule-old", "", "lst-443", 20, List.of(when(Field.HOST_HEADER, "old.example.com")),
                        List.of(new ListenerAction.Redirect("HTTPS", "www.example.com", "443", "/#{path}", null, 301))))
                .put(new ListenerRule("rule-down", "", "lst-443", 30, List.of(when(Field.HTTP_REQUEST_METHOD, "DELETE")),
                        List.of(new ListenerAction.FixedResponse(503, "text/plain", "maintenance"))));
        Network net = b.network();
        Trace redirect = http(net, "old.example.com", "/shop");
        assertThat(redirect.reachable()).isTrue();
        assertThat(redirect.httpStatus()).isEqualTo(301);
        assertThat(redirect.redirectLocation()).isEqualTo("https://www.example.com/shop");
        Trace fixed = run(net, request(net, "internet", "web-alb", "tcp", 443).withHttp(HttpRequest.of("www.example.com", "/x", "DELETE")));
        assertThat(fixed.httpStatus()).isEqualTo(503);
        assertThat(fixed.explanationCode()).isEqualTo("ALB_FIXED_RESPONSE");
        // The node's security group is checked first: with 8443 closed there, the group decides.
        assertThat(tcp(net, "internet", "web-alb", 8443).explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        Trace wrongPort = tcp(b.sg("sg-alb", "vpc-a", sg("tcp", "443", "0.0.0.0/0"), sg("tcp", "8443", "0.0.0.0/0")), "internet", "web-alb", 8443);
        assertThat(wrongPort.explanationCode()).isEqualTo("ELBV2_LISTENER_PORT_RESTRICTION");
        assertThat(wrongPort.blockingComponent().id()).isEqualTo("web-alb");
    }

    @Test
    void crossZoneOffWithoutTargetsInTheNodesZone() {
        NetworkBuilder b = alb().subnet("subnet-qb", "vpc-a", "b", "10.0.12.0/24").instance("i-b", "subnet-qb", "10.0.12.10", "sg-app")
                .put(targetGroup("tg-web", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, attributes(CrossZone.OFF, null),
                        target("i-b", null)));
        Network net = b.network();
        // From the internet the client's DNS pick is the first zone (a), which has no target.
        Trace t = http(net, "www.example.com", "/");
        assertThat(t.explanationCode()).isEqualTo("ELBV2_NO_TARGETS_IN_AZ");
        assertThat(t.httpStatus()).isEqualTo(503);
        assertThat(t.suggestedFix().changes()).containsExactly(new DocumentChange.SetTargetGroupCrossZone("tg-web", true));
    }

    /** An internet-facing NLB (no security groups) in P and P2; four targets in Q whose group allows 443 from the VPC only. */
    private static NetworkBuilder nlb(TargetType type, Boolean preserve) {
        NetworkBuilder b = base().subnet("subnet-p2", "vpc-a", "b", "10.0.5.0/24").associate("subnet-p2", "rtb-p")
                .sg("sg-t", "vpc-a", sg("tcp", "443", "10.0.0.0/16"))
                .put(loadBalancer("net-lb", LoadBalancer.Type.NETWORK, "vpc-a", List.of(),
                        "subnet-p", "10.0.1.200", "54.12.0.20", "subnet-p2", "10.0.5.200", "54.12.0.21"))
                .put(listener("lst-tcp", "net-lb", ListenerProtocol.TCP, 443, "tg-nlb"));
        String[] ids = new String[4];
        for (int i = 0; i < 4; i++) {
            b.instance("i-t" + i, "subnet-q", "10.0.2." + (40 + i), "sg-t");
            ids[i] = type == TargetType.INSTANCE ? "i-t" + i : "10.0.2." + (40 + i);
        }
        return b.put(targetGroup("tg-nlb", "vpc-a", type, ListenerProtocol.TCP, 443, attributes(CrossZone.ON, preserve),
                target(ids[0], null), target(ids[1], null), target(ids[2], null), target(ids[3], null)));
    }

    @Test
    void item37NlbFlowHashKeepsAConnectionOnOneTarget() {
        Network net = nlb(TargetType.IP, null).network();
        Set<String> seen = new HashSet<>();
        for (int port = 50000; port < 50040; port++) {
            TraceRequest r = request(net, "internet", "net-lb", "tcp", 443).withSourcePort(port);
            Trace first = run(net, r);
            assertThat(first.reachable()).isTrue();
            assertThat(run(net, r).target()).as("same 5-tuple, same target").isEqualTo(first.target());
            seen.add(first.target());
        }
        assertThat(seen).as("new connections may land elsewhere").hasSizeGreaterThan(1);
    }

    @Test
    void item39NlbClientIpPreservation() {
        Trace preserved = tcp(nlb(TargetType.INSTANCE, null), "internet", "net-lb", 443);
        assertThat(preserved.reachable()).isFalse();
        assertThat(preserved.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(preserved.blockingComponent().id()).isEqualTo("sg-t");
        assertThat(preserved.hints()).contains("ELBV2_SOURCE_ADDRESS_PRESERVATION");
        assertThat(preserved.blockingComponent().rule()).contains("from 198.51.100.77");
        Trace proxied = tcp(nlb(TargetType.IP, null), "internet", "net-lb", 443);
        assertThat(proxied.reachable()).isTrue();
        assertThat(proxied.httpStatus()).isNull();
        Step leg = proxied.forward().stream().filter(h -> h.component().equals("net-lb")).flatMap(h -> h.steps().stream())
                .filter(s -> s.kind() == StepKind.TRANSLATION).findFirst().orElseThrow();
        assertThat(leg.packet().source().toString()).isIn("10.0.1.200", "10.0.5.200");
        // Preservation with a target group that allows the client: the reply still returns through the node.
        Trace allowed = tcp(nlb(TargetType.INSTANCE, null).sg("sg-t", "vpc-a", sg("tcp", "443", "0.0.0.0/0")), "internet", "net-lb", 443);
        assertThat(allowed.reachable()).isTrue();
    }
}
