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

    /**
     * Marks the rule a trace hop was decided by: opens its tab, selects and tints its row, and shows {@code extra}
     * (the note and the suggested-fix card) right under the rules.
     *
     * @param mark the rule, or null to remove the mark
     * @param extra what to show under the rules, or null with a null mark
     * @return true if this editor placed {@code extra}; false leaves it to the inspector (editors without rules)
     */
    default boolean mark(RuleMark mark, Node extra) {
        return false;
    }
}
