package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Resource;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes sure an inverse is exact. The natural inverse of an edit (remove the rule that was added, add back the
 * rule that was removed) is what undo should apply; but on a document that already broke a rule before the
 * edit (two ACL entries with one number, a route to "local" outside the VPC, as an imported file may hold) the
 * natural inverse would be refused or land elsewhere. Then the earlier version of the one changed resource is
 * restored instead.
 */
final class Inverses {

    private Inverses() {
    }

    /**
     * @param natural the natural inverse
     * @param undone what the natural inverse makes of the changed resource, computed on the edited document
     * @param before the document before the edit
     * @param id the one resource the edit changed
     * @return the natural inverse when it restores the resource exactly, else a {@link RestoreResources}
     */
    static Command checked(Command natural, Supplier<Resource> undone, Document before, String id) {
        Resource restored;
        try {
            restored = undone.get();
        } catch (CommandException e) {
            restored = null;
        }
        return before.get(id).equals(restored) ? natural : RestoreResources.undoing(before, Set.of(id), Set.of());
    }
}
