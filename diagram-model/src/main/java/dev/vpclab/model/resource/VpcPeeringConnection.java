package dev.vpclab.model.resource;

/**
 * A peering connection between two VPCs. Traffic crosses only when both sides have routes to it, only to and
 * from addresses inside the two VPCs (non-transitive, no edge-to-edge), and only while ACTIVE.
 *
 * @param id "pcx-…"
 * @param name Name tag
 * @param requesterVpcId one side
 * @param accepterVpcId the other side
 * @param status only ACTIVE carries traffic
 */
public record VpcPeeringConnection(String id, String name, String requesterVpcId, String accepterVpcId,
                                   Status status) implements Resource {

    /** The peering connection lifecycle as AWS reports it. */
    public enum Status { PENDING_ACCEPTANCE, ACTIVE, REJECTED, EXPIRED, FAILED, DELETED }

    /** Validates. */
    public VpcPeeringConnection {
        Req.id(id, "Peering connection");
        name = Req.name(name);
        Req.ref(requesterVpcId, "the requester VPC");
        Req.ref(accepterVpcId, "the accepter VPC");
        status = Req.nonNull(status, Status.ACTIVE);
    }

    /**
     * @param vpcId one side
     * @return the other side, or null if vpcId is neither
     */
    public String peerOf(String vpcId) {
        if (vpcId.equals(requesterVpcId)) {
            return accepterVpcId;
        }
        return vpcId.equals(accepterVpcId) ? requesterVpcId : null;
    }
}
