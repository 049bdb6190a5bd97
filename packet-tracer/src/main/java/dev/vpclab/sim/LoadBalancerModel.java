package dev.vpclab.sim;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.lb.CompiledListener;
import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer at run time: one node per enabled zone, which of them DNS hands out, the listener the clients
 * use with its rules decided per kind of request, the forward actions and target groups behind it, and its
 * counters. DNS returns the nodes of enabled zones that are up; with cross-zone load balancing off, a zone whose
 * targets are all unhealthy is withdrawn while another zone has healthy targets
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/disable-cross-zone.html">cross-zone
 * load balancing</a>).
 */
final class LoadBalancerModel {

    final CompiledLoadBalancer compiled;
    final LoadBalancer lb;
    final boolean alb;
    final String dimension;
    final String namespace;
    final AttachmentPoint[] nodes;
    final int[] nodeZone;
    final String[] zoneNames;
    final boolean[] nodeUp;
    final boolean[] zoneEnabled;
    final int[] dns;
    int dnsCount;
    final CompiledListener listener;
    final List<TargetGroupModel> groups = new ArrayList<>();
    final List<ForwardModel> forwards = new ArrayList<>();
    RouteDecision[] routes = new RouteDecision[0];
    boolean[][] clientOk = new boolean[0][];
    LbCounters counters;

    LoadBalancerModel(CompiledLoadBalancer compiled, CompiledListener listener, int[] nodeZone, String[] zoneNames, int zones) {
        this.compiled = compiled;
        this.lb = compiled.loadBalancer();
        this.alb = lb.isApplication();
        this.dimension = MetricNames.dimension(lb);
        this.namespace = alb ? MetricNames.ALB : MetricNames.NLB;
        this.nodes = compiled.nodes().toArray(new AttachmentPoint[0]);
        this.nodeZone = nodeZone;
        this.zoneNames = zoneNames;
        this.nodeUp = new boolean[nodes.length];
        java.util.Arrays.fill(nodeUp, true);
        this.zoneEnabled = new boolean[zones];
        for (int z : nodeZone) {
            zoneEnabled[z] = true;
        }
        this.dns = new int[nodes.length];
        this.listener = listener;
    }

    /** @return the listener port, or 0 without a listener */
    int port() {
        return listener == null ? 0 : listener.port();
    }

    /**
     * @param node a node
     * @return its zone's name
     */
    String zoneName(int node) {
        return zoneNames[node];
    }

    /**
     * @param route the route decision index (client group × request kind)
     * @return what the listener does
     */
    RouteDecision route(int route) {
        return routes[route];
    }

    /**
     * Recomputes the nodes DNS hands out: the nodes that are up, less — with cross-zone off — those whose zone has
     * registered targets that are all unhealthy, while another node's zone has a healthy one. A zone with no
     * registered target keeps its node, which answers 503.
     */
    void refreshDns() {
        boolean crossZoneOff = !groups.isEmpty();
        for (TargetGroupModel g : groups) {
            crossZoneOff &= !g.crossZone;
        }
        boolean[] serving = new boolean[nodes.length];
        boolean anyServing = false;
        for (int n = 0; n < nodes.length; n++) {
            serving[n] = true;
            for (TargetGroupModel g : groups) {
                int zone = nodeZone[n];
                boolean registered = false;
                for (TargetSlot s : g.slots) {
                    registered |= s.candidate() && s.zone == zone;
                }
                serving[n] &= !registered || g.count(zone, TargetHealth.HEALTHY) > 0;
            }
            anyServing |= nodeUp[n] && serving[n];
        }
        dnsCount = 0;
        for (int n = 0; n < nodes.length; n++) {
            if (nodeUp[n] && (!crossZoneOff || !anyServing || serving[n])) {
                dns[dnsCount++] = n;
            }
        }
    }

    /** Rebuilds the routing of every target group whose targets changed. */
    void rebuildRouting(long now, boolean force) {
        for (TargetGroupModel g : groups) {
            if (force || g.dirty || g.slowStarting) {
                g.rebuild(now, nodeZone, zoneEnabled);
            }
        }
        refreshDns();
    }

    /** @return the name people read */
    String label() {
        return compiled.label();
    }
}
