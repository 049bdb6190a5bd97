package dev.vpclab.app.render;

/** Measures how wide a text is drawn in a style (world units at the style's font size). */
@FunctionalInterface
public interface TextMeasurer {

    /**
     * @param text the text
     * @param style its style
     * @return its advance width
     */
    double width(String text, TextStyle style);
}
