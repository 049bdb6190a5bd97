package dev.vpclab.app.canvas;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a whole diagram is exported as a picture.
 *
 * @param scale pixels per world unit (1 = as on screen at 100 %), 0.1–8
 * @param margin free space around the diagram, in world units
 * @param dark dark colours
 * @param locale the language of labels
 * @param grid draw the background dot grid
 * @param connectors the connector kinds to draw
 */
public record ExportOptions(double scale, double margin, boolean dark, Locale locale, boolean grid, Set<ConnectorKind> connectors) {

    /** Validates. */
    public ExportOptions {
        if (!(scale >= 0.1 && scale <= 8)) {
            throw new IllegalArgumentException("the scale must be between 0.1 and 8, not " + scale);
        }
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("the margin cannot be negative");
        }
        locale = locale == null ? Locale.ENGLISH : locale;
        connectors = connectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(connectors));
    }

    /** @return scale 1, a 32-unit margin, light colours, English, no grid, every connector kind but security groups */
    public static ExportOptions defaults() {
        return new ExportOptions(1, 32, false, Locale.ENGLISH, false, EnumSet.complementOf(EnumSet.of(ConnectorKind.SECURITY_GROUP)));
    }

    /** @param s scale @return these options at that scale */
    public ExportOptions withScale(double s) {
        return new ExportOptions(s, margin, dark, locale, grid, connectors);
    }

    /** @param d dark colours @return these options with them */
    public ExportOptions withDark(boolean d) {
        return new ExportOptions(scale, margin, d, locale, grid, connectors);
    }

    /** @param l language @return these options in it */
    public ExportOptions withLocale(Locale l) {
        return new ExportOptions(scale, margin, dark, l, grid, connectors);
    }
}
