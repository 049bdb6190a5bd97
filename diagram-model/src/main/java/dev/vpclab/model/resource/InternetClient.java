package dev.vpclab.model.resource;

import dev.vpclab.model.net.Ipv4Address;

/**
 * A user on the internet with a public address: where requests from outside start.
 *
 * @param id "client-…"
 * @param name what people read
 * @param publicIp its address (198.51.100.77 by default)
 */
public record InternetClient(String id, String name, Ipv4Address publicIp) implements Resource {

    /** The address of the default internet client. */
    public static final Ipv4Address DEFAULT_ADDRESS = Ipv4Address.parse("198.51.100.77");

    /** Validates. */
    public InternetClient {
        Req.id(id, "Internet client");
        name = Req.name(name);
        publicIp = Req.nonNull(publicIp, DEFAULT_ADDRESS);
    }
}
