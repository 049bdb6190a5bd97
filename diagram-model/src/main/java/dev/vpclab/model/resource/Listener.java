package dev.vpclab.model.resource;

import java.util.List;

/**
 * A listener of a load balancer: a protocol and port, and the default actions taken when no rule matches.
 *
 * @param id the listener ARN or a short id
 * @param name Name tag
 * @param loadBalancerId its load balancer
 * @param protocol HTTP, HTTPS (ALB); TCP, TLS, UDP, TCP_UDP (NLB)
 * @param port 1–65535
 * @param defaultActions the default rule's actions
 */
public record Listener(String id, String name, String loadBalancerId, ListenerProtocol protocol, int port,
                       List<ListenerAction> defaultActions) implements Resource {

    /** Listener and target protocols. */
    public enum ListenerProtocol { HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE }

    /** Validates. */
    public Listener {
        Req.id(id, "Listener");
        name = Req.name(name);
        Req.ref(loadBalancerId, "the listener's load balancer");
        protocol = Req.nonNull(protocol, ListenerProtocol.HTTP);
        Req.range(port, 1, 65535, "listener port");
        defaultActions = Req.list(defaultActions);
    }
}
