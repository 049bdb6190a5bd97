package dev.vpclab.app.inspector;

import javafx.scene.Node;

/** The part of the inspector made for one kind of resource (rules, routes, associations, addresses). */
interface KindEditor {

    /** @return its node */
    Node node();

    /** Shows the document as it is now (after an edit, undo or redo). */
    void refresh();

    /**
     * Brings the editor of a field into view (a double-clicked problem names it).
     *
     * @param field a field such as "entries[2].ruleNumber" or "ingress"
     */
    default void focus(String field) {
    }
}
