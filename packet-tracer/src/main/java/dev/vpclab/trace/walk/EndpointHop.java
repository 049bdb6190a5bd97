package dev.vpclab.trace.walk;

import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.ExplanationCodes;
import dev.vpclab.trace.StepAction;
import dev.vpclab.trace.StepKind;

/**
 * A gateway endpoint (S3, DynamoDB): reached through its prefix-list route, for TCP and ICMP echo only, from
 * sources in its own VPC only
 * (<a href="https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html">gateway endpoints</a>).
 * Interface endpoints are attachment points and go through {@link InterfaceHop}.
 */
final class EndpointHop {

    private EndpointHop() {
    }

    static Arrival gateway(Walk w, String endpointId, CompiledVpc vpc) {
        VpcEndpoint e = w.net.document().get(endpointId, VpcEndpoint.class);
        int p = w.packet.protocolNumber();
        boolean echo = p == 1 && w.packet.icmp() != null && (w.packet.icmp().type() == 8 || w.packet.icmp().type() == 0);
        if (p != 6 && !echo) {
            return w.fail(ExplanationCodes.VPCE_GATEWAY_PROTOCOL_RESTRICTION, endpointId, ComponentType.VPC_ENDPOINT, e.label(),
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.gatewayEndpointProtocol", endpointId, w.packet.protocol().toString()),
                    null);
        }
        if (vpc.attachmentAt(w.packet.source()) == null) {
            return w.fail(ExplanationCodes.VPCE_GATEWAY_EGRESS_SOURCE_ADDRESS_RESTRICTION, endpointId, ComponentType.VPC_ENDPOINT, e.label(),
                    StepKind.GATEWAY, null, () -> Msg.of("trace.explain.gatewayEndpointSource", endpointId, w.packet.source().toString()),
                    null);
        }
        w.step(endpointId, ComponentType.VPC_ENDPOINT, e.label(), StepKind.DELIVER, null, StepAction.DELIVER, "trace.step.vpce.gateway",
                endpointId, e.serviceName(), w.packet.destination().toString());
        return new Arrival(Arrival.Kind.AWS_SERVICE, null, endpointId, vpc.id(), w.packet);
    }

    /** The service's reply, back through the endpoint into the VPC. */
    static Arrival reply(Walk w, String endpointId, String vpcId) {
        VpcEndpoint e = w.net.document().get(endpointId, VpcEndpoint.class);
        CompiledVpc vpc = w.net.vpc(vpcId);
        w.step(endpointId, ComponentType.VPC_ENDPOINT, e.label(), StepKind.SOURCE, null, StepAction.FORWARD, "trace.step.vpce.reply",
                endpointId, e.serviceName(), vpcId);
        return PacketWalker.deliverInVpc(w, vpc, null);
    }
}
