package dev.vpclab.sim;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.Packet;
import dev.vpclab.engine.acl.CompiledNetworkAcl;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.trace.Endpoint;
import dev.vpclab.trace.EndpointKind;
import dev.vpclab.trace.Endpoints;
import dev.vpclab.trace.TraceRequest;
import dev.vpclab.trace.Tracer;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides, with the {@link Tracer}, whether each class of path works — client to load balancer node, node to each
 * target on the traffic port and on the health-check port, target to database, client to an instance — once at the
 * start and again whenever the network changes. The request loop then only reads these answers: a blocked path
 * shows up as failed requests (a 504 when the node cannot reach a target or its reply is dropped), never as a
 * silent success.
 *
 * <p>With NLB client IP preservation the target sees the client's address; the tracer's public API starts a trace
 * from an interface's own address only, so the client-address leg is decided here from the compiled target
 * security groups and network ACL (inbound from the client, the reply outbound to it) on top of the traced
 * node-to-target leg (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html#client-ip-preservation">client
 * IP preservation</a>).
 */
final class PathDecisions {

    /** The port a load balancer node connects from (any of 1024–65535 on AWS). */
    static final int NODE_SOURCE_PORT = 40000;

    private final World w;
    private final Network net;
    private final Tracer tracer;
    private final Map<String, Boolean> cache = new HashMap<>();

    private PathDecisions(World w) {
        this.w = w;
        this.net = w.net;
        this.tracer = new Tracer(net);
    }

    /**
     * Traces every path class of the world's current network and stores the answers in the models.
     *
     * @param w the world
     */
    static void refresh(World w) {
        new PathDecisions(w).run();
    }

    private void run() {
        ClientPopulation clients = w.clients;
        LoadBalancerModel lb = w.lb;
        if (lb != null) {
            Protocol protocol = protocol(lb.listener == null ? null : lb.listener.listener().protocol());
            lb.clientOk = new boolean[clients.groups][lb.nodes.length];
            for (int g = 0; g < clients.groups; g++) {
                for (int n = 0; n < lb.nodes.length; n++) {
                    lb.clientOk[g][n] = lb.listener != null && clientToNode(clients.groupEndpoints[g], clients.groupPorts[g], lb.nodes[n],
                            lb.port(), protocol);
                }
            }
            for (TargetGroupModel tg : lb.groups) {
                Protocol tp = protocol(tg.group.protocol());
                for (TargetSlot s : tg.slots) {
                    s.trafficOk = new boolean[lb.nodes.length];
                    s.healthOk = new boolean[lb.nodes.length];
                    for (int n = 0; n < lb.nodes.length; n++) {
                        s.trafficOk[n] = nodeToTarget(lb.nodes[n], s, s.port, tp);
                        s.healthOk[n] = s.healthPort == s.port && tp == Protocol.TCP ? s.trafficOk[n]
                                : nodeToTarget(lb.nodes[n], s, s.healthPort, Protocol.TCP);
                    }
                    s.preservedOk = tg.preserveClientIp ? preserved(s, clients, lb, tp) : null;
                }
            }
        }
        if (w.direct != null) {
            w.directOk = new boolean[clients.groups];
            AttachmentPoint p = net.primaryInterface(w.direct.instanceId);
            for (int g = 0; g < clients.groups; g++) {
                w.directOk[g] = p != null && verdict("d|" + g + "|" + p.id(), new TraceRequest(clients.groupEndpoints[g], Endpoint.of(p),
                        Protocol.TCP, w.directPort, clients.groupPorts[g], null, null));
            }
        }
        for (Host h : w.hosts) {
            h.dbOk = w.db != null && h.instanceId != null && toDatabase(h);
        }
    }

    private boolean clientToNode(Endpoint client, int clientPort, AttachmentPoint node, int port, Protocol protocol) {
        Ipv4Address address = client.kind() == EndpointKind.INTERNET ? node.publicIp() : node.primaryIp();
        if (address == null) {
            return false;
        }
        Endpoint dst = new Endpoint(EndpointKind.INTERFACE, node.ownerId(), node.label(), address, node, null, null, node.vpcId(), 0);
        return verdict("c|" + client.id() + "|" + client.address() + "|" + node.id() + "|" + port,
                new TraceRequest(client, dst, protocol, port, clientPort, null, null));
    }

    private boolean nodeToTarget(AttachmentPoint node, TargetSlot s, int port, Protocol protocol) {
        if (s.address == null) {
            return false;
        }
        Endpoint dst = targetEndpoint(s);
        if (dst == null) {
            return false;
        }
        return verdict("t|" + node.id() + "|" + s.address + "|" + port + "|" + protocol,
                new TraceRequest(Endpoint.of(node), dst, protocol, port, NODE_SOURCE_PORT, null, null));
    }

    private Endpoint targetEndpoint(TargetSlot s) {
        AttachmentPoint p = s.host.instanceId != null ? net.primaryInterface(s.host.instanceId) : null;
        if (p != null) {
            return new Endpoint(EndpointKind.INTERFACE, p.ownerId(), p.label(), s.address, p, null, null, p.vpcId(), 0);
        }
        try {
            return Endpoints.resolve(net, s.address.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean[][] preserved(TargetSlot s, ClientPopulation clients, LoadBalancerModel lb, Protocol protocol) {
        boolean[][] ok = new boolean[clients.groups][lb.nodes.length];
        AttachmentPoint target = s.host.instanceId != null ? net.primaryInterface(s.host.instanceId) : null;
        for (int g = 0; g < clients.groups; g++) {
            Ipv4Address client = clients.groupEndpoints[g].address();
            for (int n = 0; n < lb.nodes.length; n++) {
                ok[g][n] = s.trafficOk[n] && target != null && client != null
                        && admits(target, lb.nodes[n], new Packet(protocol, client, clients.groupPorts[g], s.address, s.port, null));
            }
        }
        return ok;
    }

    /** The target's groups admit the client's packet, and its subnet's ACL lets it in and the reply out. */
    private boolean admits(AttachmentPoint target, AttachmentPoint node, Packet in) {
        if (target.hasSecurityGroups() && target.securityGroups().evaluate(TrafficDirection.INBOUND, in, target.vpcId(), net) == null) {
            return false;
        }
        CompiledSubnet subnet = target.subnet();
        if (subnet.id().equals(node.subnet().id()) || subnet.networkAcl() == null) {
            return true;
        }
        CompiledNetworkAcl acl = subnet.networkAcl();
        return acl.allows(TrafficDirection.INBOUND, acl.evaluate(TrafficDirection.INBOUND, in))
                && acl.allows(TrafficDirection.OUTBOUND, acl.evaluate(TrafficDirection.OUTBOUND, in.reversed()));
    }

    private boolean toDatabase(Host h) {
        AttachmentPoint p = net.primaryInterface(h.instanceId);
        if (p == null) {
            return false;
        }
        Endpoint dst;
        try {
            dst = Endpoints.resolve(net, w.db.id());
        } catch (RuntimeException e) {
            return false;
        }
        return verdict("db|" + p.id() + "|" + dst.address(), new TraceRequest(Endpoint.of(p), dst, Protocol.TCP, w.db.db.port(), 49152, null, null));
    }

    private boolean verdict(String key, TraceRequest request) {
        Boolean known = cache.get(key);
        if (known != null) {
            return known;
        }
        boolean ok;
        try {
            ok = tracer.reachable(request);
        } catch (RuntimeException e) {
            ok = false;
        }
        cache.put(key, ok);
        return ok;
    }

    private static Protocol protocol(Listener.ListenerProtocol p) {
        return p == Listener.ListenerProtocol.UDP ? Protocol.UDP : Protocol.TCP;
    }
}
