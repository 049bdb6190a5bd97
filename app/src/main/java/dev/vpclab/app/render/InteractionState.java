package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import java.util.Set;

/**
 * What the editor shows of a gesture in progress: the selection (with resize handles on a lone selected
 * container), a rubber band, and the element a palette item is being dragged over.
 *
 * @param selection selected element keys
 * @param rubberBand the rubber-band rectangle in world units, or null
 * @param dropTarget the element under a palette drag, or null
 * @param dropAllowed whether the drop there would be accepted
 */
public record InteractionState(Set<String> selection, Bounds rubberBand, String dropTarget, boolean dropAllowed) {

    /** Nothing selected, no gesture. */
    public static final InteractionState NONE = new InteractionState(Set.of(), null, null, false);

    /** Validates. */
    public InteractionState {
        selection = Set.copyOf(selection);
    }
}
