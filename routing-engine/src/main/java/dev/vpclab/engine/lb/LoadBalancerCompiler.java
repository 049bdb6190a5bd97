package dev.vpclab.engine.lb;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetRegistration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Compiles load balancers (nodes, listeners and rules) and target groups (targets resolved: an instance target
 * to its primary interface's primary address, an IP target to whatever holds the address, in the group's VPC
 * or elsewhere)
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html">target
 * groups</a>).
 */
public final class LoadBalancerCompiler {

    private final Document doc;

    /**
     * @param doc the document
     */
    public LoadBalancerCompiler(Document doc) {
        this.doc = doc;
    }

    /**
     * @param nodesByLoadBalancer the nodes of each load balancer
     * @return load balancers by id
     */
    public Map<String, CompiledLoadBalancer> loadBalancers(Map<String, List<AttachmentPoint>> nodesByLoadBalancer) {
        Map<String, List<ListenerRule>> rulesByListener = new HashMap<>();
        for (ListenerRule r : doc.all(ListenerRule.class)) {
            rulesByListener.computeIfAbsent(r.listenerId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<CompiledListener>> listenersByLb = new HashMap<>();
        for (Listener l : doc.all(Listener.class)) {
            listenersByLb.computeIfAbsent(l.loadBalancerId(), k -> new ArrayList<>())
                    .add(new CompiledListener(l, rulesByListener.getOrDefault(l.id(), List.of())));
        }
        Map<String, CompiledLoadBalancer> out = new HashMap<>();
        for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
            List<CompiledListener> listeners = new ArrayList<>(listenersByLb.getOrDefault(lb.id(), List.of()));
            listeners.sort(Comparator.comparingInt(CompiledListener::port).thenComparing(l -> l.listener().id()));
            out.put(lb.id(), new CompiledLoadBalancer(lb, nodesByLoadBalancer.getOrDefault(lb.id(), List.of()), listeners));
        }
        return out;
    }

    /**
     * @param primaryByInstance the primary interface of each instance
     * @param inVpc finds the attachment point holding an address in a VPC
     * @param anywhere finds an attachment point holding an address in any VPC (peered targets), or null
     * @param subnetHolding finds the subnet of a VPC holding an address, or null
     * @return target groups by id
     */
    public Map<String, CompiledTargetGroup> targetGroups(Map<String, AttachmentPoint> primaryByInstance,
                                                         BiFunction<String, Ipv4Address, AttachmentPoint> inVpc,
                                                         Function<Ipv4Address, AttachmentPoint> anywhere,
                                                         BiFunction<String, Ipv4Address, CompiledSubnet> subnetHolding) {
        Map<String, CompiledTargetGroup> out = new HashMap<>();
        for (TargetGroup tg : doc.all(TargetGroup.class)) {
            List<ResolvedTarget> targets = new ArrayList<>(tg.targets().size());
            for (TargetRegistration r : tg.targets()) {
                int port = r.port() == 0 ? tg.port() : r.port();
                if (tg.targetType() == TargetGroup.TargetType.INSTANCE) {
                    AttachmentPoint p = primaryByInstance.get(r.targetId());
                    targets.add(p == null ? new ResolvedTarget(r, null, port, null, null)
                            : new ResolvedTarget(r, p.primaryIp(), port, p, p.availabilityZone()));
                } else if (tg.targetType() == TargetGroup.TargetType.IP && Ipv4Address.isValid(r.targetId())) {
                    Ipv4Address ip = Ipv4Address.parse(r.targetId());
                    AttachmentPoint p = inVpc.apply(tg.vpcId(), ip);
                    if (p == null) {
                        p = anywhere.apply(ip);
                    }
                    String zone = "all".equals(r.availabilityZone()) ? null : r.availabilityZone();
                    if (zone == null && !"all".equals(r.availabilityZone())) {
                        CompiledSubnet s = p != null ? p.subnet() : subnetHolding.apply(tg.vpcId(), ip);
                        zone = s == null ? null : s.availabilityZone();
                    }
                    targets.add(new ResolvedTarget(r, ip, port, p, zone));
                } else {
                    targets.add(new ResolvedTarget(r, null, port, null, null));
                }
            }
            out.put(tg.id(), new CompiledTargetGroup(tg, targets));
        }
        return out;
    }
}
