package dev.vpclab.app.render;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which drawn elements carry each security group: instances through their interfaces, free interfaces, load balancers, databases, endpoints. */
final class SecurityGroupMembers {

    private SecurityGroupMembers() {
    }

    /**
     * @param doc the document
     * @param drawn the keys of drawn elements
     * @return security group id → keys of drawn elements that carry it
     */
    static Map<String, Set<String>> of(Document doc, Collection<String> drawn) {
        Map<String, Set<String>> out = new HashMap<>();
        for (NetworkInterface e : doc.all(NetworkInterface.class)) {
            add(out, e.securityGroupIds(), e.instanceId() != null ? e.instanceId() : e.id(), drawn);
        }
        for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
            add(out, lb.securityGroupIds(), lb.id(), drawn);
        }
        for (DbInstance db : doc.all(DbInstance.class)) {
            add(out, db.securityGroupIds(), db.id(), drawn);
        }
        for (VpcEndpoint e : doc.all(VpcEndpoint.class)) {
            add(out, e.securityGroupIds(), e.id(), drawn);
        }
        return out;
    }

    private static void add(Map<String, Set<String>> out, List<String> groups, String key, Collection<String> drawn) {
        if (!drawn.contains(key)) {
            return;
        }
        for (String g : groups) {
            out.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(key);
        }
    }

    /**
     * @param rule a rule
     * @return it in short: "TCP 5432", "all traffic"
     */
    static String describe(SecurityGroupRule rule) {
        if (rule.protocol().equals(Protocol.ALL)) {
            return "all";
        }
        String p = rule.protocol().toString().toUpperCase(java.util.Locale.ROOT);
        if (rule.portRange() != null && !rule.portRange().isAll()) {
            return p + " " + rule.portRange();
        }
        return p;
    }
}
