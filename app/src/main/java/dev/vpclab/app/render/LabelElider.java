package dev.vpclab.app.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Shortens labels that do not fit their box, ending them with "…" so that text never clips. Results are cached,
 * since the same labels are fitted every frame.
 */
public final class LabelElider {

    /** What a shortened label ends with. */
    public static final String ELLIPSIS = "…";

    private static final int MAX_CACHE = 50_000;

    private final TextMeasurer measurer;
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, String> fitted = new HashMap<>();

    /** @param measurer how text is measured */
    public LabelElider(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /**
     * @param text a label
     * @param style its style
     * @return its width (cached)
     */
    public double width(String text, TextStyle style) {
        if (text.isEmpty()) {
            return 0;
        }
        String key = style.fontKey() + '\u0000' + text;
        Double w = widths.get(key);
        if (w == null) {
            if (widths.size() > MAX_CACHE) {
                widths.clear();
            }
            w = measurer.width(text, style);
            widths.put(key, w);
        }
        return w;
    }

    /**
     * @param text a label
     * @param maxWidth the room it has
     * @param style its style
     * @return the label if it fits, else its longest prefix that fits with "…" appended, or "" if not even "…" fits
     */
    public String elide(String text, double maxWidth, TextStyle style) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (width(text, style) <= maxWidth) {
            return text;
        }
        String key = style.fontKey() + '\u0000' + Math.round(maxWidth * 4) + '\u0000' + text;
        String cached = fitted.get(key);
        if (cached != null) {
            return cached;
        }
        String result = shorten(text, maxWidth, style);
        if (fitted.size() > MAX_CACHE) {
            fitted.clear();
        }
        fitted.put(key, result);
        return result;
    }

    private String shorten(String text, double maxWidth, TextStyle style) {
        if (width(ELLIPSIS, style) > maxWidth) {
            return "";
        }
        int lo = 0;
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid).stripTrailing() + ELLIPSIS, style) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(text.charAt(lo - 1))) {
            lo--;
        }
        return text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
