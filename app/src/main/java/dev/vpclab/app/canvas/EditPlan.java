package dev.vpclab.app.canvas;

import dev.vpclab.model.command.Command;
import dev.vpclab.model.i18n.Message;
import java.util.List;

/**
 * What a gesture on the canvas comes to: one command to execute (then select {@code select}), or a refusal that
 * says why AWS does not allow it, or nothing at all.
 *
 * @param command the edit, or null
 * @param refusal why the gesture is refused, or null
 * @param select element keys to select after the edit
 */
public record EditPlan(Command command, Message refusal, List<String> select) {

    /** Nothing to do. */
    public static final EditPlan NONE = new EditPlan(null, null, List.of());

    /** Validates. */
    public EditPlan {
        select = List.copyOf(select);
    }

    /**
     * @param command the edit
     * @param select what to select afterwards
     * @return a plan that edits
     */
    public static EditPlan of(Command command, List<String> select) {
        return new EditPlan(command, null, select);
    }

    /**
     * @param reason why not
     * @return a refusal
     */
    public static EditPlan refused(Message reason) {
        return new EditPlan(null, reason, List.of());
    }

    /** @return true if the gesture is refused */
    public boolean isRefused() {
        return refusal != null;
    }
}
