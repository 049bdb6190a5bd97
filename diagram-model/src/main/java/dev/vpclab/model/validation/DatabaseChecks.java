package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Subnet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * RDS DB instances ("Working with a DB instance in a VPC", USER_VPC.WorkingWithRDSInstanceinaVPC.html): a DB
 * subnet group has subnets in at least two Availability Zones of one VPC, and the primary lies in one of them;
 * a Multi-AZ instance has a standby in another zone ("Multi-AZ DB instance deployments").
 */
final class DatabaseChecks implements Check {

    static final String SUBNET_GROUP_ONE_ZONE = "validation.db.subnetGroupOneZone";
    static final String SUBNETS_DIFFERENT_VPCS = "validation.db.subnetsInDifferentVpcs";
    static final String PRIMARY_NOT_IN_GROUP = "validation.db.primaryNotInSubnetGroup";
    static final String MULTI_AZ_NO_STANDBY = "validation.db.multiAzWithoutStandby";
    static final String STANDBY_SAME_ZONE = "validation.db.standbySameZone";

    @Override
    public Set<String> keys() {
        return Set.of(SUBNET_GROUP_ONE_ZONE, SUBNETS_DIFFERENT_VPCS, PRIMARY_NOT_IN_GROUP, MULTI_AZ_NO_STANDBY,
                STANDBY_SAME_ZONE);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (DbInstance db : doc.all(DbInstance.class)) {
            Set<String> zones = new HashSet<>();
            Subnet first = null;
            for (int j = 0; j < db.subnetIds().size(); j++) {
                Subnet s = doc.get(db.subnetIds().get(j), Subnet.class);
                if (s == null) {
                    continue;
                }
                zones.add(s.availabilityZoneId());
                if (first == null) {
                    first = s;
                } else if (!s.vpcId().equals(first.vpcId())) {
                    problems.error(db.id(), "subnetIds[" + j + "]", SUBNETS_DIFFERENT_VPCS, db.label(), s.label(),
                            context.label(s.vpcId()), first.label(), context.label(first.vpcId()));
                }
            }
            if (zones.size() < 2) {
                problems.error(db.id(), "subnetIds", SUBNET_GROUP_ONE_ZONE, db.label(), String.valueOf(zones.size()));
            }
            if (!db.subnetIds().isEmpty() && !db.subnetIds().contains(db.primarySubnetId())) {
                problems.error(db.id(), "primarySubnetId", PRIMARY_NOT_IN_GROUP, db.label(), context.label(db.primarySubnetId()));
            }
            if (!db.multiAz()) {
                continue;
            }
            if (db.standbySubnetId() == null || db.standbyAddress() == null) {
                problems.error(db.id(), "standbySubnetId", MULTI_AZ_NO_STANDBY, db.label());
                continue;
            }
            String primaryZone = context.zoneOf(db.primarySubnetId());
            String standbyZone = context.zoneOf(db.standbySubnetId());
            if (primaryZone != null && Objects.equals(primaryZone, standbyZone)) {
                problems.error(db.id(), "standbySubnetId", STANDBY_SAME_ZONE, db.label(), context.label(db.standbySubnetId()),
                        standbyZone);
            }
        }
    }
}
