package dev.vpclab.app.canvas;

import dev.vpclab.app.render.TextMeasurer;
import dev.vpclab.app.render.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The platform's fonts for the canvas (its default proportional family and the logical monospaced one), cached
 * per style, and text measurement with them. A canvas draws with one font and does not fall back per glyph, so
 * text holding Hangul or other CJK characters is drawn with an installed family that has them. Needs a started
 * JavaFX toolkit.
 */
public final class FxFonts implements TextMeasurer {

    /** Families that hold Korean glyphs, as Linux, Windows and macOS ship them. */
    private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic",
            "Apple SD Gothic Neo", "NanumGothic", "Noto Sans CJK JP", "Droid Sans Fallback");

    private final String sans = Font.getDefault().getFamily();
    private final String cjk = cjkFamily();
    private final Map<String, Font> fonts = new HashMap<>();
    private final Text probe = new Text();

    private static String cjkFamily() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        for (String f : CJK_FAMILIES) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return Font.getDefault().getFamily();
    }

    /**
     * @param style a text style
     * @param text the text to draw with it
     * @return the font
     */
    public Font font(TextStyle style, String text) {
        boolean wide = needsCjk(text);
        String key = (wide ? "c" : "") + style.fontKey();
        return fonts.computeIfAbsent(key, k -> Font.font(wide ? cjk : style.mono() ? "Monospaced" : sans,
                style.bold() ? FontWeight.BOLD : FontWeight.NORMAL, style.size()));
    }

    /**
     * @param text a text
     * @return true if it holds characters the default Latin families lack (Hangul, kana, Han)
     */
    static boolean needsCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x1100 && c <= 0x11FF || c >= 0x2E80 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF
                    || c >= 0x3130 && c <= 0x318F) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double width(String text, TextStyle style) {
        probe.setFont(font(style, text));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
