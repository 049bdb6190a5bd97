package dev.vpclab.engine;

import dev.vpclab.engine.sg.SecurityGroupSet;
import dev.vpclab.model.net.Ipv4Address;
import java.util.List;

/**
 * Something with addresses in a subnet, in one common shape whatever owns it: an instance's interface, a NAT
 * gateway, a load balancer node, an interface endpoint, a DB instance or a standalone interface.
 */
public final class AttachmentPoint {

    private final String id;
    private final AttachmentKind kind;
    private final String componentId;
    private final String ownerId;
    private final String label;
    private final CompiledSubnet subnet;
    private final List<Ipv4Address> privateIps;
    private final Ipv4Address[] publicIps;
    private final SecurityGroupSet securityGroups;
    private final boolean sourceDestCheck;
    private final String unusableReason;

    /**
     * @param id unique among attachment points (an ENI id, "nat-…", "lb-arn@subnet-…", "vpce-…@subnet-…", a DB id)
     * @param kind its kind
     * @param componentId the resource a trace names (the ENI, NAT gateway, load balancer, endpoint or DB)
     * @param ownerId the owning resource (the instance for an instance's interface, else componentId)
     * @param label what people read
     * @param subnet its subnet
     * @param privateIps its private addresses, primary first
     * @param publicIps the public address for each private one (same length; null entries for none)
     * @param securityGroups its security groups
     * @param sourceDestCheck whether packets must be from or to its own addresses
     * @param unusableReason why it cannot send or receive ("stopped", "deleted"), or null when usable
     */
    public AttachmentPoint(String id, AttachmentKind kind, String componentId, String ownerId, String label,
                           CompiledSubnet subnet, List<Ipv4Address> privateIps, Ipv4Address[] publicIps,
                           SecurityGroupSet securityGroups, boolean sourceDestCheck, String unusableReason) {
        if (privateIps.isEmpty() || publicIps.length != privateIps.size()) {
            throw new IllegalArgumentException("attachment point " + id + " needs one public slot per private address");
        }
        this.id = id;
        this.kind = kind;
        this.componentId = componentId;
        this.ownerId = ownerId;
        this.label = label;
        this.subnet = subnet;
        this.privateIps = List.copyOf(privateIps);
        this.publicIps = publicIps.clone();
        this.securityGroups = securityGroups;
        this.sourceDestCheck = sourceDestCheck;
        this.unusableReason = unusableReason;
    }

    /** @return the unique id */
    public String id() {
        return id;
    }

    /** @return the kind */
    public AttachmentKind kind() {
        return kind;
    }

    /** @return the resource a trace names */
    public String componentId() {
        return componentId;
    }

    /** @return the owning resource (an instance id for an instance's interface) */
    public String ownerId() {
        return ownerId;
    }

    /** @return what people read */
    public String label() {
        return label;
    }

    /** @return the subnet */
    public CompiledSubnet subnet() {
        return subnet;
    }

    /** @return the VPC */
    public String vpcId() {
        return subnet.vpcId();
    }

    /** @return the Availability Zone */
    public String availabilityZone() {
        return subnet.availabilityZone();
    }

    /** @return private addresses, primary first */
    public List<Ipv4Address> privateIps() {
        return privateIps;
    }

    /** @return the primary private address */
    public Ipv4Address primaryIp() {
        return privateIps.get(0);
    }

    /**
     * @param address an address
     * @return true if it is one of this point's private addresses
     */
    public boolean hasPrivateIp(Ipv4Address address) {
        for (int i = 0; i < privateIps.size(); i++) {
            if (privateIps.get(i).bits() == address.bits()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The public address the internet gateway maps to a private one (an Elastic IP wins over an auto-assigned
     * address).
     *
     * @param privateIp one of the private addresses
     * @return its public address, or null
     */
    public Ipv4Address publicIpFor(Ipv4Address privateIp) {
        for (int i = 0; i < privateIps.size(); i++) {
            if (privateIps.get(i).bits() == privateIp.bits()) {
                return publicIps[i];
            }
        }
        return null;
    }

    /** @return the public address of the primary private address, or null */
    public Ipv4Address publicIp() {
        return publicIps[0];
    }

    /** @return the security groups (empty for NAT gateways and NLBs without groups) */
    public SecurityGroupSet securityGroups() {
        return securityGroups;
    }

    /** @return true if security groups are evaluated on this point */
    public boolean hasSecurityGroups() {
        return kind != AttachmentKind.NAT_GATEWAY && !(kind == AttachmentKind.LOAD_BALANCER_NODE && securityGroups.isEmpty());
    }

    /** @return whether the source/destination check is on */
    public boolean sourceDestCheck() {
        return sourceDestCheck;
    }

    /** @return true if it can send and receive (instance running, resource available) */
    public boolean usable() {
        return unusableReason == null;
    }

    /** @return why it cannot, or null */
    public String unusableReason() {
        return unusableReason;
    }

    @Override
    public String toString() {
        return id + " " + primaryIp();
    }
}
