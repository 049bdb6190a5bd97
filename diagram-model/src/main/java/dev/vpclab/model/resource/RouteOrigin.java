package dev.vpclab.model.resource;

/** How a route got into its table; on equal prefixes static routes win over propagated ones. */
public enum RouteOrigin {
    /** Written by hand (CreateRoute), or the implicit local route. */
    STATIC,
    /** Inserted by a gateway endpoint for its prefix list. */
    ENDPOINT,
    /** Propagated from a virtual private gateway or a transit gateway attachment. */
    PROPAGATED
}
