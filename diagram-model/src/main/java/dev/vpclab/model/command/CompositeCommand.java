package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Several commands as one undo step: a VPC with its defaults, the parts of a suggested fix. They apply in
 * order, each to the result of the one before; if one is refused, nothing changes. The inverse applies the
 * parts' inverses in reverse order.
 *
 * @param description what the whole does
 * @param commands the parts, in order
 */
public record CompositeCommand(Message description, List<Command> commands) implements Command {

    /** Validates. */
    public CompositeCommand {
        Objects.requireNonNull(description, "description");
        commands = List.copyOf(commands);
    }

    @Override
    public Applied apply(Document doc) {
        Document current = doc;
        List<Command> inverses = new ArrayList<>();
        for (Command c : commands) {
            Applied a = c.apply(current);
            current = a.document();
            inverses.add(a.inverse());
        }
        Collections.reverse(inverses);
        return new Applied(current, new CompositeCommand(description, inverses));
    }
}
