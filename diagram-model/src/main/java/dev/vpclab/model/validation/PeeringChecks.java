package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * VPC peering ("VPC peering basics", https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html):
 * two different VPCs, no overlapping IPv4 block between them (any block, primary or secondary), and at most one
 * active peering connection per pair.
 */
final class PeeringChecks implements Check {

    static final String SAME_VPC = "validation.peering.sameVpc";
    static final String OVERLAPPING_CIDRS = "validation.peering.overlappingCidrs";
    static final String DUPLICATE = "validation.peering.duplicate";

    @Override
    public Set<String> keys() {
        return Set.of(SAME_VPC, OVERLAPPING_CIDRS, DUPLICATE);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        Map<String, VpcPeeringConnection> firstActive = new HashMap<>();
        for (VpcPeeringConnection p : doc.all(VpcPeeringConnection.class)) {
            if (p.requesterVpcId().equals(p.accepterVpcId())) {
                problems.error(p.id(), "accepterVpcId", SAME_VPC, p.label(), context.label(p.requesterVpcId()));
                continue;
            }
            boolean live = p.status() == VpcPeeringConnection.Status.ACTIVE
                    || p.status() == VpcPeeringConnection.Status.PENDING_ACCEPTANCE;
            Vpc a = doc.get(p.requesterVpcId(), Vpc.class);
            Vpc b = doc.get(p.accepterVpcId(), Vpc.class);
            if (live && a != null && b != null) {
                overlap(p, a, b, problems);
            }
            if (p.status() == VpcPeeringConnection.Status.ACTIVE) {
                VpcPeeringConnection first = firstActive.putIfAbsent(
                        ValidationContext.pair(p.requesterVpcId(), p.accepterVpcId()), p);
                if (first != null) {
                    problems.error(p.id(), "", DUPLICATE, p.label(), first.label(), context.label(p.requesterVpcId()),
                            context.label(p.accepterVpcId()));
                }
            }
        }
    }

    private static void overlap(VpcPeeringConnection p, Vpc a, Vpc b, Problems problems) {
        for (Cidr x : a.cidrBlocks()) {
            for (Cidr y : b.cidrBlocks()) {
                if (x.overlaps(y)) {
                    problems.error(p.id(), "accepterVpcId", OVERLAPPING_CIDRS, p.label(), a.label(), x.toString(),
                            b.label(), y.toString());
                    return;
                }
            }
        }
    }
}
