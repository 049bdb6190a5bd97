package dev.vpclab.trace;

/**
 * The component that stopped a request or its reply.
 *
 * @param id its id
 * @param type its kind
 * @param direction whether it stopped the request (forward) or the reply (return)
 * @param rule the deciding rule as the console shows it, e.g. "acl-1 outbound rule *: DENY all to 0.0.0.0/0"
 */
public record BlockingComponent(String id, ComponentType type, TraceDirection direction, String rule) {
}
