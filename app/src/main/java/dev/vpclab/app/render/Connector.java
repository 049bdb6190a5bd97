package dev.vpclab.app.render;

import dev.vpclab.app.canvas.ConnectorKind;

/**
 * A line the diagram derives from the model (never drawn by hand): a route from a subnet to its target, a load
 * balancer to a target, a peering, a replication, a security-group reference.
 *
 * @param kind what it shows (each kind can be hidden)
 * @param from the element key it starts at
 * @param to the element key it ends at
 * @param label text at its middle ("0.0.0.0/0", "HTTP 8080"), or ""
 * @param directed drawn with an arrowhead at {@code to}
 */
public record Connector(ConnectorKind kind, String from, String to, String label, boolean directed) {
}
