package dev.vpclab.model.command;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds new resources and where they are drawn: one dropped from the palette, or a VPC with the main route table,
 * default network ACL and default security group AWS creates with it. Refuses an id already in use and a
 * reference that must resolve (one that cascades or is cleared on removal) to a resource that is not there.
 *
 * @param resources the new resources
 * @param layout bounds for the new resources, and for new Availability Zone columns they need
 */
public record AddResources(List<Resource> resources, Map<String, Bounds> layout) implements Command {

    /** Validates. */
    public AddResources {
        resources = List.copyOf(resources);
        layout = Map.copyOf(layout);
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("adding needs at least one resource");
        }
    }

    /**
     * @param resources the new resources, not drawn
     * @return the command
     */
    public static AddResources of(List<? extends Resource> resources) {
        return new AddResources(List.copyOf(resources), Map.of());
    }

    /** @return the ids of the new resources, in order */
    public List<String> ids() {
        return resources.stream().map(Resource::id).toList();
    }

    @Override
    public Applied apply(Document doc) {
        Set<String> ids = new HashSet<>();
        for (Resource r : resources) {
            if (doc.contains(r.id()) || !ids.add(r.id())) {
                throw CommandException.of("duplicateId", r.id());
            }
        }
        Document added = doc.withAll(resources);
        for (Resource r : resources) {
            for (Reference ref : References.of(r)) {
                if (ref.onDelete() != Reference.OnDelete.KEEP && !added.contains(ref.targetId())) {
                    throw CommandException.of("danglingReference", r.id(), ref.targetId(), ref.field());
                }
            }
        }
        for (String key : layout.keySet()) {
            if (!ids.contains(key) && !ElementTree.isColumn(added, key)) {
                throw CommandException.of("layoutKey", key);
            }
        }
        Document after = added.withLayout(added.layout().withAll(layout));
        Command inverse = new RemoveResources(ids());
        if (!inverse.apply(after).document().equals(doc)) {
            // Only for documents that already held references to the new ids, or layout for them.
            inverse = RestoreResources.between(after, doc);
        }
        return new Applied(after, inverse);
    }

    @Override
    public Message description() {
        return Descriptions.subjects("command.addResources", ids());
    }

    @Override
    public Message description(Document doc) {
        Message m = description();
        Resource first = resources.get(0);
        List<Object> args = m.args().stream().map(a -> a.equals(first.id()) ? (Object) first.label() : a).toList();
        return new Message(m.key(), args);
    }
}
