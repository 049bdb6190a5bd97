package dev.vpclab.trace.walk;

import java.util.ArrayList;
import java.util.List;

/** What a whole trace collects over its legs: both hop lists, the first block, and the HTTP outcome. */
final class Outcome {

    final HopRecorder forward = new HopRecorder();
    final HopRecorder back = new HopRecorder();
    final List<String> hints = new ArrayList<>(2);
    Block block;
    Integer httpStatus;
    String target;
    String targetGroupId;
    String redirectLocation;

    /** Appends a finished walk's hops to the list of its direction and keeps its block; returns its arrival. */
    Arrival absorb(Walk w, Arrival arrival, boolean toForward) {
        (toForward ? forward : back).addAll(w.hops);
        if (arrival == null && block == null) {
            block = w.block;
        }
        return arrival;
    }
}
