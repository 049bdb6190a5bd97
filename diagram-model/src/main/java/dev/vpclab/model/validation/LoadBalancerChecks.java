package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Load balancers, listeners and rules. An ALB needs subnets in at least two zones, one subnet per zone, all in
 * its VPC ("Application Load Balancers", application-load-balancers.html); an internet-facing load balancer in
 * subnets without an internet-gateway route cannot be reached ("Troubleshoot your Application Load
 * Balancers"); ALB listeners speak HTTP/HTTPS and NLB listeners TCP/TLS/UDP/TCP_UDP; rule priorities are unique
 * per listener; a forward action needs an existing target group in the load balancer's VPC.
 */
final class LoadBalancerChecks implements Check {

    static final String ALB_TWO_ZONES = "validation.loadBalancer.albNeedsTwoZones";
    static final String TWO_SUBNETS_IN_ZONE = "validation.loadBalancer.twoSubnetsInZone";
    static final String SUBNET_OTHER_VPC = "validation.loadBalancer.subnetInOtherVpc";
    static final String INTERNET_FACING_NO_ROUTE = "validation.loadBalancer.internetFacingWithoutInternetRoute";
    static final String PROTOCOL_NOT_FOR_ALB = "validation.listener.protocolNotForAlb";
    static final String PROTOCOL_NOT_FOR_NLB = "validation.listener.protocolNotForNlb";
    static final String LISTENER_TG_MISSING = "validation.listener.targetGroupMissing";
    static final String LISTENER_TG_OTHER_VPC = "validation.listener.targetGroupInOtherVpc";
    static final String RULE_TG_MISSING = "validation.listenerRule.targetGroupMissing";
    static final String RULE_TG_OTHER_VPC = "validation.listenerRule.targetGroupInOtherVpc";
    static final String PRIORITY_REPEATED = "validation.listenerRule.priorityRepeated";

    private static final Set<ListenerProtocol> ALB_PROTOCOLS = EnumSet.of(ListenerProtocol.HTTP, ListenerProtocol.HTTPS);
    private static final Set<ListenerProtocol> NLB_PROTOCOLS =
            EnumSet.of(ListenerProtocol.TCP, ListenerProtocol.TLS, ListenerProtocol.UDP, ListenerProtocol.TCP_UDP);

    @Override
    public Set<String> keys() {
        return Set.of(ALB_TWO_ZONES, TWO_SUBNETS_IN_ZONE, SUBNET_OTHER_VPC, INTERNET_FACING_NO_ROUTE, PROTOCOL_NOT_FOR_ALB,
                PROTOCOL_NOT_FOR_NLB, LISTENER_TG_MISSING, LISTENER_TG_OTHER_VPC, RULE_TG_MISSING, RULE_TG_OTHER_VPC,
                PRIORITY_REPEATED);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
            subnets(context, lb, problems);
        }
        for (Listener l : doc.all(Listener.class)) {
            LoadBalancer lb = doc.get(l.loadBalancerId(), LoadBalancer.class);
            if (lb == null) {
                continue;
            }
            if (lb.isApplication() && !ALB_PROTOCOLS.contains(l.protocol())) {
                problems.error(l.id(), "protocol", PROTOCOL_NOT_FOR_ALB, l.label(), lb.label(), l.protocol().name());
            } else if (!lb.isApplication() && !NLB_PROTOCOLS.contains(l.protocol())) {
                problems.error(l.id(), "protocol", PROTOCOL_NOT_FOR_NLB, l.label(), lb.label(), l.protocol().name());
            }
            forwards(context, l.id(), l.label(), "defaultActions", l.defaultActions(), lb, LISTENER_TG_MISSING,
                    LISTENER_TG_OTHER_VPC, problems);
        }
        Map<String, ListenerRule> firstByPriority = new HashMap<>();
        for (ListenerRule rule : doc.all(ListenerRule.class)) {
            ListenerRule first = firstByPriority.putIfAbsent(rule.listenerId() + '\n' + rule.priority(), rule);
            if (first != null) {
                problems.error(rule.id(), "priority", PRIORITY_REPEATED, rule.label(), String.valueOf(rule.priority()),
                        context.label(rule.listenerId()), first.label());
            }
            Listener l = doc.get(rule.listenerId(), Listener.class);
            LoadBalancer lb = l == null ? null : doc.get(l.loadBalancerId(), LoadBalancer.class);
            if (lb != null) {
                forwards(context, rule.id(), rule.label(), "actions", rule.actions(), lb, RULE_TG_MISSING, RULE_TG_OTHER_VPC,
                        problems);
            }
        }
    }

    private static void subnets(ValidationContext context, LoadBalancer lb, Problems problems) {
        Map<String, Subnet> firstByZone = new HashMap<>();
        for (int j = 0; j < lb.subnetIds().size(); j++) {
            Subnet s = context.doc().get(lb.subnetIds().get(j), Subnet.class);
            if (s == null) {
                continue;
            }
            String field = "subnetIds[" + j + "]";
            if (!s.vpcId().equals(lb.vpcId())) {
                problems.error(lb.id(), field, SUBNET_OTHER_VPC, lb.label(), s.label(), context.label(s.vpcId()),
                        context.label(lb.vpcId()));
            }
            Subnet first = firstByZone.putIfAbsent(s.availabilityZoneId(), s);
            if (first != null) {
                problems.error(lb.id(), field, TWO_SUBNETS_IN_ZONE, lb.label(), s.label(), first.label(), s.availabilityZoneId());
            }
            if (lb.scheme() == LoadBalancer.Scheme.INTERNET_FACING && !context.hasInternetRoute(s)) {
                problems.error(lb.id(), field, INTERNET_FACING_NO_ROUTE, lb.label(), s.label());
            }
        }
        if (lb.isApplication() && firstByZone.size() < 2) {
            problems.error(lb.id(), "subnetIds", ALB_TWO_ZONES, lb.label(), String.valueOf(firstByZone.size()));
        }
    }

    private static void forwards(ValidationContext context, String ownerId, String owner, String field,
                                 List<ListenerAction> actions, LoadBalancer lb, String missingKey, String otherVpcKey,
                                 Problems problems) {
        for (int i = 0; i < actions.size(); i++) {
            if (!(actions.get(i) instanceof ListenerAction.Forward f)) {
                continue;
            }
            for (int j = 0; j < f.targetGroups().size(); j++) {
                String at = field + "[" + i + "].targetGroups[" + j + "]";
                String tgId = f.targetGroups().get(j).targetGroupId();
                TargetGroup tg = context.doc().get(tgId, TargetGroup.class);
                if (tg == null) {
                    problems.error(ownerId, at, missingKey, owner, lb.label(), tgId);
                } else if (!tg.vpcId().equals(lb.vpcId())) {
                    problems.error(ownerId, at, otherVpcKey, owner, lb.label(), tg.label(), context.label(tg.vpcId()),
                            context.label(lb.vpcId()));
                }
            }
        }
    }
}
