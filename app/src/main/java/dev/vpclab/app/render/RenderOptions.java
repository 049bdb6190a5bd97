package dev.vpclab.app.render;

import dev.vpclab.app.canvas.ConnectorKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a frame is drawn: colours, the background grid, which connector kinds show.
 *
 * @param theme the colours
 * @param grid draw the dot grid
 * @param connectors the connector kinds to draw
 */
public record RenderOptions(Theme theme, boolean grid, Set<ConnectorKind> connectors) {

    /** Validates. */
    public RenderOptions {
        connectors = connectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(connectors));
    }

    /**
     * @param dark dark colours
     * @return the default options: grid on, every connector kind but security-group references
     */
    public static RenderOptions defaults(boolean dark) {
        return new RenderOptions(Theme.of(dark), true, EnumSet.complementOf(EnumSet.of(ConnectorKind.SECURITY_GROUP)));
    }

    /** @param on grid @return these options with the grid on or off */
    public RenderOptions withGrid(boolean on) {
        return new RenderOptions(theme, on, connectors);
    }
}
