package dev.vpclab.trace.fix;

import dev.vpclab.model.i18n.Message;
import java.util.List;

/**
 * What would unblock a request: a sentence ("add outbound rule 110: allow TCP 1024–65535 to 0.0.0.0/0") and
 * the exact document changes that do it (possibly none, when the fix needs a decision only a person can take).
 *
 * @param message the fix in words
 * @param changes the edits, in order
 */
public record SuggestedFix(Message message, List<DocumentChange> changes) {

    /** Copies. */
    public SuggestedFix {
        changes = List.copyOf(changes);
    }

    /**
     * @param message the fix in words
     * @param changes the edits
     * @return the fix
     */
    public static SuggestedFix of(Message message, DocumentChange... changes) {
        return new SuggestedFix(message, List.of(changes));
    }
}
