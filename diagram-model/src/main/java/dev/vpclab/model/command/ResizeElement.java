package dev.vpclab.model.command;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import java.util.List;
import java.util.Objects;

/**
 * Gives one drawn element new bounds (a resize handle, collapsing a container); what is drawn inside it stays
 * where it is.
 *
 * @param key a resource id or an Availability Zone column key
 * @param bounds its new bounds
 */
public record ResizeElement(String key, Bounds bounds) implements Command {

    /** Validates. */
    public ResizeElement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bounds, "bounds");
    }

    @Override
    public Applied apply(Document doc) {
        if (!ElementTree.isElement(doc, key)) {
            throw CommandException.of("unknownElement", key);
        }
        Bounds before = doc.layout().get(key);
        Document after = doc.withLayout(doc.layout().with(key, bounds));
        Command inverse = before == null ? new EditLayout(List.of(new EditLayout.Placement(key, null)))
                : new ResizeElement(key, before);
        return new Applied(after, inverse);
    }

    @Override
    public Message description() {
        return Message.of("command.resizeElement", key);
    }
}
