package dev.vpclab.engine;

/** What owns an attachment point (a network interface in a subnet). */
public enum AttachmentKind {
    /** An EC2 instance's network interface. */
    INSTANCE,
    /** A NAT gateway's interface. */
    NAT_GATEWAY,
    /** A load balancer node in one enabled subnet. */
    LOAD_BALANCER_NODE,
    /** An interface endpoint's interface in one subnet. */
    VPC_ENDPOINT,
    /** The primary of an RDS DB instance. */
    DB_INSTANCE,
    /** A network interface attached to no instance (a Lambda, an appliance, a service). */
    STANDALONE_ENI
}
