package dev.vpclab.engine.lb;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.TargetRegistration;

/**
 * A registered target resolved to where traffic goes: an instance target to the primary private address of its
 * primary interface, an IP target to the interface holding that address (in the VPC or a peered VPC) or to an
 * address outside (on premises).
 *
 * @param registration the registration as written
 * @param address the address traffic is sent to, or null when the target does not exist
 * @param port the port traffic is sent to
 * @param attachment the interface holding the address, or null (outside the VPCs, or missing)
 * @param availabilityZone its zone, or null for "all" (IP targets outside the VPC)
 */
public record ResolvedTarget(TargetRegistration registration, Ipv4Address address, int port, AttachmentPoint attachment,
                             String availabilityZone) {

    /** @return the instance id or address as registered */
    public String targetId() {
        return registration.targetId();
    }

    /** @return the health reported when imported, or null when unknown */
    public TargetRegistration.TargetHealth reportedHealth() {
        return registration.reportedHealth();
    }

    /** @return true when the target resolves to an address */
    public boolean exists() {
        return address != null;
    }

    /**
     * @param zone a load balancer node's zone
     * @return true if the target counts in that zone (targets registered for "all" zones count everywhere)
     */
    public boolean inZone(String zone) {
        return availabilityZone == null || availabilityZone.equals(zone);
    }

    /** @return "i-… (10.0.2.20:8080)" or "10.0.2.20:443" */
    public String label() {
        String where = address == null ? "missing" : address + ":" + port;
        return registration.targetId().equals(String.valueOf(address)) ? where : registration.targetId() + " (" + where + ")";
    }
}
