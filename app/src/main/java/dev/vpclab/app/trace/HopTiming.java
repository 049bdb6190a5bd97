package dev.vpclab.app.trace;

import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.StepKind;

/**
 * The simulated time a packet spends reaching each hop, for the event list's Time column: an illustrative model
 * of typical in-region latencies (tens of microseconds per check, a quarter of a millisecond for a load balancer
 * to parse a request and pick a target, half a millisecond over a VPN), not a measurement. Packet Tracer shows a
 * similar per-event clock so that people see where time goes.
 */
final class HopTiming {

    private HopTiming() {
    }

    /**
     * @param hop a hop
     * @param first true for the very first hop (the source, at time 0)
     * @return milliseconds from the previous hop to this one
     */
    static double cost(Hop hop, boolean first) {
        if (first) {
            return 0;
        }
        ComponentType t = hop.type();
        switch (t) {
            case INTERNET:
                return 0.05;
            case INTERNET_GATEWAY:
            case NETWORK_INTERFACE:
            case INSTANCE:
            case DB_INSTANCE:
            case VPC_PEERING_CONNECTION:
                return 0.02;
            case NAT_GATEWAY:
            case VPC_ENDPOINT:
                return 0.03;
            case TRANSIT_GATEWAY:
            case TRANSIT_GATEWAY_ATTACHMENT:
                return 0.05;
            case VIRTUAL_PRIVATE_GATEWAY:
            case ON_PREMISES_NETWORK:
                return 0.5;
            case LOAD_BALANCER:
                return hop.steps().stream().anyMatch(s -> s.kind() == StepKind.LISTENER || s.kind() == StepKind.RESPONSE) ? 0.25 : 0.03;
            default:
                return 0.01;
        }
    }
}
