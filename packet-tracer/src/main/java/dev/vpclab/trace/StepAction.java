package dev.vpclab.trace;

/** What a step did with the packet. */
public enum StepAction {
    /** A rule let it through. */
    ALLOW,
    /** A rule or condition stopped it. */
    DENY,
    /** It was sent on. */
    FORWARD,
    /** Its addresses or ports were rewritten. */
    TRANSLATE,
    /** It arrived. */
    DELIVER,
    /** It was dropped without a rule (no route, blackhole, bad state). */
    DROP
}
