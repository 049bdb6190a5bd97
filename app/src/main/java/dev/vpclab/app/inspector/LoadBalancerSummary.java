package dev.vpclab.app.inspector;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.TargetGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A read-only summary of a load balancer: its listeners with their default action, their rules by priority
 * (conditions → action), and the target groups they forward to with their port, health check and targets.
 */
public final class LoadBalancerSummary {

    /**
     * The summary as lines.
     *
     * @param listeners "HTTPS 443 → forward to tg-web"
     * @param rules "443 · 10 · path /api/* → forward to tg-api"
     * @param targetGroups "tg-web · HTTP 8080 · 4 targets · health /health"
     */
    public record Lines(List<String> listeners, List<String> rules, List<String> targetGroups) {
    }

    private LoadBalancerSummary() {
    }

    /**
     * @param doc the document
     * @param lb the load balancer
     * @param i18n the language
     * @return its summary
     */
    public static Lines of(Document doc, LoadBalancer lb, I18n i18n) {
        List<String> listeners = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        List<Listener> own = doc.all(Listener.class).stream().filter(l -> l.loadBalancerId().equals(lb.id()))
                .sorted(Comparator.comparingInt(Listener::port)).toList();
        for (Listener l : own) {
            listeners.add(l.protocol() + " " + l.port() + " \u2192 " + actions(doc, l.defaultActions(), i18n, groups));
            doc.all(ListenerRule.class).stream().filter(r -> r.listenerId().equals(l.id()))
                    .sorted(Comparator.comparingInt(ListenerRule::priority))
                    .forEach(r -> rules.add(l.port() + " \u00b7 " + r.priority() + " \u00b7 " + conditions(r) + " \u2192 "
                            + actions(doc, r.actions(), i18n, groups)));
        }
        List<String> targetGroups = new ArrayList<>();
        for (String id : groups) {
            TargetGroup g = doc.get(id, TargetGroup.class);
            if (g != null) {
                targetGroups.add(g.label() + " \u00b7 " + g.protocol() + " " + g.port() + " \u00b7 "
                        + i18n.get("ui.lb.targets", g.targets().size()) + " \u00b7 " + i18n.get("ui.lb.health", healthPath(g)));
            }
        }
        return new Lines(listeners, rules, targetGroups);
    }

    private static String healthPath(TargetGroup g) {
        String path = g.healthCheck().path();
        return path == null || path.isBlank() ? g.healthCheck().protocol().toString() : path;
    }

    private static String conditions(ListenerRule r) {
        return r.conditions().stream().map(c -> c.field().name().toLowerCase(Locale.ROOT).replace('_', '-') + " "
                + String.join(",", c.values())).collect(Collectors.joining(" & "));
    }

    private static String actions(Document doc, List<ListenerAction> actions, I18n i18n, Set<String> groups) {
        if (actions.isEmpty()) {
            return "\u2014";
        }
        ListenerAction last = actions.get(actions.size() - 1);
        if (last instanceof ListenerAction.Forward f) {
            String names = f.targetGroups().stream().map(w -> {
                groups.add(w.targetGroupId());
                Resource tg = doc.get(w.targetGroupId());
                return tg == null ? w.targetGroupId() : tg.label();
            }).collect(Collectors.joining(", "));
            return i18n.get("ui.lb.forward", names);
        }
        if (last instanceof ListenerAction.Redirect r) {
            String to = (r.protocol() == null ? "" : r.protocol() + " ") + (r.port() == null ? "" : r.port());
            return i18n.get("ui.lb.redirect", to.trim(), r.statusCode());
        }
        ListenerAction.FixedResponse fr = (ListenerAction.FixedResponse) last;
        return i18n.get("ui.lb.fixed", fr.statusCode());
    }
}
