package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * VPC and subnet blocks: sizes, overlaps, containment and the zone's Region. From "VPC CIDR blocks" and
 * "Subnet CIDR blocks" (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html,
 * .../subnet-sizing.html): every VPC block and every subnet block is /16 to /28; a VPC's blocks must not
 * overlap; a subnet lies inside one block of its VPC and overlaps no other subnet of it.
 */
final class CidrChecks implements Check {

    static final String VPC_TOO_LARGE = "validation.vpc.cidrTooLarge";
    static final String VPC_TOO_SMALL = "validation.vpc.cidrTooSmall";
    static final String VPC_BLOCKS_OVERLAP = "validation.vpc.blocksOverlap";
    static final String SUBNET_TOO_LARGE = "validation.subnet.cidrTooLarge";
    static final String SUBNET_TOO_SMALL = "validation.subnet.cidrTooSmall";
    static final String SUBNET_OUTSIDE_VPC = "validation.subnet.outsideVpc";
    static final String SUBNET_OVERLAP = "validation.subnet.overlap";
    static final String SUBNET_ZONE_REGION = "validation.subnet.zoneInOtherRegion";

    /** The largest block AWS allows for a VPC or subnet. */
    static final int LARGEST_PREFIX = 16;
    /** The smallest block AWS allows for a VPC or subnet. */
    static final int SMALLEST_PREFIX = 28;

    @Override
    public Set<String> keys() {
        return Set.of(VPC_TOO_LARGE, VPC_TOO_SMALL, VPC_BLOCKS_OVERLAP, SUBNET_TOO_LARGE, SUBNET_TOO_SMALL,
                SUBNET_OUTSIDE_VPC, SUBNET_OVERLAP, SUBNET_ZONE_REGION);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (Vpc vpc : doc.all(Vpc.class)) {
            List<Cidr> blocks = vpc.cidrBlocks();
            for (int i = 0; i < blocks.size(); i++) {
                String field = "cidrBlocks[" + i + "]";
                size(vpc.id(), field, vpc.label(), blocks.get(i), VPC_TOO_LARGE, VPC_TOO_SMALL, problems);
                for (int j = 0; j < i; j++) {
                    if (blocks.get(i).overlaps(blocks.get(j))) {
                        problems.error(vpc.id(), field, VPC_BLOCKS_OVERLAP, vpc.label(), blocks.get(i).toString(),
                                blocks.get(j).toString());
                        break;
                    }
                }
            }
            subnetOverlaps(vpc, doc.subnetsOf(vpc.id()), problems);
        }
        for (Subnet s : doc.all(Subnet.class)) {
            size(s.id(), "cidr", s.label(), s.cidr(), SUBNET_TOO_LARGE, SUBNET_TOO_SMALL, problems);
            Vpc vpc = doc.get(s.vpcId(), Vpc.class);
            if (vpc == null) {
                continue;
            }
            if (vpc.cidrBlocks().stream().noneMatch(b -> b.contains(s.cidr()))) {
                problems.error(s.id(), "cidr", SUBNET_OUTSIDE_VPC, s.label(), s.cidr().toString(), vpc.label(),
                        ValidationContext.join(vpc.cidrBlocks()));
            }
            AvailabilityZone zone = doc.get(s.availabilityZoneId(), AvailabilityZone.class);
            if (zone != null && !zone.regionId().equals(vpc.regionId())) {
                problems.error(s.id(), "availabilityZoneId", SUBNET_ZONE_REGION, s.label(), zone.id(), zone.regionId(),
                        vpc.label(), vpc.regionId());
            }
        }
    }

    private static void size(String id, String field, String label, Cidr block, String tooLarge, String tooSmall,
                             Problems problems) {
        if (block.prefixLength() < LARGEST_PREFIX) {
            problems.error(id, field, tooLarge, label, block.toString());
        } else if (block.prefixLength() > SMALLEST_PREFIX) {
            problems.error(id, field, tooSmall, label, block.toString());
        }
    }

    /**
     * Sort-based sweep: after sorting by first address (larger block first on ties), a subnet overlaps an
     * earlier one exactly when it starts at or before the furthest end seen so far. Each overlapping subnet is
     * reported once, against the block that covers it.
     */
    private static void subnetOverlaps(Vpc vpc, List<Subnet> subnets, Problems problems) {
        List<Subnet> sorted = new ArrayList<>(subnets);
        sorted.sort(Comparator.comparing((Subnet s) -> s.cidr().network())
                .thenComparingInt(s -> s.cidr().prefixLength())
                .thenComparing(Subnet::id));
        Subnet cover = null;
        for (Subnet s : sorted) {
            if (cover != null && s.cidr().network().compareTo(cover.cidr().last()) <= 0) {
                problems.error(s.id(), "cidr", SUBNET_OVERLAP, s.label(), s.cidr().toString(), cover.label(),
                        cover.cidr().toString(), vpc.label());
            }
            if (cover == null || s.cidr().last().compareTo(cover.cidr().last()) > 0) {
                cover = s;
            }
        }
    }
}
