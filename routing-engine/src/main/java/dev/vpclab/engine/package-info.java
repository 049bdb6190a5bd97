/**
 * Network semantics: {@link dev.vpclab.engine.NetworkCompiler#compile} turns a diagram
 * {@link dev.vpclab.model.document.Document} into an immutable, thread-safe {@link dev.vpclab.engine.Network} of
 * lookup structures — route tables with longest-prefix match ({@code route}), network ACLs ({@code acl}),
 * security groups ({@code sg}), attachment points indexed by private and public address, load balancers and
 * target groups ({@code lb}), transit gateways ({@code tgw}) and a topology graph ({@code topology}). Rules are
 * named the way the AWS console shows them. The semantics follow shared/spec/aws-network-semantics.md.
 */
package dev.vpclab.engine;
