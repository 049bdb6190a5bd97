package dev.vpclab.sim;

import dev.vpclab.engine.AttachmentKind;
import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.engine.lb.CompiledListener;
import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.engine.lb.CompiledTargetGroup;
import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.engine.lb.ResolvedTarget;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.ListenerRule;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.trace.Endpoint;
import dev.vpclab.trace.EndpointException;
import dev.vpclab.trace.EndpointKind;
import dev.vpclab.trace.Endpoints;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds the {@link World} of a run from a document and a scenario: who sends (the internet population or one
 * source), where to (a load balancer with the listener the clients use, or one instance), the hosts, the target
 * groups and their registrations, the listener's decision for each kind of request, the database, and the initial
 * path decisions and target health. Bad names become a {@link ScenarioException}.
 */
final class WorldBuilder {

    private WorldBuilder() {
    }

    /**
     * @param doc the document
     * @param sc the scenario
     * @return the world at time 0
     * @throws ScenarioException when the scenario names something the document does not have
     */
    static World build(Document doc, Scenario sc) {
        Network net = NetworkCompiler.compile(doc);
        Endpoint source = source(net, sc.from());
        Endpoint destination = destination(net, doc, sc.to());
        TreeSet<String> zones = new TreeSet<>();
        for (Subnet s : doc.all(Subnet.class)) {
            zones.add(s.availabilityZoneId());
        }
        World w = new World(sc, doc, net, new ArrayList<>(zones), destination.label());
        w.source = source;
        hosts(w);
        if (destination.kind() == EndpointKind.LOAD_BALANCER) {
            LoadBalancers.build(w, destination.loadBalancer(), sc.port());
        } else {
            w.direct = w.hostById.get(destination.attachment().ownerId());
            w.directPort = sc.port() > 0 ? sc.port() : 80;
        }
        w.clients = new ClientPopulation(sc.workload().clients(), source);
        if (w.lb != null) {
            w.clients.sizeSticky(w.lb.forwards.size(), w.lb.groups.size());
            LoadBalancers.routes(w);
        }
        Databases.choose(w);
        ScalingSetup.groups(w);
        ScalingSetup.alarms(w);
        PathDecisions.refresh(w);
        Databases.settle(w);
        return w;
    }

    private static Endpoint source(Network net, String from) {
        if (from == null || from.isBlank() || from.equalsIgnoreCase("internet")) {
            return null;
        }
        Endpoint e;
        try {
            e = Endpoints.resolve(net, from);
        } catch (EndpointException ex) {
            throw new ScenarioException(Message.of("sim.error.from.unknown", ex.message()));
        }
        if (e.kind() != EndpointKind.INTERNET && e.kind() != EndpointKind.INTERFACE && e.kind() != EndpointKind.ON_PREMISES) {
            throw new ScenarioException(Message.of("sim.error.from.cannotSend", from));
        }
        return e;
    }

    private static Endpoint destination(Network net, Document doc, String to) {
        if (to == null || to.isBlank()) {
            List<LoadBalancer> all = doc.all(LoadBalancer.class);
            for (LoadBalancer lb : all) {
                if (lb.scheme() == LoadBalancer.Scheme.INTERNET_FACING) {
                    return Endpoint.of(net.loadBalancer(lb.id()));
                }
            }
            if (!all.isEmpty()) {
                return Endpoint.of(net.loadBalancer(all.get(0).id()));
            }
            // No load balancer: a single server with a public address (the web-server sample) is the obvious target.
            Endpoint only = null;
            for (Instance i : doc.all(Instance.class)) {
                dev.vpclab.engine.AttachmentPoint p = i.state() == Instance.State.TERMINATED ? null : net.primaryInterface(i.id());
                if (p != null && p.publicIpFor(p.primaryIp()) != null) {
                    if (only != null) {
                        only = null;
                        break;
                    }
                    only = Endpoint.of(p);
                }
            }
            if (only != null) {
                return only;
            }
            throw new ScenarioException(Message.of("sim.error.to.none"));
        }
        Endpoint e;
        try {
            e = Endpoints.resolve(net, to);
        } catch (EndpointException ex) {
            throw new ScenarioException(Message.of("sim.error.to.unknown", ex.message()));
        }
        if (e.kind() == EndpointKind.LOAD_BALANCER) {
            return e;
        }
        if (e.kind() == EndpointKind.INTERFACE && e.attachment().kind() == AttachmentKind.INSTANCE) {
            return e;
        }
        throw new ScenarioException(Message.of("sim.error.to.cannotReceive", to));
    }

    private static void hosts(World w) {
        Workload wl = w.workload;
        for (Instance i : w.doc.all(Instance.class)) {
            if (i.state() == Instance.State.TERMINATED) {
                continue;
            }
            Host h = new Host(w.hosts.size(), i.id(), i.id(), i.instanceType(), i.state(), -3600 + w.hosts.size(),
                    i.state() == Instance.State.RUNNING ? 0 : wl.bootSeconds());
            Subnet s = w.doc.get(i.subnetId(), Subnet.class);
            h.subnetId = i.subnetId();
            h.zone = s == null ? "" : s.availabilityZoneId();
            h.attachmentId = w.doc.primaryInterface(i.id()).map(NetworkInterface::id).orElse(null);
            h.groupId = i.autoScalingGroupId();
            h.detailedMonitoring = wl.monitoring() == Workload.Monitoring.DETAILED
                    || (wl.monitoring() == Workload.Monitoring.AUTO && h.groupId != null);
            if (h.groupId != null && i.state() == Instance.State.RUNNING) {
                h.inService = true;
                h.inServiceAt = -3600;
            }
            w.addHost(h);
        }
    }

    /**
     * Registers a host with a target group of the simulated load balancer.
     *
     * @param w the world
     * @param tg the group
     * @param h the host
     * @param now the time
     * @param state its first state
     * @return the new registration
     */
    static TargetSlot addSlot(World w, TargetGroupModel tg, Host h, long now, TargetHealth state) {
        Ipv4Address address = null;
        if (h.instanceId != null) {
            address = w.doc.primaryInterface(h.instanceId).map(e -> e.privateIps().get(0)).orElse(null);
        } else if (Ipv4Address.isValid(h.id)) {
            address = Ipv4Address.parse(h.id);
        }
        int port = tg.group.port();
        int hcPort = tg.group.healthCheck().port() == 0 ? port : tg.group.healthCheck().port();
        int zone = w.zone(h.zone);
        boolean enabled = zone >= 0 && w.lb.zoneEnabled[zone];
        TargetSlot s = new TargetSlot(tg.slots.size(), tg, h, address, port, hcPort, Math.max(0, zone), enabled ? state : TargetHealth.UNUSED);
        if (!enabled) {
            s.reason = dev.vpclab.model.i18n.Message.of("sim.target.reason.zoneNotEnabled", h.zone);
        }
        int interval = tg.group.healthCheck().intervalSeconds();
        s.nextCheck = now + 1 + (s.index * 7L) % interval;
        tg.slots.add(s);
        tg.dirty = true;
        w.networkDirty = true;
        return s;
    }

    /** Load balancer setup: listener, forward actions, target groups and registrations, and the listener's decisions. */
    static final class LoadBalancers {
        private LoadBalancers() {
        }

        static void build(World w, CompiledLoadBalancer compiled, int port) {
            CompiledListener listener = listener(compiled, port);
            int[] nodeZone = new int[compiled.nodes().size()];
            String[] names = new String[nodeZone.length];
            for (int n = 0; n < nodeZone.length; n++) {
                names[n] = compiled.nodes().get(n).availabilityZone();
                nodeZone[n] = w.zone(names[n]);
            }
            LoadBalancerModel lb = new LoadBalancerModel(compiled, listener, nodeZone, names, w.zones.size());
            w.lb = lb;
            if (compiled.nodes().isEmpty()) {
                w.note("sim.note.noNodes", compiled.label());
            }
            if (listener == null) {
                w.note("sim.note.noListener", compiled.label());
            } else {
                List<ListenerAction> finals = new ArrayList<>();
                if (lb.alb) {
                    for (ListenerRule r : listener.rules()) {
                        finals.add(listener.finalAction(r));
                    }
                }
                finals.add(listener.finalAction(null));
                for (ListenerAction a : finals) {
                    if (a instanceof ListenerAction.Forward f) {
                        forward(w, lb, f);
                    }
                }
            }
            lb.counters = new LbCounters(lb, lb.groups.size(), lb.nodes.length);
        }

        private static CompiledListener listener(CompiledLoadBalancer lb, int port) {
            if (port > 0) {
                CompiledListener l = lb.listenerOn(port);
                if (l == null) {
                    List<String> ports = new ArrayList<>();
                    lb.listeners().forEach(x -> ports.add(String.valueOf(x.port())));
                    throw new ScenarioException(Message.of("sim.error.port.noListener", lb.label(), String.valueOf(port),
                            ports.isEmpty() ? Message.of("sim.error.port.none") : String.join(", ", ports)));
                }
                return l;
            }
            CompiledListener best = null;
            int bestRank = -1;
            for (CompiledListener l : lb.listeners()) {
                int rank = (l.finalAction(null) instanceof ListenerAction.Forward || !l.rules().isEmpty() ? 2 : 0)
                        + (l.listener().protocol() == dev.vpclab.model.resource.Listener.ListenerProtocol.HTTPS ? 1 : 0);
                if (rank > bestRank) {
                    best = l;
                    bestRank = rank;
                }
            }
            return best;
        }

        private static void forward(World w, LoadBalancerModel lb, ListenerAction.Forward f) {
            for (ForwardModel existing : lb.forwards) {
                if (existing.groups.length == f.targetGroups().size() && same(existing, f)) {
                    return;
                }
            }
            List<TargetGroupModel> groups = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            for (ListenerAction.WeightedTargetGroup wtg : f.targetGroups()) {
                CompiledTargetGroup ctg = w.net.targetGroup(wtg.targetGroupId());
                if (ctg == null) {
                    w.note("sim.note.missingTargetGroup", wtg.targetGroupId());
                    continue;
                }
                groups.add(group(w, lb, ctg));
                weights.add(wtg.weight());
            }
            if (groups.isEmpty()) {
                return;
            }
            int[] wts = weights.stream().mapToInt(Integer::intValue).toArray();
            lb.forwards.add(new ForwardModel(lb.forwards.size(), groups.toArray(new TargetGroupModel[0]), wts, f.stickinessSeconds()));
        }

        private static boolean same(ForwardModel m, ListenerAction.Forward f) {
            for (int i = 0; i < m.groups.length; i++) {
                if (!m.groups[i].group.id().equals(f.targetGroups().get(i).targetGroupId())) {
                    return false;
                }
            }
            return true;
        }

        private static TargetGroupModel group(World w, LoadBalancerModel lb, CompiledTargetGroup ctg) {
            for (TargetGroupModel g : lb.groups) {
                if (g.group.id().equals(ctg.id())) {
                    return g;
                }
            }
            TargetGroupModel g = new TargetGroupModel(lb.groups.size(), ctg, ctg.crossZone(lb.lb), ctg.preservesClientIp(lb.lb));
            lb.groups.add(g);
            var st = g.attributes().stickiness();
            if (!g.crossZone && (st == dev.vpclab.model.resource.TargetGroupAttributes.Stickiness.LB_COOKIE
                    || st == dev.vpclab.model.resource.TargetGroupAttributes.Stickiness.APP_COOKIE)) {
                w.note("sim.note.stickinessCrossZoneOff", g.group.label());
            }
            for (ResolvedTarget t : ctg.targets()) {
                Host h = host(w, t);
                if (h == null) {
                    w.note("sim.note.missingTarget", t.targetId(), g.group.label());
                    continue;
                }
                TargetSlot s = addSlot(w, g, h, 0, TargetHealth.INITIAL);
                if (t.reportedHealth() != null && t.reportedHealth() != TargetHealth.INITIAL && s.state != TargetHealth.UNUSED) {
                    s.state = t.reportedHealth();
                }
            }
            return g;
        }

        private static Host host(World w, ResolvedTarget t) {
            if (!t.exists()) {
                return null;
            }
            Host h = w.hostById.get(t.targetId());
            if (h != null) {
                return h;
            }
            AttachmentPoint p = t.attachment();
            if (p != null && p.kind() == AttachmentKind.INSTANCE) {
                return w.hostById.get(p.ownerId());
            }
            String ip = t.address().toString();
            h = w.hostById.get(ip);
            if (h == null) {
                h = new Host(w.hosts.size(), ip, null, "m5.large", Instance.State.RUNNING, -3600, 0);
                h.zone = t.availabilityZone() == null ? (w.zones.isEmpty() ? "" : w.zones.get(0)) : t.availabilityZone();
                w.addHost(h);
            }
            return h;
        }

        /** The listener's decision for each client address group and kind of request, from the routing engine's rule matching. */
        static void routes(World w) {
            LoadBalancerModel lb = w.lb;
            List<RequestMix.Entry> mix = w.scenario.mix().entries();
            ClientPopulation clients = w.clients;
            lb.routes = new RouteDecision[clients.groups * mix.size()];
            String dns = lb.lb.dnsName().isBlank() ? null : lb.lb.dnsName();
            for (int g = 0; g < clients.groups; g++) {
                Ipv4Address from = clients.groupEndpoints[g].address() == null ? Endpoint.INTERNET_CLIENT : clients.groupEndpoints[g].address();
                for (int m = 0; m < mix.size(); m++) {
                    RequestMix.Entry e = mix.get(m);
                    ListenerAction a = null;
                    if (lb.listener != null) {
                        ListenerRule rule = lb.alb ? lb.listener.matchingRule(HttpRequest.of(e.host() == null ? dns : e.host(), e.path(), "GET"), from)
                                : null;
                        a = lb.listener.finalAction(rule);
                    }
                    lb.routes[g * mix.size() + m] = decision(lb, a);
                }
            }
        }

        private static RouteDecision decision(LoadBalancerModel lb, ListenerAction a) {
            if (a instanceof ListenerAction.Forward f) {
                for (ForwardModel m : lb.forwards) {
                    if (m.groups.length == f.targetGroups().size() && same(m, f)) {
                        return new RouteDecision(RouteDecision.Kind.FORWARD, 0, m.index);
                    }
                }
                return new RouteDecision(RouteDecision.Kind.FORWARD, 0, -1);
            }
            if (a instanceof ListenerAction.Redirect r) {
                return new RouteDecision(RouteDecision.Kind.REDIRECT, r.statusCode(), 0);
            }
            if (a instanceof ListenerAction.FixedResponse f) {
                return new RouteDecision(RouteDecision.Kind.FIXED, f.statusCode(), 0);
            }
            return new RouteDecision(RouteDecision.Kind.FIXED, 503, 0);
        }
    }
}
