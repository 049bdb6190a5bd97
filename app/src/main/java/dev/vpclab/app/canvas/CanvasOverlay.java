package dev.vpclab.app.canvas;

import dev.vpclab.app.render.Colour;
import dev.vpclab.app.render.NodeDecoration;
import dev.vpclab.app.render.OverlayState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.paint.Color;

/**
 * What the trace and simulation modes draw over the diagram: the forward and return paths through elements, the
 * hop where a packet was dropped, the animated packet's position, and live load and state colours. Setting anything
 * redraws the overlay at the next frame; only the overlay layer is redrawn for paths and the marker. Use on the
 * JavaFX application thread.
 */
public final class CanvasOverlay {

    private final ReadOnlyObjectWrapper<OverlayState> state = new ReadOnlyObjectWrapper<>(this, "state", OverlayState.EMPTY);

    /** @return the current overlay, as the renderer reads it */
    public ReadOnlyObjectProperty<OverlayState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** @return the current overlay */
    public OverlayState state() {
        return state.get();
    }

    private static Colour colour(Color c) {
        return c == null ? null : new Colour((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), c.getOpacity());
    }

    /**
     * @param keys element keys along the forward path, in order (keys not on the canvas are skipped)
     * @param colour its colour, or null for the theme's green
     */
    public void setPath(List<String> keys, Color colour) {
        OverlayState s = state.get();
        state.set(new OverlayState(keys, colour(colour), s.returnPath(), s.returnColour(), s.droppedAt(), s.marker(), s.decorations()));
    }

    /**
     * @param keys element keys along the return path, in order
     * @param colour its colour, or null for the theme's
     */
    public void setReturnPath(List<String> keys, Color colour) {
        OverlayState s = state.get();
        state.set(new OverlayState(s.path(), s.pathColour(), keys, colour(colour), s.droppedAt(), s.marker(), s.decorations()));
    }

    /** @param key the element where the packet was dropped (drawn red), or null */
    public void setDroppedAt(String key) {
        OverlayState s = state.get();
        state.set(new OverlayState(s.path(), s.pathColour(), s.returnPath(), s.returnColour(), key, s.marker(), s.decorations()));
    }

    /** @param position the packet's place along the forward path, 0 (start) to 1 (end), or NaN to hide it */
    public void setMarker(double position) {
        OverlayState s = state.get();
        state.set(new OverlayState(s.path(), s.pathColour(), s.returnPath(), s.returnColour(), s.droppedAt(), position, s.decorations()));
    }

    /**
     * @param decorations element key → how to colour it (load, failure)
     */
    public void setDecorations(Map<String, NodeDecoration> decorations) {
        OverlayState s = state.get();
        state.set(new OverlayState(s.path(), s.pathColour(), s.returnPath(), s.returnColour(), s.droppedAt(), s.marker(),
                new HashMap<>(decorations)));
    }

    /**
     * @param fill a JavaFX colour, or null
     * @param badge short text, or null
     * @param decorationState the state
     * @return a decoration for {@link #setDecorations}
     */
    public static NodeDecoration decoration(Color fill, String badge, NodeDecoration.State decorationState) {
        return new NodeDecoration(colour(fill), badge, decorationState);
    }

    /** Removes paths, marker and decorations. */
    public void clear() {
        state.set(OverlayState.EMPTY);
    }
}
