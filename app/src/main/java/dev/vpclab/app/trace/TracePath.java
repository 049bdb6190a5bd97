package dev.vpclab.app.trace;

import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.TraceDirection;
import java.util.ArrayList;
import java.util.List;

/**
 * What the canvas draws for a trace: the elements the request passes (solid), those its reply passes (dashed),
 * and the element where the packet was dropped (red, with a cross). Checks are not stops of the path, except the
 * one that stopped a packet entering somewhere (a subnet's inbound network ACL, an interface's security group):
 * the path then runs into the subnet or the interface it could not enter.
 *
 * @param forward element keys of the request, in order
 * @param back element keys of the reply, in order
 * @param droppedAt the element where the packet was dropped, or null when it got there and back
 */
public record TracePath(List<String> forward, List<String> back, String droppedAt) {

    /** Copies. */
    public TracePath {
        forward = List.copyOf(forward);
        back = List.copyOf(back);
    }

    /**
     * @param rows the event list
     * @return what to draw
     */
    public static TracePath of(List<HopRow> rows) {
        List<String> forward = new ArrayList<>();
        List<String> back = new ArrayList<>();
        String dropped = null;
        for (HopRow r : rows) {
            List<String> path = r.direction() == TraceDirection.FORWARD ? forward : back;
            if (r.blocking()) {
                if (r.device() || entering(r)) {
                    add(path, r.place());
                    dropped = r.place();
                } else {
                    // stuck where it is: it could not leave the last element it reached
                    dropped = path.isEmpty() ? r.place() : path.get(path.size() - 1);
                    add(path, dropped);
                }
            } else if (r.device()) {
                add(path, r.place());
            }
        }
        return new TracePath(forward, back, dropped);
    }

    private static boolean entering(HopRow r) {
        ComponentType t = r.hop().type();
        return (t == ComponentType.NETWORK_ACL || t == ComponentType.SECURITY_GROUP)
                && RuleDirection.of(r.hop()) == TrafficDirection.INBOUND;
    }

    private static void add(List<String> path, String key) {
        if (key != null && (path.isEmpty() || !path.get(path.size() - 1).equals(key))) {
            path.add(key);
        }
    }
}
