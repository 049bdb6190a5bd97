package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RDS DB instances from describe-db-instances. RDS does not report a database's private address; it is the
 * address of the network interface RDS made for it (Description "RDSNetworkInterface", requester amazon-rds)
 * in one of the DB subnet group's subnets, preferring the subnet of the instance's zone and an interface with
 * the database's security groups. When the snapshot holds no such interface an address is picked in the
 * primary subnet and the pick is reported.
 */
final class DatabaseMapper {

    private final ImportContext ctx;
    private final InterfaceRecords interfaces;
    private final FreeAddresses free;
    private final Set<String> usedInterfaces = new HashSet<>();

    DatabaseMapper(ImportContext ctx, InterfaceRecords interfaces, FreeAddresses free) {
        this.ctx = ctx;
        this.interfaces = interfaces;
        this.free = free;
    }

    void map() {
        ctx.forEach(Section.DB_INSTANCES, this::database);
    }

    private void database(Item item) {
        JsonNode db = item.json();
        String id = AwsJson.text(db, "DBInstanceIdentifier");
        JsonNode group = db.get("DBSubnetGroup");
        if (group == null || AwsJson.array(group, "Subnets").isEmpty()) {
            ctx.warn(item.file(), "aws.db.noSubnetGroup", id);
            return;
        }
        Map<String, String> zones = new HashMap<>();
        List<String> subnets = new ArrayList<>();
        for (JsonNode s : AwsJson.array(group, "Subnets")) {
            String subnet = AwsJson.text(s, "SubnetIdentifier");
            if (subnet != null) {
                subnets.add(subnet);
                Resource known = ctx.get(subnet);
                zones.put(subnet, known instanceof Subnet k ? k.availabilityZoneId()
                        : AwsJson.textAt(s, "SubnetAvailabilityZone", "Name"));
            }
        }
        String vpc = AwsJson.text(group, "VpcId");
        List<String> groups = new ArrayList<>();
        for (JsonNode g : AwsJson.array(db, "VpcSecurityGroups")) {
            String status = AwsJson.text(g, "Status");
            if (AwsJson.text(g, "VpcSecurityGroupId") != null && !"removing".equals(status) && !"inactive".equals(status)) {
                groups.add(AwsJson.text(g, "VpcSecurityGroupId"));
            }
        }
        boolean multiAz = AwsJson.bool(db, "MultiAZ", false);
        String primarySubnet = subnetInZone(subnets, zones, AwsJson.text(db, "AvailabilityZone"), null);
        InterfaceRecords.Eni primaryEni = rdsInterface(vpc, primarySubnet == null ? subnets : List.of(primarySubnet), groups);
        if (primaryEni == null && !multiAz) {
            primaryEni = rdsInterface(vpc, subnets, groups);
        }
        if (primaryEni != null) {
            primarySubnet = primaryEni.subnetId();
        } else if (primarySubnet == null) {
            primarySubnet = subnets.get(0);
        }
        Ipv4Address primary = primaryEni != null ? primaryEni.primaryAddress() : guess(id, primarySubnet, item.file());
        if (primary == null) {
            ctx.warn(item.file(), "aws.db.noAddress", id, primarySubnet);
            return;
        }
        String standbySubnet = null;
        Ipv4Address standby = null;
        if (multiAz) {
            standbySubnet = subnetInZone(subnets, zones, AwsJson.text(db, "SecondaryAvailabilityZone"), primarySubnet);
            if (standbySubnet != null) {
                InterfaceRecords.Eni standbyEni = rdsInterface(vpc, List.of(standbySubnet), groups);
                standby = standbyEni != null ? standbyEni.primaryAddress() : guess(id, standbySubnet, item.file());
            }
            if (standby == null) {
                standbySubnet = null;
            }
        }
        JsonNode endpoint = db.path("Endpoint");
        int port = AwsJson.integer(endpoint, "Port", 0) > 0 ? AwsJson.integer(endpoint, "Port", 0)
                : Math.max(0, AwsJson.integer(db, "DbInstancePort", 0));
        String primaryId = primarySubnet;
        String standbyId = standbySubnet;
        Ipv4Address standbyAddress = standby;
        ctx.attempt(item.file(), id, () -> new DbInstance(id, AwsJson.name(db), AwsJson.text(db, "Engine"),
                AwsJson.text(db, "DBInstanceClass"), port, subnets, groups, multiAz && standbyId != null, primaryId, primary,
                standbyId, standbyAddress, AwsJson.bool(db, "PubliclyAccessible", false), AwsJson.text(endpoint, "Address"),
                0, AwsStates.database(AwsJson.text(db, "DBInstanceStatus"))));
    }

    /** The group subnet in the zone, other than the excluded one; null when the zone is unknown or absent. */
    private static String subnetInZone(List<String> subnets, Map<String, String> zones, String zone, String excluded) {
        if (zone == null) {
            return null;
        }
        for (String s : subnets) {
            if (zone.equals(zones.get(s)) && !s.equals(excluded)) {
                return s;
            }
        }
        return null;
    }

    /** An unused RDS interface in the VPC and one of the subnets, preferring one with the database's groups. */
    private InterfaceRecords.Eni rdsInterface(String vpc, List<String> subnets, List<String> groups) {
        InterfaceRecords.Eni found = null;
        for (InterfaceRecords.Eni eni : interfaces.ownedBy(InterfaceOwner.Kind.RDS)) {
            if (usedInterfaces.contains(eni.id()) || !subnets.contains(eni.subnetId()) || eni.primaryAddress() == null
                    || (vpc != null && eni.vpcId() != null && !vpc.equals(eni.vpcId()))) {
                continue;
            }
            if (found == null || (!found.groupIds().containsAll(groups) && eni.groupIds().containsAll(groups))) {
                found = eni;
            }
        }
        if (found != null) {
            usedInterfaces.add(found.id());
        }
        return found;
    }

    private Ipv4Address guess(String id, String subnet, String file) {
        Optional<Ipv4Address> pick = free.take(subnet);
        pick.ifPresent(a -> ctx.warn(file, "aws.db.addressGuessed", id, subnet, a.toString()));
        return pick.orElse(null);
    }
}
