package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.Packet;
import dev.vpclab.engine.lb.CompiledListener;
import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.engine.lb.CompiledTargetGroup;
import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.engine.lb.ResolvedTarget;
import dev.vpclab.engine.lb.TargetSelection;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;
import dev.vpclab.trace.TraceDirection;
import dev.vpclab.trace.TraceRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer as a full hop: listener, ALB rules by priority, forward / redirect / fixed-response, target
 * group, cross-zone, target health and choice, then a second connection from the node to the target (from the
 * node's own address, or the client's with NLB client IP preservation), its reply, and the answer back to the
 * client. A blocked node-to-target connection is HTTP 504 at an ALB; no registered target is 503
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html">ALB
 * troubleshooting</a>).
 */
final class LoadBalancerHop {

    /** The source port VPC Lab uses for the node's connection to a target (a load balancer picks one from 1024–65535). */
    static final int LB_SOURCE_PORT = 40000;

    private LoadBalancerHop() {
    }

    static void handle(TraceEngine engine, Outcome out, FlowState clientFlow, Arrival arrival, CompiledLoadBalancer lb, TraceRequest req,
                       boolean explain) {
        Network net = engine.network();
        AttachmentPoint node = arrival.attachment();
        Packet p1 = arrival.packet();
        boolean alb = lb.loadBalancer().isApplication();
        Walk lw = new Walk(net, explain, TraceDirection.FORWARD, false, clientFlow, p1, out.hints);
        String id = lb.id();
        String label = lb.label();
        CompiledListener listener = lb.listenerOn(p1.destinationPort());
        if (listener == null) {
            List<String> ports = new ArrayList<>();
            lb.listeners().forEach(l -> ports.add(String.valueOf(l.port())));
            lw.fail(ExplanationCodes.ELBV2_LISTENER_PORT_RESTRICTION, id, ComponentType.LOAD_BALANCER, label, StepKind.LISTENER, null,
                    () -> Msg.of("trace.explain.noListener", label, p1.destinationPort(), ports.isEmpty() ? "-" : String.join(", ", ports)),
                    null);
            out.absorb(lw, null, true);
            return;
        }
        String listenerText = listener.toString();
        if (!listener.accepts(p1.protocolNumber())) {
            lw.fail(ExplanationCodes.PROTOCOL_RESTRICTION, id, ComponentType.LOAD_BALANCER, label, StepKind.LISTENER, listenerText,
                    () -> Msg.of("trace.explain.protocol", label + " " + listenerText, p1.protocol().toString()), null);
            out.absorb(lw, null, true);
            return;
        }
        lw.step(id, ComponentType.LOAD_BALANCER, label, StepKind.LISTENER, listenerText, StepAction.ALLOW, "trace.step.listener", listenerText);
        HttpRequest http = req.http() == null ? HttpRequest.DEFAULT : req.http();
        if (http.host() == null) {
            http = new HttpRequest(lb.loadBalancer().dnsName().isBlank() ? null : lb.loadBalancer().dnsName(), http.path(), http.method(),
                    http.headers(), http.queryString());
        }
        ListenerAction action;
        if (alb) {
            ListenerRule rule = listener.matchingRule(http, p1.source());
            String ruleText = CompiledListener.describe(rule);
            lw.step(id, ComponentType.LOAD_BALANCER, label, StepKind.LISTENER_RULE, ruleText, StepAction.FORWARD,
                    rule == null ? "trace.step.rule.default" : "trace.step.rule", ruleText);
            action = listener.finalAction(rule);
        } else {
            action = listener.finalAction(null);
        }
        if (action instanceof ListenerAction.Redirect r) {
            String location = RedirectLocation.of(r, http, listener);
            out.httpStatus = r.statusCode();
            out.redirectLocation = location;
            lw.step(id, ComponentType.LOAD_BALANCER, label, StepKind.RESPONSE, null, StepAction.DELIVER, "trace.step.redirect", r.statusCode(),
                    location);
            out.absorb(lw, arrival, true);
            answer(engine, out, clientFlow, arrival, req, explain, lb, r.statusCode());
            return;
        }
        if (action instanceof ListenerAction.FixedResponse f) {
            out.httpStatus = f.statusCode();
            if (f.statusCode() >= 400) {
                lw.fail(ExplanationCodes.ALB_FIXED_RESPONSE, id, ComponentType.LOAD_BALANCER, label, StepKind.RESPONSE, null,
                        () -> Msg.of("trace.explain.fixedResponse", label, f.statusCode()), null);
                out.absorb(lw, null, true);
                return;
            }
            lw.step(id, ComponentType.LOAD_BALANCER, label, StepKind.RESPONSE, null, StepAction.DELIVER, "trace.step.fixed", f.statusCode());
            out.absorb(lw, arrival, true);
            answer(engine, out, clientFlow, arrival, req, explain, lb, f.statusCode());
            return;
        }
        Targets.forward(engine, out, lw, clientFlow, arrival, lb, (ListenerAction.Forward) action, req, explain);
    }

    /** The load balancer's answer and its way back to the client. */
    static void answer(TraceEngine engine, Outcome out, FlowState clientFlow, Arrival arrival, TraceRequest req, boolean explain,
                       CompiledLoadBalancer lb, Integer status) {
        Walk back = new Walk(engine.network(), explain, TraceDirection.RETURN, true, clientFlow, arrival.packet().reversed(), out.hints);
        if (status != null) {
            back.step(lb.id(), ComponentType.LOAD_BALANCER, lb.label(), StepKind.RESPONSE, null, StepAction.FORWARD, "trace.step.lb.answer",
                    status);
        } else {
            back.step(lb.id(), ComponentType.LOAD_BALANCER, lb.label(), StepKind.FORWARD, null, StepAction.FORWARD, "trace.step.lb.relay");
        }
        out.absorb(back, arrival, false);
        engine.clientReturn(out, clientFlow, arrival, req, explain);
    }

    /** Where a redirect points, with AWS's #{…} placeholders filled from the request. */
    static final class RedirectLocation {
        private RedirectLocation() {
        }

        static String of(ListenerAction.Redirect r, HttpRequest http, CompiledListener listener) {
            String proto = listener.listener().protocol().name();
            String protocol = fill(r.protocol(), proto, http, listener).toLowerCase(java.util.Locale.ROOT);
            String host = fill(r.host(), http.hostName() == null ? "" : http.hostName(), http, listener);
            String port = fill(r.port(), String.valueOf(listener.port()), http, listener);
            String path = fill(r.path(), http.path(), http, listener);
            String query = fill(r.query(), http.queryString(), http, listener);
            boolean defaultPort = ("https".equals(protocol) && "443".equals(port)) || ("http".equals(protocol) && "80".equals(port));
            return protocol + "://" + host + (defaultPort ? "" : ":" + port) + (path.startsWith("/") ? path : "/" + path)
                    + (query.isEmpty() ? "" : "?" + query);
        }

        private static String fill(String part, String fallback, HttpRequest http, CompiledListener listener) {
            if (part == null || part.isBlank()) {
                return fallback;
            }
            return part.replace("#{protocol}", listener.listener().protocol().name().toLowerCase(java.util.Locale.ROOT))
                    .replace("#{host}", http.hostName() == null ? "" : http.hostName())
                    .replace("#{port}", String.valueOf(listener.port()))
                    .replace("#{path}", http.path().startsWith("/") ? http.path().substring(1) : http.path())
                    .replace("#{query}", http.queryString());
        }
    }

    /** The forward action: target group, target, the node-to-target connection and the replies. */
    static final class Targets {
        private Targets() {
        }

        static void forward(TraceEngine engine, Outcome out, Walk lw, FlowState clientFlow, Arrival arrival, CompiledLoadBalancer lb,
                            ListenerAction.Forward action, TraceRequest req, boolean explain) {
            Network net = engine.network();
            boolean alb = lb.loadBalancer().isApplication();
            AttachmentPoint node = arrival.attachment();
            Packet p1 = arrival.packet();
            String id = lb.id();
            String label = lb.label();
            ListenerAction.WeightedTargetGroup wtg = TargetSelection.heaviest(action);
            CompiledTargetGroup tg = wtg == null ? null : net.targetGroup(wtg.targetGroupId());
            if (tg == null) {
                String tgId = wtg == null ? "-" : wtg.targetGroupId();
                fail(out, lw, alb, 503, ExplanationCodes.ELBV2_LISTENER_HAS_NO_TG, id, ComponentType.LOAD_BALANCER, label,
                        Msg.of("trace.explain.noTargetGroup", label, tgId), null);
                return;
            }
            int total = 0;
            for (ListenerAction.WeightedTargetGroup g : action.targetGroups()) {
                total += g.weight();
            }
            out.targetGroupId = tg.id();
            lw.step(tg.id(), ComponentType.TARGET_GROUP, tg.label(), StepKind.TARGET_GROUP, null, StepAction.FORWARD,
                    action.targetGroups().size() > 1 ? "trace.step.tg.weighted" : "trace.step.tg", tg.label(), wtg.weight(), total);
            if (tg.targets().isEmpty()) {
                fail(out, lw, alb, 503, ExplanationCodes.ELB_NO_REGISTERED_TARGETS, tg.id(), ComponentType.TARGET_GROUP, tg.label(),
                        Msg.of("trace.explain.noTargets", tg.label()), null);
                return;
            }
            boolean cross = tg.crossZone(lb.loadBalancer());
            String zone = node.availabilityZone();
            List<ResolvedTarget> candidates = TargetSelection.candidates(tg, cross, zone);
            if (!cross) {
                lw.step(tg.id(), ComponentType.TARGET_GROUP, tg.label(), StepKind.TARGET_GROUP, null, StepAction.FORWARD,
                        "trace.step.tg.crossZoneOff", zone, candidates.size());
            }
            if (candidates.isEmpty()) {
                fail(out, lw, alb, 503, ExplanationCodes.ELBV2_NO_TARGETS_IN_AZ, tg.id(), ComponentType.TARGET_GROUP, tg.label(),
                        Msg.of("trace.explain.noTargetsInZone", tg.label(), zone), FixAdvisor.crossZone(tg.id()));
                return;
            }
            boolean preserve = tg.preservesClientIp(lb.loadBalancer());
            TargetChooser.Choice choice = TargetChooser.choose(candidates, !alb, p1,
                    t -> probe(net, node, legPacket(t, p1, node, preserve), preserve, t));
            ResolvedTarget target = choice.target();
            out.target = target.label();
            if (choice.failOpen()) {
                lw.step(tg.id(), ComponentType.TARGET_GROUP, tg.label(), StepKind.TARGET, null, StepAction.FORWARD, "trace.step.target.failOpen",
                        candidates.size(), target.label());
            } else if (alb) {
                TargetGroupAttributes.Algorithm algorithm = tg.group().attributes().algorithm();
                lw.step(tg.id(), ComponentType.TARGET_GROUP, tg.label(), StepKind.TARGET, algorithm.name().toLowerCase(java.util.Locale.ROOT),
                        StepAction.FORWARD, algorithm == TargetGroupAttributes.Algorithm.ROUND_ROBIN ? "trace.step.target.roundRobin"
                                : "trace.step.target.algorithm", target.label(), algorithm.name().toLowerCase(java.util.Locale.ROOT));
            } else {
                lw.step(tg.id(), ComponentType.TARGET_GROUP, tg.label(), StepKind.TARGET, null, StepAction.FORWARD, "trace.step.target.hash",
                        target.label(), choice.healthyCount());
            }
            Packet p2 = legPacket(target, p1, node, preserve);
            lw.packet = p2;
            lw.step(id, ComponentType.LOAD_BALANCER, label, StepKind.TRANSLATION, null, StepAction.TRANSLATE,
                    preserve ? "trace.step.lb.preserve" : "trace.step.lb.proxy", p2.source().toString(), String.valueOf(p2.sourcePort()),
                    p2.destination() + ":" + p2.destinationPort());
            out.absorb(lw, arrival, true);
            FlowState flow = new FlowState();
            Walk w2 = new Walk(net, explain, TraceDirection.FORWARD, false, flow, p2, out.hints);
            Arrival a2 = out.absorb(w2, PacketWalker.fromInterface(w2, node), true);
            if (a2 == null) {
                targetLegFailed(out, alb, preserve);
                return;
            }
            Walk r2 = new Walk(net, explain, TraceDirection.RETURN, true, flow, a2.packet().reversed(), out.hints);
            if (preserve) {
                r2.routeTo = node.primaryIp();
            }
            Arrival b2 = out.absorb(r2, TraceEngine.replyFrom(r2, a2), false);
            if (b2 == null) {
                targetLegFailed(out, alb, preserve);
                return;
            }
            answer(engine, out, clientFlow, arrival, req, explain, lb, alb ? Integer.valueOf(200) : null);
            if (alb && out.block == null) {
                out.httpStatus = 200;
            }
        }

        private static void targetLegFailed(Outcome out, boolean alb, boolean preserve) {
            if (alb) {
                out.httpStatus = 504;
            }
            if (preserve && out.block != null && out.block.type() == ComponentType.SECURITY_GROUP) {
                out.hints.add(ExplanationCodes.ELBV2_SOURCE_ADDRESS_PRESERVATION);
            }
        }

        private static void fail(Outcome out, Walk lw, boolean alb, int status, String code, String component, ComponentType type,
                                 String label, Message explanation, dev.vpclab.trace.fix.SuggestedFix fix) {
            if (alb) {
                out.httpStatus = status;
            }
            lw.fail(code, component, type, label, StepKind.TARGET, null, () -> explanation, fix == null ? null : () -> fix);
            out.absorb(lw, null, true);
        }

        static Packet legPacket(ResolvedTarget t, Packet p1, AttachmentPoint node, boolean preserve) {
            return new Packet(p1.protocol(), preserve ? p1.source() : node.primaryIp(), preserve ? p1.sourcePort() : LB_SOURCE_PORT,
                    t.address(), t.port(), p1.icmp());
        }

        /** What a health check finds: the node reaches the target and the target's answer gets back. */
        static boolean probe(Network net, AttachmentPoint node, Packet packet, boolean preserve, ResolvedTarget target) {
            FlowState flow = new FlowState();
            List<String> hints = new ArrayList<>();
            Walk w = new Walk(net, false, TraceDirection.FORWARD, false, flow, packet, hints);
            Arrival a = PacketWalker.fromInterface(w, node);
            if (a == null || (target.attachment() != null && a.attachment() != target.attachment())) {
                return false;
            }
            Walk r = new Walk(net, false, TraceDirection.RETURN, true, flow, a.packet().reversed(), hints);
            if (preserve) {
                r.routeTo = node.primaryIp();
            }
            Arrival b = TraceEngine.replyFrom(r, a);
            return b != null && b.attachment() == node;
        }
    }
}
