package dev.vpclab.app.trace;

import dev.vpclab.app.inspector.RuleText;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.trace.fix.DocumentChange;
import java.util.List;

/**
 * The concrete edit of a suggested fix as the card shows it, in the columns of the editor it lands in: the new
 * network ACL rule ("120 · TCP · 1024–65535 · 0.0.0.0/0 · Allow"), the new route ("0.0.0.0/0 → igw-0shop"), the
 * property that changes.
 */
final class FixText {

    /**
     * One line of the card.
     *
     * @param where what is edited ("acl-0web outbound", "rtb-0db")
     * @param cells the new rule's or value's parts, in the editor's column order
     * @param allow true when the line ends in an Allow (coloured green)
     */
    record Line(String where, List<String> cells, boolean allow) {
        Line {
            cells = List.copyOf(cells);
        }
    }

    private FixText() {
    }

    /**
     * @param doc the document
     * @param change a change of a fix
     * @param i18n the language
     * @return the line
     */
    static Line line(Document doc, DocumentChange change, I18n i18n) {
        if (change instanceof DocumentChange.AddNaclEntry c) {
            NetworkAclEntry e = c.entry();
            return new Line(label(doc, c.networkAclId()) + " \u00b7 " + direction(i18n, e.direction()),
                    List.of("+ " + e.ruleNumber(), RuleText.protocol(i18n, e.protocol()), RuleText.ports(i18n, e.protocol(), e.portRange()),
                            e.cidr().toString(), i18n.get(e.action() == RuleAction.ALLOW ? "ui.rule.allow" : "ui.rule.deny")),
                    e.action() == RuleAction.ALLOW);
        } else if (change instanceof DocumentChange.AddSecurityGroupRule c) {
            SecurityGroupRule r = c.rule();
            return new Line(label(doc, c.securityGroupId()) + " \u00b7 " + direction(i18n, c.direction()),
                    List.of("+", RuleText.protocol(i18n, r.protocol()), RuleText.ports(i18n, r.protocol(), r.portRange()),
                            peer(doc, r.peer().toString()), i18n.get("ui.rule.allow")), true);
        } else if (change instanceof DocumentChange.AddRoute c) {
            return new Line(label(doc, c.routeTableId()), List.of("+ " + c.route().destination(), "\u2192", label(doc, c.route().target())),
                    false);
        } else if (change instanceof DocumentChange.ReplaceRouteTarget c) {
            return new Line(label(doc, c.routeTableId()), List.of(c.destination(), "\u2192", label(doc, c.newTarget())), false);
        } else if (change instanceof DocumentChange.AssociateElasticIp c) {
            return new Line(label(doc, c.networkInterfaceId()), List.of("+ " + i18n.get("tracemode.fix.elasticIp"), "\u2192",
                    c.privateIp() == null ? c.networkInterfaceId() : c.privateIp().toString()), false);
        } else if (change instanceof DocumentChange.DisableSourceDestCheck c) {
            return new Line(label(doc, c.networkInterfaceId()), List.of(i18n.get("tracemode.fix.sourceDestCheck"),
                    i18n.get("tracemode.fix.off")), false);
        } else if (change instanceof DocumentChange.StartInstance c) {
            return new Line(label(doc, c.instanceId()), List.of(i18n.get("tracemode.fix.state"), i18n.get("tracemode.fix.running")), false);
        } else if (change instanceof DocumentChange.AddTransitGatewayAttachmentSubnet c) {
            return new Line(label(doc, c.attachmentId()), List.of("+ " + label(doc, c.subnetId())), false);
        } else if (change instanceof DocumentChange.SetTargetGroupCrossZone c) {
            return new Line(label(doc, c.targetGroupId()), List.of(i18n.get("tracemode.fix.crossZone"),
                    i18n.get(c.enabled() ? "tracemode.fix.on" : "tracemode.fix.off")), false);
        } else if (change instanceof DocumentChange.MoveNatGateway c) {
            String from = doc.get(c.natGatewayId()) instanceof dev.vpclab.model.resource.NatGateway n ? label(doc, n.subnetId()) : "";
            return new Line(label(doc, c.natGatewayId()), List.of(from, "\u2192", label(doc, c.subnetId())), false);
        }
        return new Line("", List.of(String.valueOf(change)), false);
    }

    private static String direction(I18n i18n, TrafficDirection d) {
        return i18n.get(d == TrafficDirection.INBOUND ? "tracemode.fix.inbound" : "tracemode.fix.outbound");
    }

    private static String label(Document doc, String id) {
        Resource r = id == null ? null : doc.get(id);
        return r == null ? String.valueOf(id) : r.label();
    }

    private static String peer(Document doc, String peer) {
        Resource r = doc.get(peer);
        return r == null ? peer : r.label();
    }
}
