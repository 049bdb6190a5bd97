/**
 * The icons of VPC Lab: one per resource kind, drawn for this project, reached through {@link dev.vpclab.icons.Icons}.
 *
 * <p>Every icon is a rounded tile in its category's colour ({@link dev.vpclab.icons.IconCategory}) with a white
 * glyph stroked on a 24 × 24 grid. The glyphs are SVG path data, so the same data draws the JavaFX node, the
 * snapshot image and the SVG export. The app logo's PNG files under {@code dev/vpclab/icons/app/} are
 * generated and committed; {@code AppIconFilesTest} checks they match the drawing and rewrites them when run
 * with {@code -Dvpclab.icons.regenerate=true}. The tests also write {@code target/contact-sheet.png}, a labelled
 * sheet of every icon, to review the set by eye after any change.
 */
package dev.vpclab.icons;
