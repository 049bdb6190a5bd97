package dev.vpclab.model.command;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves drawn elements on the canvas, and with each element everything drawn inside it (a VPC with its zone
 * columns, subnets and instances). An element inside another selected element moves once. Elements without
 * bounds stay off the canvas. On the command stack, consecutive moves of the same selection merge into one step.
 *
 * @param keys the selected element keys (resource ids or Availability Zone column keys), each once
 * @param dx distance to the right
 * @param dy distance down
 */
public record MoveElements(List<String> keys, double dx, double dy) implements Command {

    /** Validates. */
    public MoveElements {
        keys = List.copyOf(new LinkedHashSet<>(keys));
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a move needs at least one element");
        }
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new IllegalArgumentException("a move needs finite distances");
        }
    }

    /** @return the selection, as a set */
    public Set<String> keySet() {
        return Set.copyOf(keys);
    }

    /**
     * @param next the command executed right after this one
     * @return true if it moves the same selection, so the two can be one undo step
     */
    public boolean mergesWith(Command next) {
        return next instanceof MoveElements m && m.keySet().equals(keySet());
    }

    @Override
    public Applied apply(Document doc) {
        for (String key : keys) {
            if (!ElementTree.isElement(doc, key)) {
                throw CommandException.of("unknownElement", key);
            }
        }
        Map<String, Bounds> changes = new HashMap<>();
        List<String> moved = new ArrayList<>();
        for (String key : ElementTree.withContents(doc, keys)) {
            Bounds b = doc.layout().get(key);
            if (b != null) {
                changes.put(key, b.translate(dx, dy));
                moved.add(key);
            }
        }
        Document after = doc.withLayout(doc.layout().withAll(changes));
        return new Applied(after, EditLayout.restoring(doc.layout(), moved));
    }

    @Override
    public Message description() {
        return Descriptions.subjects("command.moveElements", keys);
    }
}
