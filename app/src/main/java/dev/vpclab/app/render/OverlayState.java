package dev.vpclab.app.render;

import java.util.List;
import java.util.Map;

/**
 * What the trace and simulation modes draw over the diagram: a forward path and a return path through element
 * centres, the element where a packet was dropped, a packet marker along the forward path, and per-element
 * decorations. Immutable; an empty state draws nothing.
 *
 * @param path element keys along the forward path
 * @param pathColour its colour, or null for the theme's
 * @param returnPath element keys along the return path
 * @param returnColour its colour, or null for the theme's
 * @param droppedAt the element where the packet was dropped, or null
 * @param marker position of the packet along the forward path, 0–1, or NaN for none
 * @param decorations element key → decoration
 */
public record OverlayState(List<String> path, Colour pathColour, List<String> returnPath, Colour returnColour,
                           String droppedAt, double marker, Map<String, NodeDecoration> decorations) {

    /** Nothing drawn. */
    public static final OverlayState EMPTY = new OverlayState(List.of(), null, List.of(), null, null, Double.NaN, Map.of());

    /** Validates. */
    public OverlayState {
        path = List.copyOf(path);
        returnPath = List.copyOf(returnPath);
        decorations = Map.copyOf(decorations);
    }

    /** @return true if a path or marker is drawn */
    public boolean hasPaths() {
        return !path.isEmpty() || !returnPath.isEmpty() || droppedAt != null;
    }
}
