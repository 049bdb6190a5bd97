package dev.vpclab.engine.lb;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.model.resource.LoadBalancer;
import java.util.List;

/**
 * A load balancer with one node per enabled subnet (sorted by zone name) and its listeners by port.
 */
public final class CompiledLoadBalancer {

    private final LoadBalancer lb;
    private final List<AttachmentPoint> nodes;
    private final List<CompiledListener> listeners;

    /**
     * @param lb the load balancer
     * @param nodes its nodes, sorted by zone name
     * @param listeners its listeners, sorted by port
     */
    public CompiledLoadBalancer(LoadBalancer lb, List<AttachmentPoint> nodes, List<CompiledListener> listeners) {
        this.lb = lb;
        this.nodes = List.copyOf(nodes);
        this.listeners = List.copyOf(listeners);
    }

    /** @return the load balancer */
    public LoadBalancer loadBalancer() {
        return lb;
    }

    /** @return its id (ARN) */
    public String id() {
        return lb.id();
    }

    /** @return its nodes, sorted by zone name */
    public List<AttachmentPoint> nodes() {
        return nodes;
    }

    /** @return its listeners, sorted by port */
    public List<CompiledListener> listeners() {
        return listeners;
    }

    /**
     * The node a client's DNS lookup picks, deterministically: the node in the client's zone, else the first
     * enabled zone by name.
     *
     * @param zone the client's zone, or null for a client outside AWS
     * @return the node, or null when the load balancer has no enabled subnet
     */
    public AttachmentPoint nodeFor(String zone) {
        if (zone != null) {
            for (AttachmentPoint n : nodes) {
                if (zone.equals(n.availabilityZone())) {
                    return n;
                }
            }
        }
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /**
     * @param port a destination port
     * @return the listener on that port, or null
     */
    public CompiledListener listenerOn(int port) {
        for (CompiledListener l : listeners) {
            if (l.port() == port) {
                return l;
            }
        }
        return null;
    }

    /** @return the name */
    public String label() {
        return lb.name().isBlank() ? lb.id() : lb.name();
    }

    @Override
    public String toString() {
        return lb.id();
    }
}
