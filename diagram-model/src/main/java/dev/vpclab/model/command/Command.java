package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import java.util.Objects;

/**
 * One edit of a document, as data. Applying it yields the new document and the exact inverse command, so undo
 * is applying the inverse and redo is applying the inverse's inverse; no whole-document snapshots are kept.
 * A command that cannot apply throws {@link CommandException} and changes nothing (documents are immutable).
 */
public sealed interface Command permits AddResources, RemoveResources, RestoreResources, MoveElements, ResizeElement,
        EditLayout, Reparent, EditProperty, AddNaclEntry, EditNaclEntry, RemoveNaclEntry, AddSecurityGroupRule,
        EditSecurityGroupRule, RemoveSecurityGroupRule, AddRoute, EditRoute, RemoveRoute, AssociateRouteTable,
        AssociateNetworkAcl, SetMainRouteTable, CompositeCommand {

    /**
     * Applies the edit.
     *
     * @param doc the document to edit
     * @return the edited document and the command that turns it back into {@code doc}
     * @throws CommandException if the edit does not fit the document (unknown id, duplicate rule number, …)
     */
    Applied apply(Document doc);

    /**
     * @return what the edit does, as a sentence for the Edit menu ("Move i-0abc"); ids are the arguments, which
     *         {@link #description(Document)} replaces by the names people see
     */
    Message description();

    /**
     * The description with every argument that is the id of a resource in the document replaced by its label.
     *
     * @param doc a document that holds the resources the command names
     * @return the description as people read it ("Move web")
     */
    default Message description(Document doc) {
        return Labels.resolve(description(), doc);
    }

    /**
     * What applying a command gives.
     *
     * @param document the edited document
     * @param inverse the command that turns it back into the document the command was applied to
     */
    record Applied(Document document, Command inverse) {
        /** Validates. */
        public Applied {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(inverse, "inverse");
        }
    }
}
