/**
 * How the tracer walks a packet through a compiled network, one hop kind per class (subnet boundaries,
 * interfaces, gateways, NAT, peering, transit gateways, endpoints, load balancers, the return path). Not API:
 * use {@link dev.vpclab.trace.Tracer}.
 */
package dev.vpclab.trace.walk;
