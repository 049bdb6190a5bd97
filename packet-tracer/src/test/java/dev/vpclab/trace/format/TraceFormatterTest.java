package dev.vpclab.trace.format;

import static dev.vpclab.engine.testing.Rules.ALLOW;
import static dev.vpclab.engine.testing.Rules.in;
import static dev.vpclab.engine.testing.Rules.out;
import static dev.vpclab.engine.testing.Rules.sg;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.engine.testing.Services;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.TargetGroup.TargetType;
import dev.vpclab.trace.Endpoints;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceRequest;
import dev.vpclab.trace.Tracer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TraceFormatterTest {

    private static Network blockedNetwork() {
        return new NetworkBuilder().vpc("vpc-a", "10.0.0.0/16").igw("igw-a", "vpc-a")
                .subnet("subnet-p", "vpc-a", "a", "10.0.1.0/24").routeTable("rtb-p", "vpc-a", "0.0.0.0/0", "igw-a").associate("subnet-p", "rtb-p")
                .sg("sg-web", "vpc-a", sg("tcp", "443", "0.0.0.0/0")).instance("i-web", "subnet-p", "10.0.1.10", "sg-web")
                .publicIp("i-web", "203.0.113.10")
                .nacl("acl-web", "vpc-a", in(100, "tcp", "443", "0.0.0.0/0", ALLOW), out(100, "tcp", "443", "0.0.0.0/0", ALLOW))
                .associateAcl("subnet-p", "acl-web").network();
    }

    private static Trace blocked() {
        Network net = blockedNetwork();
        return new Tracer(net).trace(TraceRequest.tcp(Endpoints.resolve(net, "internet"), Endpoints.resolve(net, "i-web"), 443));
    }

    @Test
    void jsonFollowsTheCommandLineContract() throws Exception {
        JsonNode j = new ObjectMapper().readTree(TraceFormatter.json(blocked()));
        assertThat(j.get("reachable").asBoolean()).isFalse();
        assertThat(j.get("explanationCode").asText()).isEqualTo("SUBNET_ACL_RESTRICTION");
        JsonNode b = j.get("blockingComponent");
        assertThat(b.get("id").asText()).isEqualTo("acl-web");
        assertThat(b.get("type").asText()).isEqualTo("NetworkAcl");
        assertThat(b.get("direction").asText()).isEqualTo("return");
        assertThat(b.get("rule").asText()).isEqualTo("acl-web outbound rule *: DENY all to 0.0.0.0/0");
        JsonNode firstHop = j.get("forward").get(0);
        assertThat(firstHop.fieldNames()).toIterable().containsExactly("component", "type", "steps");
        JsonNode step = firstHop.get("steps").get(0);
        assertThat(step.fieldNames()).toIterable().containsExactly("kind", "rule", "action", "packet");
        assertThat(j.get("return").size()).isPositive();
        assertThat(j.get("explanation").get("ko").asText()).contains("응답 패킷(목적지 포트 49152)");
        JsonNode change = j.get("suggestedFix").get("changes").get(0);
        assertThat(change.get("type").asText()).isEqualTo("AddNaclEntry");
        assertThat(change.get("ruleNumber").asInt()).isEqualTo(110);
        assertThat(change.get("portRange").asText()).isEqualTo("1024-65535");
        assertThat(j.has("httpStatus")).isFalse();
    }

    @Test
    void jsonOfAReachableHttpTraceHasStatusAndTarget() throws Exception {
        NetworkBuilder b = new NetworkBuilder().vpc("vpc-a", "10.0.0.0/16").igw("igw-a", "vpc-a")
                .subnet("subnet-p", "vpc-a", "a", "10.0.1.0/24").subnet("subnet-p2", "vpc-a", "b", "10.0.2.0/24")
                .routeTable("rtb-p", "vpc-a", "0.0.0.0/0", "igw-a").associate("subnet-p", "rtb-p").associate("subnet-p2", "rtb-p")
                .sg("sg-alb", "vpc-a", sg("tcp", "443", "0.0.0.0/0")).sg("sg-app", "vpc-a", sg("tcp", "8080", "sg-alb"))
                .instance("i-app", "subnet-p", "10.0.1.20", "sg-app")
                .put(Services.loadBalancer("alb", LoadBalancer.Type.APPLICATION, "vpc-a", List.of("sg-alb"),
                        "subnet-p", "10.0.1.100", "54.0.0.1", "subnet-p2", "10.0.2.100", "54.0.0.2"))
                .put(Services.listener("l", "alb", ListenerProtocol.HTTPS, 443, "tg"))
                .put(Services.targetGroup("tg", "vpc-a", TargetType.INSTANCE, ListenerProtocol.HTTP, 8080, null, Services.target("i-app", null)));
        Network net = b.network();
        Trace t = new Tracer(net).trace(TraceRequest.tcp(Endpoints.resolve(net, "internet"), Endpoints.resolve(net, "alb"), 443)
                .withHttp(HttpRequest.of("shop.example.com", "/", "GET")));
        JsonNode j = new ObjectMapper().readTree(TraceFormatter.json(t));
        assertThat(j.get("reachable").asBoolean()).isTrue();
        assertThat(j.get("explanationCode").isNull()).isTrue();
        assertThat(j.get("blockingComponent").isNull()).isTrue();
        assertThat(j.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(j.get("target").asText()).isEqualTo("i-app (10.0.1.20:8080)");
        assertThat(j.get("suggestedFix").isNull()).isTrue();
    }

    @Test
    void textReadsLikeAnEventListInBothLanguages() {
        Trace t = blocked();
        String en = TraceFormatter.text(t, Locale.ENGLISH);
        assertThat(en).contains("Request", "Reply", "Verdict: BLOCKED by NetworkAcl acl-web (SUBNET_ACL_RESTRICTION), on the reply",
                "Rule: acl-web outbound rule *: DENY all to 0.0.0.0/0", "Fix: Add outbound rule 110 to acl-web: allow TCP 1024–65535 to 0.0.0.0/0.");
        assertThat(en.lines().filter(l -> l.matches("\\s+\\d+ .*"))).hasSize(t.allHops().size());
        String ko = TraceFormatter.text(t, Locale.KOREAN);
        assertThat(ko).contains("요청", "응답", "판정: 차단됨", "해결 방법: acl-web에 아웃바운드 규칙 110을(를) 추가하세요");
    }
}
