package dev.vpclab.trace;

/** What a trace's source or destination is. */
public enum EndpointKind {
    /** Something with a network interface: an instance, an ENI, a DB instance, an interface endpoint, a NAT gateway. */
    INTERFACE,
    /** A load balancer, reached through one of its nodes. */
    LOAD_BALANCER,
    /** A host on the internet. */
    INTERNET,
    /** A host in an on-premises network behind a VPN. */
    ON_PREMISES,
    /** An address inside a VPC that nothing holds. */
    VPC_ADDRESS,
    /** An AWS service by name, resolved from the source's VPC (private DNS of an interface endpoint, or a prefix list). */
    SERVICE
}
