package dev.vpclab.model.command;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Resource;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Moves an instance, NAT gateway or free network interface into another subnet of the same VPC, or a subnet
 * into another Availability Zone column of the same VPC: the resource fields change (see {@link Relocation}:
 * new private addresses come from the new subnet) and, when bounds are given, the element is drawn there with
 * everything inside it moving along. Moves AWS does not allow, such as an instance into another VPC, are
 * refused with a message.
 *
 * @param id the resource to move
 * @param container the subnet id, or for a subnet the column key {@code Layout.azColumnKey(vpcId, zoneId)}
 * @param bounds where it is dropped, or null to leave the drawing as it is
 */
public record Reparent(String id, String container, Bounds bounds) implements Command {

    /** Validates. */
    public Reparent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(container, "container");
    }

    @Override
    public Applied apply(Document doc) {
        Resource r = Lookup.resource(doc, id);
        List<Resource> changed = Relocation.relocate(doc, r, container);
        Map<String, Bounds> layout = new TreeMap<>();
        if (bounds != null) {
            Bounds old = doc.layout().get(id);
            if (old != null) {
                double dx = bounds.x() - old.x();
                double dy = bounds.y() - old.y();
                for (String key : ElementTree.withContents(doc, List.of(id))) {
                    Bounds b = doc.layout().get(key);
                    if (b != null && !key.equals(id)) {
                        layout.put(key, b.translate(dx, dy));
                    }
                }
            }
            layout.put(id, bounds);
        }
        Document after = doc.withAll(changed).withLayout(doc.layout().withAll(layout));
        Set<String> ids = new LinkedHashSet<>();
        changed.forEach(c -> ids.add(c.id()));
        return new Applied(after, RestoreResources.undoing(doc, ids, layout.keySet()));
    }

    @Override
    public Message description() {
        return Message.of("command.reparent", id, container);
    }
}
