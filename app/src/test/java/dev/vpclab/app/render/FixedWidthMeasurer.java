package dev.vpclab.app.render;

/** Every character is 0.6 em wide: a predictable stand-in for real fonts. */
final class FixedWidthMeasurer implements TextMeasurer {

    @Override
    public double width(String text, TextStyle style) {
        return text.length() * style.size() * 0.6;
    }
}
