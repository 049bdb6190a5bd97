package dev.vpclab.trace.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.engine.Packet;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.trace.BlockingComponent;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.fix.DocumentChange;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of the command-line contract: {@code reachable}, {@code explanationCode}, {@code blockingComponent}
 * ({@code id}, {@code type}, {@code direction}, {@code rule}), {@code forward} and {@code return} (hops with
 * {@code component}, {@code type}, {@code steps}: {@code kind}, {@code rule}, {@code action}, {@code packet}),
 * {@code httpStatus} and {@code target} for HTTP through a load balancer, {@code explanation} ({@code en},
 * {@code ko}) and {@code suggestedFix}.
 */
final class JsonTraceWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonTraceWriter() {
    }

    static String write(Trace t) {
        try {
            return MAPPER.writeValueAsString(tree(t));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(Trace t) {
        ObjectNode root = F.objectNode();
        root.put("reachable", t.reachable());
        root.put("explanationCode", t.explanationCode());
        BlockingComponent b = t.blockingComponent();
        if (b == null) {
            root.putNull("blockingComponent");
        } else {
            ObjectNode bc = root.putObject("blockingComponent");
            bc.put("id", b.id());
            bc.put("type", b.type().awsName());
            bc.put("direction", b.direction().jsonName());
            bc.put("rule", b.rule());
        }
        root.set("forward", hops(t.forward()));
        root.set("return", hops(t.returnPath()));
        if (t.httpStatus() != null) {
            root.put("httpStatus", t.httpStatus());
        }
        if (t.target() != null) {
            root.put("target", t.target());
        }
        if (t.targetGroupId() != null) {
            root.put("targetGroup", t.targetGroupId());
        }
        if (t.redirectLocation() != null) {
            root.put("redirectLocation", t.redirectLocation());
        }
        root.set("explanation", t.explanation() == null ? F.nullNode() : languages(t.explanation()));
        if (t.suggestedFix() == null) {
            root.putNull("suggestedFix");
        } else {
            ObjectNode fix = languages(t.suggestedFix().message());
            ArrayNode changes = fix.putArray("changes");
            for (DocumentChange c : t.suggestedFix().changes()) {
                changes.add(change(c));
            }
            root.set("suggestedFix", fix);
        }
        if (!t.hints().isEmpty()) {
            ArrayNode hints = root.putArray("hints");
            t.hints().forEach(hints::add);
        }
        return root;
    }

    private static ArrayNode hops(List<Hop> hops) {
        ArrayNode arr = F.arrayNode();
        for (Hop h : hops) {
            ObjectNode hop = arr.addObject();
            hop.put("component", h.component());
            hop.put("type", h.type().awsName());
            ArrayNode steps = hop.putArray("steps");
            for (Step s : h.steps()) {
                ObjectNode step = steps.addObject();
                step.put("kind", s.kind().jsonName());
                step.put("rule", s.rule());
                step.put("action", s.action().name());
                step.set("packet", packet(s.packet()));
            }
        }
        return arr;
    }

    private static ObjectNode packet(Packet p) {
        ObjectNode o = F.objectNode();
        o.put("protocol", p.protocol().toString());
        o.put("source", p.source().toString());
        o.put("destination", p.destination().toString());
        if (p.protocol().hasPorts()) {
            o.put("sourcePort", p.sourcePort());
            o.put("destinationPort", p.destinationPort());
        }
        if (p.icmp() != null) {
            o.put("icmpType", p.icmp().type());
            o.put("icmpCode", p.icmp().code());
        }
        return o;
    }

    private static ObjectNode languages(Message m) {
        ObjectNode o = F.objectNode();
        o.put("en", m.format(Locale.ENGLISH));
        o.put("ko", m.format(Locale.KOREAN));
        return o;
    }

    private static ObjectNode change(DocumentChange c) {
        ObjectNode o = F.objectNode();
        o.put("type", c.getClass().getSimpleName());
        if (c instanceof DocumentChange.AddNaclEntry a) {
            NetworkAclEntry e = a.entry();
            o.put("networkAclId", a.networkAclId());
            o.put("ruleNumber", e.ruleNumber());
            o.put("direction", direction(e.direction()));
            o.put("protocol", e.protocol().toString());
            o.put("portRange", e.portRange() == null ? null : e.portRange().toString());
            o.put("icmp", e.icmp() == null ? null : e.icmp().toString());
            o.put("cidr", e.cidr().toString());
            o.put("action", e.action().name().toLowerCase(Locale.ROOT));
        } else if (c instanceof DocumentChange.AddSecurityGroupRule s) {
            SecurityGroupRule r = s.rule();
            o.put("securityGroupId", s.securityGroupId());
            o.put("direction", direction(s.direction()));
            o.put("protocol", r.protocol().toString());
            o.put("portRange", r.portRange() == null ? null : r.portRange().toString());
            o.put("icmp", r.icmp() == null ? null : r.icmp().toString());
            o.put("peer", r.peer().toString());
        } else if (c instanceof DocumentChange.AddRoute r) {
            o.put("routeTableId", r.routeTableId());
            o.put("destination", r.route().destination());
            o.put("target", r.route().target());
        } else if (c instanceof DocumentChange.ReplaceRouteTarget r) {
            o.put("routeTableId", r.routeTableId());
            o.put("destination", r.destination());
            o.put("target", r.newTarget());
        } else if (c instanceof DocumentChange.AssociateElasticIp e) {
            o.put("networkInterfaceId", e.networkInterfaceId());
            o.put("privateIp", e.privateIp().toString());
        } else if (c instanceof DocumentChange.DisableSourceDestCheck d) {
            o.put("networkInterfaceId", d.networkInterfaceId());
        } else if (c instanceof DocumentChange.StartInstance s) {
            o.put("instanceId", s.instanceId());
        } else if (c instanceof DocumentChange.AddTransitGatewayAttachmentSubnet a) {
            o.put("attachmentId", a.attachmentId());
            o.put("subnetId", a.subnetId());
        } else if (c instanceof DocumentChange.SetTargetGroupCrossZone z) {
            o.put("targetGroupId", z.targetGroupId());
            o.put("enabled", z.enabled());
        }
        return o;
    }

    private static String direction(TrafficDirection d) {
        return d == TrafficDirection.INBOUND ? "inbound" : "outbound";
    }
}
