package dev.vpclab.model.net;

/** Which way a rule filters, seen from the subnet or network interface it protects. */
public enum TrafficDirection {
    /** Entering (AWS "ingress"). */
    INBOUND,
    /** Leaving (AWS "egress"). */
    OUTBOUND
}
