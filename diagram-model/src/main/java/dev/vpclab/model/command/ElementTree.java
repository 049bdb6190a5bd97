package dev.vpclab.model.command;

import dev.vpclab.model.document.Containment;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drawn elements of a document as a tree: each resource under the element {@link Containment#containerOf}
 * names, each Availability Zone column ({@link Layout#azColumnKey}) under its VPC. Moving an element moves
 * everything drawn inside it.
 */
final class ElementTree {

    /**
     * An Availability Zone column, parsed from its key.
     *
     * @param vpcId the VPC
     * @param zoneId the zone
     */
    record Column(String vpcId, String zoneId) {
        /** @return the layout key */
        String key() {
            return Layout.azColumnKey(vpcId, zoneId);
        }
    }

    private final Map<String, List<String>> children = new HashMap<>();

    private ElementTree(Document doc) {
        Set<String> columns = new LinkedHashSet<>();
        for (Resource r : doc.all()) {
            String parent = Containment.containerOf(doc, r);
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r.id());
            }
            if (r instanceof Subnet s) {
                columns.add(Layout.azColumnKey(s.vpcId(), s.availabilityZoneId()));
            }
        }
        for (String key : doc.layout().keys()) {
            if (isColumn(doc, key)) {
                columns.add(key);
            }
        }
        for (String key : columns) {
            children.computeIfAbsent(column(key).vpcId(), k -> new ArrayList<>()).add(key);
        }
    }

    /**
     * @param key an element key
     * @return the column it names, or null if it is not a column key
     */
    static Column column(String key) {
        int bar = key.indexOf('|');
        if (bar <= 0 || bar == key.length() - 1) {
            return null;
        }
        return new Column(key.substring(0, bar), key.substring(bar + 1));
    }

    /**
     * @param doc a document
     * @param key an element key
     * @return true if it names a column of a VPC of the document
     */
    static boolean isColumn(Document doc, String key) {
        Column c = column(key);
        return c != null && !doc.contains(key) && doc.contains(c.vpcId());
    }

    /**
     * @param doc a document
     * @param key an element key
     * @return true if it names a resource or a column of the document
     */
    static boolean isElement(Document doc, String key) {
        return doc.contains(key) || isColumn(doc, key);
    }

    /**
     * @param doc a document
     * @param keys element keys
     * @return the keys and everything drawn inside them, transitively, each once
     */
    static Set<String> withContents(Document doc, Collection<String> keys) {
        ElementTree tree = new ElementTree(doc);
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(keys);
        while (!todo.isEmpty()) {
            String key = todo.poll();
            if (out.add(key)) {
                todo.addAll(tree.children.getOrDefault(key, List.of()));
            }
        }
        return out;
    }
}
