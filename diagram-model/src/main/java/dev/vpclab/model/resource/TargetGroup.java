package dev.vpclab.model.resource;

import java.util.List;

/**
 * A target group: registered targets (instances or addresses) with a protocol and port, a health check and
 * routing attributes. An Auto Scaling group may register its instances here by itself.
 *
 * @param id the ARN or a short id
 * @param name the target group name
 * @param vpcId its VPC
 * @param targetType instance, ip or lambda
 * @param protocol HTTP/HTTPS (ALB), TCP/TLS/UDP/TCP_UDP (NLB)
 * @param port the traffic port
 * @param healthCheck the health check
 * @param attributes routing attributes
 * @param targets registered targets
 */
public record TargetGroup(String id, String name, String vpcId, TargetType targetType, Listener.ListenerProtocol protocol,
                          int port, HealthCheck healthCheck, TargetGroupAttributes attributes,
                          List<TargetRegistration> targets) implements Resource {

    /** Target types. */
    public enum TargetType { INSTANCE, IP, LAMBDA }

    /** Validates. */
    public TargetGroup {
        Req.id(id, "Target group");
        name = Req.name(name);
        Req.ref(vpcId, "the target group's VPC");
        targetType = Req.nonNull(targetType, TargetType.INSTANCE);
        protocol = Req.nonNull(protocol, Listener.ListenerProtocol.HTTP);
        Req.range(port, 1, 65535, "target group port");
        healthCheck = Req.nonNull(healthCheck, HealthCheck.DEFAULT);
        attributes = Req.nonNull(attributes, TargetGroupAttributes.DEFAULT);
        targets = Req.list(targets);
    }
}
