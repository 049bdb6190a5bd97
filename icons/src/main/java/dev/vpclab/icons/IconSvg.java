package dev.vpclab.icons;

import static dev.vpclab.icons.PathData.num;

/**
 * Writes an icon as a standalone SVG element, for SVG export of diagrams and for the web.
 */
final class IconSvg {

    private IconSvg() {
    }

    /**
     * An {@code <svg>} element drawing the icon in a square of the given size at the given position; it can
     * stand alone as a file or be nested in a larger SVG document.
     *
     * @param kind the icon
     * @param x left edge in the parent's user units (ignored by a standalone file)
     * @param y top edge in the parent's user units
     * @param size side of the square
     * @return the element as a string, with the SVG namespace declared
     */
    static String svg(IconKind kind, double x, double y, double size) {
        TileStyle.checkSize(size);
        StringBuilder sb = new StringBuilder(kind.glyph().length() + 360);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (x != 0 || y != 0) {
            sb.append(" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        }
        sb.append(" width=\"").append(num(size)).append("\" height=\"").append(num(size)).append('"')
                .append(" viewBox=\"0 0 ").append(num(TileStyle.GRID)).append(' ').append(num(TileStyle.GRID))
                .append("\" data-kind=\"").append(kind.key()).append("\">")
                .append("<rect width=\"").append(num(TileStyle.GRID)).append("\" height=\"")
                .append(num(TileStyle.GRID)).append("\" rx=\"").append(num(TileStyle.CORNER_RADIUS))
                .append("\" fill=\"").append(kind.category().colour()).append("\"/>")
                .append("<path d=\"").append(kind.glyph()).append("\" fill=\"none\" stroke=\"")
                .append(TileStyle.GLYPH_COLOUR).append("\" stroke-width=\"")
                .append(num(TileStyle.strokeWidth(size)))
                .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>")
                .append("</svg>");
        return sb.toString();
    }
}
