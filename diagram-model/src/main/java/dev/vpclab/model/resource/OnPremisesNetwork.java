package dev.vpclab.model.resource;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import java.util.List;

/**
 * A network outside AWS reached through a Site-to-Site VPN to a virtual private gateway or a transit gateway.
 *
 * @param id "onprem-…"
 * @param name what people read
 * @param cidrs its address blocks
 * @param gatewayId the virtual private gateway ("vgw-…") or transit gateway ("tgw-…") the VPN ends on, or null
 * @param customerGatewayIp the public address of its VPN device
 * @param vpnConnectionId the VPN connection, "vpn-…", or null
 * @param staticRouting static routes (true) or BGP (false)
 */
public record OnPremisesNetwork(String id, String name, List<Cidr> cidrs, String gatewayId, Ipv4Address customerGatewayIp,
                                String vpnConnectionId, boolean staticRouting) implements Resource {
    /** Validates. */
    public OnPremisesNetwork {
        Req.id(id, "On-premises network");
        name = Req.name(name);
        cidrs = Req.list(cidrs);
        gatewayId = Req.optRef(gatewayId);
        vpnConnectionId = Req.optRef(vpnConnectionId);
    }
}
