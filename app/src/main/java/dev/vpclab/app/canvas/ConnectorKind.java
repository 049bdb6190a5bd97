package dev.vpclab.app.canvas;

/** Kinds of connector the canvas derives from the model, each with its own visibility toggle. */
public enum ConnectorKind {
    /** Subnet → route target (internet gateway, NAT gateway, peering, transit gateway, endpoint, VGW). */
    ROUTE,
    /** Load balancer → target group targets. */
    LOAD_BALANCER,
    /** VPC ↔ VPC peering (through the peering connection), and the links between networks: transit gateway attachments, VPNs. */
    PEERING,
    /** Security-group references between members (off by default). */
    SECURITY_GROUP,
    /** Multi-AZ database primary ↔ standby. */
    REPLICATION
}
