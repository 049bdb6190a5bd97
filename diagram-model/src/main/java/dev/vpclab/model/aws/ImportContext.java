package dev.vpclab.model.aws;

import dev.vpclab.model.document.AwsRegions;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state of one import: the snapshot, the resources made so far (by id, in the order they were made), the
 * Regions and zones they use, and the warnings. Every mapper writes through it.
 */
final class ImportContext {

    private final Snapshot snapshot;
    private final List<ImportWarning> warnings;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, String> resourceFiles = new LinkedHashMap<>();
    private final TreeSet<String> regions = new TreeSet<>();
    private final Map<String, String> zones = new TreeMap<>();
    private String defaultRegion;

    ImportContext(Snapshot snapshot, List<ImportWarning> warnings) {
        this.snapshot = snapshot;
        this.warnings = warnings;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    /**
     * @param file the file the warning is about, or null
     * @param key a key of the aws bundle
     * @param args its arguments
     */
    void warn(String file, String key, Object... args) {
        warnings.add(new ImportWarning(file, Message.of(key, args)));
    }

    /**
     * Maps every record of a section; a record that trips the mapper is skipped with a warning, so one odd
     * record never stops an import.
     *
     * @param section a keyed section
     * @param mapper maps one record
     */
    void forEach(Section section, Consumer<Item> mapper) {
        for (Item item : snapshot.items(section)) {
            guard(item.file(), String.valueOf(AwsJson.text(item.json(), section.idField())), () -> mapper.accept(item));
        }
    }

    /**
     * Runs one mapping step; a runtime error in it becomes a warning about the record.
     *
     * @param file where the record came from
     * @param id the record's id
     * @param step the step
     */
    void guard(String file, String id, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            warn(file, "aws.invalidResource", id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * Makes a resource and adds it; a record the model refuses becomes a warning, never a failure.
     *
     * @param file where it came from
     * @param id its id, for the warning
     * @param make builds it
     * @param <T> its type
     * @return the resource, or null when it could not be made
     */
    <T extends Resource> T attempt(String file, String id, Supplier<T> make) {
        T r;
        try {
            r = make.get();
        } catch (IllegalArgumentException e) {
            warn(file, "aws.invalidResource", id, e.getMessage());
            return null;
        }
        if (r == null) {
            return null;
        }
        if (resources.containsKey(r.id())) {
            warn(file, "aws.duplicateId", r.id(), resourceFiles.get(r.id()));
            return null;
        }
        resources.put(r.id(), r);
        resourceFiles.put(r.id(), file == null ? "" : file);
        return r;
    }

    /** @param r a new version of a resource already added */
    void replace(Resource r) {
        resources.put(r.id(), r);
    }

    /** @param id a resource to drop */
    void remove(String id) {
        resources.remove(id);
    }

    /** @param id an id @return true if a resource has it */
    boolean contains(String id) {
        return id != null && resources.containsKey(id);
    }

    /** @param id an id @return the resource, or null */
    Resource get(String id) {
        return id == null ? null : resources.get(id);
    }

    /** @param id an id @return the file the resource came from, or "" */
    String fileOf(String id) {
        return resourceFiles.getOrDefault(id, "");
    }

    /** @return the resources made so far, in the order they were made */
    Collection<Resource> resources() {
        return List.copyOf(resources.values());
    }

    /**
     * @param type a record class
     * @param <T> its type
     * @return the resources of that type made so far
     */
    <T extends Resource> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Resource r : resources.values()) {
            if (type.isInstance(r)) {
                out.add(type.cast(r));
            }
        }
        return out;
    }

    /** @param regionId a Region code a resource uses */
    void useRegion(String regionId) {
        regions.add(regionId);
    }

    /** @param zoneName a zone a resource uses @param regionId its Region */
    void useZone(String zoneName, String regionId) {
        zones.putIfAbsent(zoneName, regionId);
        regions.add(regionId);
    }

    /** @return the Regions used, sorted */
    List<String> usedRegions() {
        return List.copyOf(regions);
    }

    /** @return zone name → Region code of the zones used, sorted by zone */
    Map<String, String> usedZones() {
        return Map.copyOf(zones);
    }

    /**
     * The Region of a record: its folder's, else the hint (e.g. from its subnets' zones), else the snapshot's.
     *
     * @param item the record
     * @param hint a Region derived from the record's content, or null
     * @return a Region code
     */
    String regionOf(Item item, String hint) {
        if (item.region() != null) {
            return item.region();
        }
        return hint != null ? hint : defaultRegion();
    }

    /**
     * @return the one Region the snapshot names (folders, zones of subnets), or a stated assumption
     */
    String defaultRegion() {
        if (defaultRegion == null) {
            TreeSet<String> known = new TreeSet<>(snapshot.folderRegions());
            for (Item az : snapshot.items(Section.AVAILABILITY_ZONES)) {
                String r = AwsJson.text(az.json(), "RegionName");
                String zone = AwsJson.text(az.json(), "ZoneName");
                if (r != null || zone != null) {
                    known.add(r != null ? r : AwsRegions.regionOfZone(zone));
                }
            }
            for (Item s : snapshot.items(Section.SUBNETS)) {
                String zone = AwsJson.text(s.json(), "AvailabilityZone");
                if (zone != null) {
                    known.add(AwsRegions.regionOfZone(zone));
                }
            }
            if (known.size() == 1) {
                defaultRegion = known.first();
            } else if (known.isEmpty()) {
                defaultRegion = "us-east-1";
                warn("", "aws.region.assumed", defaultRegion);
            } else {
                defaultRegion = known.first();
                warn("", "aws.region.ambiguous", String.join(", ", known), defaultRegion);
            }
        }
        return defaultRegion;
    }

    /**
     * @param text an address as AWS wrote it
     * @param file where
     * @param ownerId what it belongs to
     * @return the address, or null (with a warning) when it is not IPv4
     */
    Ipv4Address ipv4(String text, String file, String ownerId) {
        if (text == null) {
            return null;
        }
        try {
            return Ipv4Address.parse(text);
        } catch (IllegalArgumentException e) {
            warn(file, "aws.badAddress", ownerId, text);
            return null;
        }
    }

    /**
     * @param text a block as AWS wrote it
     * @param file where
     * @param ownerId what it belongs to
     * @return the block, or null (with a warning) when it is not an IPv4 CIDR
     */
    Cidr cidr(String text, String file, String ownerId) {
        if (text == null) {
            return null;
        }
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            warn(file, "aws.badCidr", ownerId, text);
            return null;
        }
    }
}
