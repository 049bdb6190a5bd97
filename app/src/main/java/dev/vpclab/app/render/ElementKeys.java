package dev.vpclab.app.render;

import dev.vpclab.model.document.AwsRegions;
import dev.vpclab.model.document.Containment;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.Vpc;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The element keys a document draws and the element each is drawn inside: resource ids, Availability Zone
 * columns ({@link Layout#azColumnKey}), Region codes that VPCs name without a Region resource, and the standby of
 * a Multi-AZ database ({@link #standbyKey}).
 */
public final class ElementKeys {

    /** What a database id gets appended for its standby's element key. */
    public static final String STANDBY_SUFFIX = "|standby";

    private ElementKeys() {
    }

    /** @param dbId a DB instance id @return the element key of its standby */
    public static String standbyKey(String dbId) {
        return dbId + STANDBY_SUFFIX;
    }

    /**
     * @param doc a document
     * @param key an element key
     * @return the database if key is the standby key of a Multi-AZ database of doc, else null
     */
    public static DbInstance standbyOf(Document doc, String key) {
        if (!key.endsWith(STANDBY_SUFFIX) || doc.contains(key)) {
            return null;
        }
        DbInstance db = doc.get(key.substring(0, key.length() - STANDBY_SUFFIX.length()), DbInstance.class);
        return db != null && db.standbySubnetId() != null ? db : null;
    }

    /**
     * @param doc a document
     * @param key an element key
     * @return the VPC id if key is an Availability Zone column key of a VPC of doc, else null
     */
    public static String columnVpc(Document doc, String key) {
        int bar = key.indexOf('|');
        if (bar <= 0 || bar == key.length() - 1 || doc.contains(key)) {
            return null;
        }
        String vpcId = key.substring(0, bar);
        return doc.get(vpcId, Vpc.class) != null ? vpcId : null;
    }

    /**
     * @param doc a document
     * @param key an element key
     * @return the zone of a column key, or null
     */
    public static String columnZone(Document doc, String key) {
        return columnVpc(doc, key) == null ? null : key.substring(key.indexOf('|') + 1);
    }

    /**
     * @param doc a document
     * @param key an element key
     * @return true if key is a Region code that is drawn (a Region resource, or a Region a VPC or transit gateway names)
     */
    public static boolean isRegion(Document doc, String key) {
        if (doc.get(key) instanceof dev.vpclab.model.resource.Region) {
            return true;
        }
        return !doc.contains(key) && (doc.all(Vpc.class).stream().anyMatch(v -> v.regionId().equals(key))
                || doc.all(TransitGateway.class).stream().anyMatch(t -> t.regionId().equals(key)));
    }

    /**
     * @param doc a document
     * @return every element key the document draws, containers first
     */
    public static Set<String> drawnKeys(Document doc) {
        Set<String> keys = new LinkedHashSet<>();
        for (Resource r : doc.all()) {
            if (r instanceof dev.vpclab.model.resource.Region) {
                keys.add(r.id());
            }
        }
        doc.all(Vpc.class).forEach(v -> keys.add(v.regionId()));
        doc.all(TransitGateway.class).forEach(t -> keys.add(t.regionId()));
        for (Resource r : doc.all()) {
            if (Containment.isDrawn(r) && !(r instanceof dev.vpclab.model.resource.Region)) {
                keys.add(r.id());
            }
            if (r instanceof Subnet s) {
                keys.add(Layout.azColumnKey(s.vpcId(), s.availabilityZoneId()));
            }
            if (r instanceof DbInstance db && db.multiAz() && db.standbySubnetId() != null) {
                keys.add(standbyKey(db.id()));
            }
        }
        for (String key : doc.layout().keys()) {
            if (columnVpc(doc, key) != null && standbyOf(doc, key) == null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * @param doc a document
     * @param key a drawn element key
     * @return the key of the element it is drawn inside, or null at the top level
     */
    public static String containerOf(Document doc, String key) {
        Resource r = doc.get(key);
        if (r != null) {
            return Containment.containerOf(doc, r);
        }
        DbInstance db = standbyOf(doc, key);
        if (db != null) {
            return db.standbySubnetId();
        }
        return columnVpc(doc, key);
    }

    /**
     * @param code a Region code
     * @param doc a document
     * @return the Region's display name
     */
    public static String regionName(Document doc, String code) {
        Resource r = doc.get(code);
        if (r instanceof dev.vpclab.model.resource.Region region && !region.name().isBlank() && !region.name().equals(code)) {
            return region.name();
        }
        return AwsRegions.displayName(code);
    }
}
