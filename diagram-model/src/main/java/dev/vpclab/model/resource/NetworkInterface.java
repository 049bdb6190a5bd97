package dev.vpclab.model.resource;

import dev.vpclab.model.net.Ipv4Address;
import java.util.List;

/**
 * An elastic network interface in one subnet: private addresses (primary first), security groups, the
 * source/destination check, and an optional auto-assigned public address (an Elastic IP associated with the
 * interface takes precedence).
 *
 * @param id "eni-…"
 * @param name Name tag
 * @param subnetId its subnet
 * @param privateIps primary first; at least one
 * @param securityGroupIds its security groups
 * @param sourceDestCheck drop packets not from or to its own addresses (turn off for appliances)
 * @param instanceId the instance it is attached to, or null
 * @param deviceIndex 0 for an instance's primary interface
 * @param publicIp an auto-assigned public address, or null
 * @param description free text
 */
public record NetworkInterface(String id, String name, String subnetId, List<Ipv4Address> privateIps,
                               List<String> securityGroupIds, boolean sourceDestCheck, String instanceId,
                               int deviceIndex, Ipv4Address publicIp, String description) implements Resource {
    /** Validates. */
    public NetworkInterface {
        Req.id(id, "Network interface");
        name = Req.name(name);
        Req.ref(subnetId, "the network interface's subnet");
        privateIps = Req.list(privateIps);
        if (privateIps.isEmpty()) {
            throw new IllegalArgumentException("network interface " + id + " needs a private IP address");
        }
        securityGroupIds = Req.list(securityGroupIds);
        instanceId = Req.optRef(instanceId);
        Req.range(deviceIndex, 0, 255, "device index");
        description = Req.text(description);
    }

    /** @return the primary private address */
    public Ipv4Address primaryIp() {
        return privateIps.get(0);
    }
}
