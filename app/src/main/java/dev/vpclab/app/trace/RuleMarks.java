package dev.vpclab.app.trace;

import dev.vpclab.app.inspector.RuleMark;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.sg.CompiledSecurityGroup;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;
import dev.vpclab.trace.TraceDirection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;

/**
 * Which rule of which editor a hop was decided by, for the inspector: a network ACL's rule number or "*" (read
 * from the rule as the tracer names it, "acl-1 outbound rule 100: …"), a security group's rule (found by its
 * console text in the compiled group), a route's destination ("rtb-1 route 10.0.0.0/16 → local"), or no rule
 * (no route, no matching security-group rule, a gateway or an instance).
 */
final class RuleMarks {

    private static final Pattern ACL_RULE = Pattern.compile(" rule (\\d+|\\*)");
    private static final Pattern ROUTE = Pattern.compile(" route (\\S+) \u2192");

    private RuleMarks() {
    }

    /**
     * What a hop marks.
     *
     * @param resourceId the resource to open in the inspector
     * @param direction the tab to open, or null
     * @param rule the rule to select, or null
     * @param denied the hop stopped the packet
     * @param noteKey the note's bundle key
     */
    record Target(String resourceId, TrafficDirection direction, String rule, boolean denied, String noteKey) {
    }

    /**
     * @param doc the document the trace ran on
     * @param net that document compiled
     * @param row a row of the event list
     * @return what it marks, or null when its component is not in the document (the internet)
     */
    static Target target(Document doc, Network net, HopRow row) {
        Hop hop = row.hop();
        String id = hop.component();
        if (!doc.contains(id)) {
            return null;
        }
        boolean denied = row.decision().stops();
        Step deciding = deciding(hop);
        String text = deciding == null ? null : deciding.rule();
        switch (hop.type()) {
            case NETWORK_ACL: {
                TrafficDirection d = RuleDirection.of(hop);
                Matcher m = text == null ? null : ACL_RULE.matcher(text);
                String rule = m != null && m.find() ? m.group(1) : null;
                return new Target(id, d, rule, denied, rule == null ? note(denied) : "tracemode.mark.rule");
            }
            case SECURITY_GROUP: {
                TrafficDirection d = RuleDirection.of(hop);
                if (deciding != null && deciding.kind() == StepKind.CONNECTION_TRACKING) {
                    return new Target(id, d, null, false, "tracemode.mark.tracked");
                }
                String rule = denied || d == null || text == null ? null : securityGroupRule(net, id, d, text);
                return new Target(id, d, rule, denied, rule != null ? "tracemode.mark.rule"
                        : denied ? "tracemode.mark.noSecurityGroupRule" : note(false));
            }
            case ROUTE_TABLE: {
                Matcher m = text == null ? null : ROUTE.matcher(text);
                String rule = m != null && m.find() ? m.group(1) : null;
                return new Target(id, null, rule, denied, rule != null ? "tracemode.mark.rule"
                        : denied ? "tracemode.mark.noRoute" : note(false));
            }
            default:
                return new Target(id, null, null, denied, note(denied));
        }
    }

    private static String note(boolean denied) {
        return denied ? "tracemode.mark.blocked" : "tracemode.mark.hop";
    }

    /** The step that decided: a deny or drop, else the last one with a rule, else the last one. */
    private static Step deciding(Hop hop) {
        Step withRule = null;
        for (Step s : hop.steps()) {
            if (s.action() == StepAction.DENY || s.action() == StepAction.DROP) {
                return s;
            }
            if (s.rule() != null || s.kind() == StepKind.CONNECTION_TRACKING) {
                withRule = s;
            }
        }
        return withRule != null ? withRule : hop.lastStep();
    }

    private static String securityGroupRule(Network net, String id, TrafficDirection d, String text) {
        CompiledSecurityGroup g = net.securityGroup(id);
        if (g == null) {
            return null;
        }
        for (int i = 0; i < g.ruleCount(d); i++) {
            if (g.ruleText(d, i).equals(text)) {
                return Integer.toString(i);
            }
        }
        return null;
    }

    /**
     * @param target what a row marks
     * @param row the row
     * @param i18n the language
     * @return the mark for the inspector, with its note following the language
     */
    static RuleMark mark(Target target, HopRow row, I18n i18n) {
        String destination = row.hop().lastStep().packet().destination().toString();
        ObservableStringValue note = Bindings.createStringBinding(() -> i18n.get(target.noteKey(), row.number(),
                i18n.get(row.direction() == TraceDirection.FORWARD ? "tracemode.direction.forward" : "tracemode.direction.return"),
                destination), i18n.localeProperty());
        return new RuleMark(target.resourceId(), target.direction(), target.rule(), target.denied(), note);
    }

    /**
     * @param type a hop's kind
     * @return true for the kinds whose editor lists rules (network ACL, security group, route table)
     */
    static boolean hasRules(ComponentType type) {
        return type == ComponentType.NETWORK_ACL || type == ComponentType.SECURITY_GROUP || type == ComponentType.ROUTE_TABLE;
    }
}
