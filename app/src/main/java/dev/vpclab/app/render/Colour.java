package dev.vpclab.app.render;

import java.util.Locale;

/**
 * An sRGB colour with opacity, as the renderer passes it to a {@link Painter}: plain data, so that the render
 * model and the SVG writer need no toolkit.
 *
 * @param red 0–255
 * @param green 0–255
 * @param blue 0–255
 * @param alpha 0 (transparent) – 1 (opaque)
 */
public record Colour(int red, int green, int blue, double alpha) {

    /** Validates. */
    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels are 0-255");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("colour opacity is 0-1, not " + alpha);
        }
    }

    /**
     * @param hex "#RRGGBB" or "#RRGGBBAA"
     * @return the colour
     */
    public static Colour hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("not a colour: " + hex + " (write #RRGGBB or #RRGGBBAA)");
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
        return new Colour(r, g, b, a);
    }

    /** @param a new opacity @return this colour with it */
    public Colour withAlpha(double a) {
        return new Colour(red, green, blue, a);
    }

    /**
     * @param other another colour
     * @param t 0 = this, 1 = other
     * @return the blend
     */
    public Colour mix(Colour other, double t) {
        return new Colour((int) Math.round(red + (other.red - red) * t), (int) Math.round(green + (other.green - green) * t),
                (int) Math.round(blue + (other.blue - blue) * t), alpha + (other.alpha - alpha) * t);
    }

    /** @return "#RRGGBB", opacity left out */
    public String rgbHex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** @return true when fully opaque */
    public boolean opaque() {
        return alpha >= 1;
    }
}
