package dev.vpclab.model.command;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts back exact earlier versions of some resources and of their layout: the inverse of edits that change
 * several resources at once (a removal with its dependants and cleared references, a move into another subnet
 * that re-addresses interfaces). It holds only what the edit touched, never a whole document, and checks no
 * references: it restores a state the document had.
 *
 * @param resources versions to put in, added or replacing the resource with the same id
 * @param absentIds ids to take out (without taking dependants with them)
 * @param placements layout to set, after the resources
 */
public record RestoreResources(List<Resource> resources, List<String> absentIds, List<EditLayout.Placement> placements)
        implements Command {

    /** Validates. */
    public RestoreResources {
        resources = List.copyOf(resources);
        absentIds = List.copyOf(absentIds);
        placements = new EditLayout(placements).placements();
        Set<String> ids = new LinkedHashSet<>(absentIds);
        for (Resource r : resources) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("resource " + r.id() + " is restored twice");
            }
        }
    }

    /**
     * @param before the document as it was
     * @param ids the resources an edit touched
     * @param keys the layout keys it touched
     * @return the command that puts those resources and keys back as they are in {@code before}
     */
    static RestoreResources undoing(Document before, Collection<String> ids, Collection<String> keys) {
        List<Resource> put = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Resource r = before.get(id);
            if (r != null) {
                put.add(r);
            } else {
                absent.add(id);
            }
        }
        return new RestoreResources(put, absent, EditLayout.restoring(before.layout(), new LinkedHashSet<>(keys)).placements());
    }

    /**
     * @param from a document
     * @param to another document with the same title, traces and simulations
     * @return the command that turns {@code from} into {@code to}, touching only what differs
     */
    static RestoreResources between(Document from, Document to) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : union(from.ids(), to.ids())) {
            if (!Objects.equals(from.get(id), to.get(id))) {
                ids.add(id);
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String key : union(from.layout().keys(), to.layout().keys())) {
            if (!Objects.equals(from.layout().get(key), to.layout().get(key))) {
                keys.add(key);
            }
        }
        return undoing(to, ids, keys);
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all.stream().sorted().toList();
    }

    @Override
    public Applied apply(Document doc) {
        Set<String> touchedIds = new LinkedHashSet<>(absentIds);
        resources.forEach(r -> touchedIds.add(r.id()));
        List<String> keys = placements.stream().map(EditLayout.Placement::key).toList();
        Command inverse = undoing(doc, touchedIds, keys);
        Map<String, Bounds> changes = new HashMap<>();
        placements.forEach(p -> changes.put(p.key(), p.bounds()));
        Layout layout = doc.layout().withAll(changes);
        Document after = doc.without(absentIds).withAll(resources).withLayout(layout);
        return new Applied(after, inverse);
    }

    @Override
    public Message description() {
        return Message.of("command.restoreResources", String.valueOf(resources.size() + absentIds.size()));
    }
}
