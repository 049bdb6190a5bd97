package dev.vpclab.trace;

import java.util.Locale;

/** What a step checked or did. */
public enum StepKind {
    /** Where the packet starts and with which addresses. */
    SOURCE,
    /** How a name or a load balancer's DNS name became an address. */
    DNS,
    /** Whether the instance or resource is running or available. */
    STATE,
    /** The network interface's source/destination check. */
    SOURCE_DEST_CHECK,
    /** Security-group rules. */
    SECURITY_GROUP,
    /** A security group letting a reply through by connection tracking. */
    CONNECTION_TRACKING,
    /** Network ACL rules. */
    NETWORK_ACL,
    /** Both ends in one subnet: no route table and no network ACL. */
    SAME_SUBNET,
    /** A route table lookup. */
    ROUTE,
    /** A gateway's or peering connection's own conditions. */
    GATEWAY,
    /** Address or port translation. */
    TRANSLATION,
    /** A transit gateway route table lookup. */
    TRANSIT_GATEWAY_ROUTE,
    /** A load balancer listener. */
    LISTENER,
    /** A listener rule. */
    LISTENER_RULE,
    /** Choosing a target group. */
    TARGET_GROUP,
    /** Choosing a target. */
    TARGET,
    /** An answer by the load balancer itself (redirect, fixed response, error). */
    RESPONSE,
    /** The packet is forwarded on by a device. */
    FORWARD,
    /** The packet arrives. */
    DELIVER;

    /** @return the name written in JSON, e.g. "network-acl" */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
