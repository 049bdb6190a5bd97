package dev.vpclab.sim;

/**
 * What a listener does with one kind of request, decided once by the routing engine's rule matching: forward to
 * one of the load balancer's forward actions, or answer itself (fixed response, redirect).
 *
 * @param kind forward, fixed response or redirect
 * @param status the status of a fixed response or redirect
 * @param forward the forward action's index, for {@link Kind#FORWARD}
 */
record RouteDecision(Kind kind, int status, int forward) {

    /** What the listener does. */
    enum Kind { FORWARD, FIXED, REDIRECT }
}
