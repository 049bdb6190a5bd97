package dev.vpclab.model.command;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.i18n.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sets the bounds of drawn elements to given values, or takes elements off the canvas: the general layout edit
 * (collapse, auto-layout results) and the exact inverse of moves and resizes.
 *
 * @param placements the new bounds per element key, each key once
 */
public record EditLayout(List<Placement> placements) implements Command {

    /**
     * Where one element goes.
     *
     * @param key a resource id or an Availability Zone column key
     * @param bounds its bounds, or null to take it off the canvas
     */
    public record Placement(String key, Bounds bounds) {
        /** Validates. */
        public Placement {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Validates. */
    public EditLayout {
        placements = List.copyOf(placements);
        Set<String> keys = new HashSet<>();
        for (Placement p : placements) {
            if (!keys.add(p.key())) {
                throw new IllegalArgumentException("element " + p.key() + " is placed twice in one layout edit");
            }
        }
    }

    /**
     * @param layout a layout
     * @param keys element keys
     * @return the edit that puts those elements back where they are in {@code layout}
     */
    static EditLayout restoring(Layout layout, Collection<String> keys) {
        List<Placement> out = new ArrayList<>();
        for (String key : keys) {
            out.add(new Placement(key, layout.get(key)));
        }
        return new EditLayout(out);
    }

    @Override
    public Applied apply(Document doc) {
        Map<String, Bounds> changes = new HashMap<>();
        for (Placement p : placements) {
            if (p.bounds() != null && !ElementTree.isElement(doc, p.key())) {
                throw CommandException.of("unknownElement", p.key());
            }
            changes.put(p.key(), p.bounds());
        }
        Layout before = doc.layout();
        Document after = doc.withLayout(before.withAll(changes));
        return new Applied(after, restoring(before, placements.stream().map(Placement::key).toList()));
    }

    @Override
    public Message description() {
        return Message.of("command.editLayout", String.valueOf(placements.size()));
    }
}
