package dev.vpclab.app.trace;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.TraceDirection;

/**
 * One row of the event list: a hop of the request or of its reply.
 *
 * @param number its place in the list, from 1
 * @param direction the request (forward) or the reply (return)
 * @param hop the hop, with the steps that decided it
 * @param timeMs the simulated time the packet is there, in milliseconds since it left the source
 * @param decision what the component did
 * @param rule the deciding rule as the console names it, or a short account of the step when no rule decided (a
 *     sentence in the bundle, formatted in the UI language)
 * @param blocking true for the hop that stopped the request or its reply
 * @param place the canvas element the hop happens at (an instance, a subnet for its network ACL), or null
 * @param device true when the hop is a stop of the drawn path (a gateway, a load balancer, an instance), false for
 *     a check on the way (network ACL, security group, route table)
 */
public record HopRow(int number, TraceDirection direction, Hop hop, double timeMs, Decision decision, Message rule,
                     boolean blocking, String place, boolean device) {

    /** @return the hop's component id */
    public String component() {
        return hop.component();
    }
}
