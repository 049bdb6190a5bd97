package dev.vpclab.model.net;

/** What a network ACL rule does with a packet that matches it. */
public enum RuleAction {
    /** Let it through. */
    ALLOW,
    /** Drop it. */
    DENY
}
