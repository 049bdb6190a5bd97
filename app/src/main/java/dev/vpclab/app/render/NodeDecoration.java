package dev.vpclab.app.render;

/**
 * How the simulation colours one element: a tile colour for its load, a badge ("82 % CPU", "failed") and its state.
 *
 * @param fill tile colour for nodes (a translucent fill for containers), or null to keep the usual one
 * @param badge short text shown instead of the address, or null
 * @param state normal, warning or failed (failed elements are greyed and hatched)
 */
public record NodeDecoration(Colour fill, String badge, State state) {

    /** The state of a decorated element. */
    public enum State { NORMAL, WARNING, FAILED }

    /** Validates. */
    public NodeDecoration {
        state = state == null ? State.NORMAL : state;
    }
}
