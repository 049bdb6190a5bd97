package dev.vpclab.icons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A tool that draws every icon in a labelled grid (at a main size, and at 24 and 16 px beside it) plus the
 * logo, so that a person can judge the set at a glance: run the tests, then open target/contact-sheet.png.
 */
final class ContactSheet {

    private static final int COLUMNS = 6;
    private static final int PAD = 16;

    private ContactSheet() {
    }

    /**
     * Draws the sheet.
     *
     * @param iconSize side of the main icon in each cell
     * @return the sheet's PNG bytes
     */
    static byte[] png(int iconSize) {
        return FxThread.call(() -> {
            Group sheet = sheet(iconSize);
            int width = (int) Math.ceil(sheet.getLayoutBounds().getWidth());
            int height = (int) Math.ceil(sheet.getLayoutBounds().getHeight());
            int side = Math.max(width, height);
            int[] square = Raster.argb(Raster.snapshot(sheet, side));
            int[] pixels = new int[width * height];
            for (int y = 0; y < height; y++) {
                System.arraycopy(square, y * side, pixels, y * width, width);
            }
            return PngEncoder.encode(width, height, pixels);
        });
    }

    private static Group sheet(int iconSize) {
        int cellWidth = iconSize + 24 + 16 + 3 * 10 + 40;
        int cellHeight = iconSize + 34;
        IconKind[] kinds = IconKind.values();
        int rows = (kinds.length + COLUMNS - 1) / COLUMNS;
        int logoRow = PAD + rows * cellHeight + PAD;
        int width = PAD * 2 + COLUMNS * cellWidth;
        int height = logoRow + 512 / 2 + 40;
        Group sheet = new Group();
        sheet.getChildren().add(new Rectangle(width, height, Color.web("#F7F8FA")));
        for (int i = 0; i < kinds.length; i++) {
            double x = PAD + (i % COLUMNS) * cellWidth;
            double y = PAD + (i / COLUMNS) * cellHeight;
            IconKind kind = kinds[i];
            sheet.getChildren().add(at(IconNodes.tile(kind, iconSize), x, y));
            sheet.getChildren().add(at(IconNodes.tile(kind, 24), x + iconSize + 10, y + iconSize - 24));
            sheet.getChildren().add(at(IconNodes.tile(kind, 16), x + iconSize + 44, y + iconSize - 16));
            sheet.getChildren().add(at(IconNodes.glyphOnly(kind, 16, Color.web("#232F3E")),
                    x + iconSize + 70, y + iconSize - 16));
            sheet.getChildren().add(label(kind.key(), x, y + iconSize + 16));
        }
        double x = PAD;
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            sheet.getChildren().add(at(AppIcon.node(size), x, logoRow + 256 - size));
            sheet.getChildren().add(label(size + " px", x, logoRow + 256 + 18));
            x += size + 24;
        }
        return sheet;
    }

    /**
     * Draws every icon at 16 px and magnifies the pixels, to judge small-size readability.
     *
     * @param magnification how many screen pixels show one icon pixel
     * @return the PNG bytes
     */
    static byte[] smallMagnifiedPng(int magnification) {
        return FxThread.call(() -> {
            IconKind[] kinds = IconKind.values();
            int cell = 16 * magnification + 12;
            int columns = 8;
            int rows = (kinds.length + columns - 1) / columns;
            Group sheet = new Group(new Rectangle(columns * cell + 12, rows * cell + 12, Color.web("#F7F8FA")));
            for (int i = 0; i < kinds.length; i++) {
                ImageView view = new ImageView(Raster.snapshot(IconNodes.tile(kinds[i], 16), 16));
                view.setSmooth(false);
                view.setFitWidth(16 * magnification);
                view.setFitHeight(16 * magnification);
                sheet.getChildren().add(at(view, 12 + (i % columns) * cell, 12 + (i / columns) * cell));
            }
            int width = columns * cell + 12;
            int height = rows * cell + 12;
            int[] square = Raster.argb(Raster.snapshot(sheet, width));
            int[] pixels = new int[width * height];
            System.arraycopy(square, 0, pixels, 0, pixels.length);
            return PngEncoder.encode(width, height, pixels);
        });
    }

    private static Node at(Node node, double x, double y) {
        node.setLayoutX(x);
        node.setLayoutY(y);
        return node;
    }

    private static Text label(String text, double x, double y) {
        Text label = new Text(x, y, text);
        label.setFont(Font.font("DejaVu Sans", 12));
        label.setFill(Color.web("#232F3E"));
        return label;
    }

    /**
     * Writes the sheet to a file.
     *
     * @param target the PNG file to write
     * @param iconSize side of the main icon in each cell
     * @throws IOException when the file cannot be written
     */
    static void write(Path target, int iconSize) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.write(target, png(iconSize));
    }

    /**
     * Writes the contact sheet; run with the test class path, headless or not.
     *
     * @param args the target file (default target/contact-sheet.png)
     * @throws Exception when the toolkit does not start or the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        JavaFx.start();
        write(Path.of(args.length > 0 ? args[0] : "target/contact-sheet.png"), 48);
        javafx.application.Platform.exit();
    }
}
