package dev.vpclab.app.inspector;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Where a rule editor shows trace mode's extra card (the deciding-rule note and the suggested fix): right after its
 * table, replacing the previous one. Also selects the marked row of a table.
 */
final class MarkSlot {

    private final VBox root;
    private Node shown;

    /** @param root the editor's column */
    MarkSlot(VBox root) {
        this.root = root;
    }

    /**
     * @param after the node the card goes after
     * @param card the card, or null to remove it
     */
    void show(Node after, Node card) {
        if (shown != null) {
            root.getChildren().remove(shown);
        }
        shown = card;
        if (card != null) {
            root.getChildren().add(root.getChildren().indexOf(after) + 1, card);
        }
    }

    /**
     * Selects and scrolls to the first row that matches.
     *
     * @param table a table
     * @param marked which row is marked
     * @param <T> the row type
     * @return true if a row matched
     */
    static <T> boolean select(TableView<T> table, Predicate<T> marked) {
        for (T row : table.getItems()) {
            if (marked.test(row)) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return true;
            }
        }
        return false;
    }
}
