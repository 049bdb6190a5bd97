package dev.vpclab.app.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures text with the JDK's logical fonts (SansSerif, Monospaced), which works with no display and no JavaFX;
 * used to fit labels when writing SVG.
 */
public final class AwtTextMeasurer implements TextMeasurer {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Map<String, Font> fonts = new HashMap<>();

    @Override
    public double width(String text, TextStyle style) {
        Font font = fonts.computeIfAbsent(style.fontKey(), k -> new Font(style.mono() ? Font.MONOSPACED : Font.SANS_SERIF,
                style.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) style.size()));
        return font.getStringBounds(text, CONTEXT).getWidth();
    }
}
