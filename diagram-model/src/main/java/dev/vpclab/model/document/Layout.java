package dev.vpclab.model.document;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where things are drawn, kept apart from the resources: element key → bounds. An element key is a resource
 * id, or {@link #azColumnKey} for the column of an Availability Zone inside a VPC.
 */
public final class Layout {

    /** No positions at all. */
    public static final Layout EMPTY = new Layout(Map.of());

    private final Map<String, Bounds> bounds;

    private Layout(Map<String, Bounds> bounds) {
        this.bounds = bounds;
    }

    /**
     * @param bounds element key → bounds
     * @return a layout holding a copy
     */
    public static Layout of(Map<String, Bounds> bounds) {
        return bounds.isEmpty() ? EMPTY : new Layout(Collections.unmodifiableMap(new HashMap<>(bounds)));
    }

    /**
     * The key of the column an Availability Zone gets inside a VPC.
     *
     * @param vpcId the VPC
     * @param zoneId the zone
     * @return "vpcId|zoneId"
     */
    public static String azColumnKey(String vpcId, String zoneId) {
        return vpcId + "|" + zoneId;
    }

    /** @param key element key @return its bounds, or null when it has none */
    public Bounds get(String key) {
        return bounds.get(key);
    }

    /** @return all element keys */
    public Set<String> keys() {
        return bounds.keySet();
    }

    /** @return element key → bounds, sorted by key */
    public Map<String, Bounds> asSortedMap() {
        return Collections.unmodifiableMap(new TreeMap<>(bounds));
    }

    /** @return number of placed elements */
    public int size() {
        return bounds.size();
    }

    /**
     * @param key element key
     * @param b its new bounds, or null to drop it
     * @return the changed layout
     */
    public Layout with(String key, Bounds b) {
        Map<String, Bounds> copy = new HashMap<>(bounds);
        if (b == null) {
            copy.remove(key);
        } else {
            copy.put(key, b);
        }
        return new Layout(Collections.unmodifiableMap(copy));
    }

    /**
     * @param changes key → bounds (null value drops the key)
     * @return the changed layout
     */
    public Layout withAll(Map<String, Bounds> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<String, Bounds> copy = new HashMap<>(bounds);
        changes.forEach((k, v) -> {
            if (v == null) {
                copy.remove(k);
            } else {
                copy.put(k, v);
            }
        });
        return new Layout(Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layout l && bounds.equals(l.bounds);
    }

    @Override
    public int hashCode() {
        return bounds.hashCode();
    }

    @Override
    public String toString() {
        return "Layout" + asSortedMap();
    }
}
