package dev.vpclab.app.editor;

import javafx.scene.input.DataFormat;

/**
 * What the palette puts on the drag board and the canvas accepts: a palette item id, the resource kind's file
 * type name ("vpc", "subnet", "instance", …) or a variant after a colon ("lb:application", "lb:network").
 */
public final class DragFormats {

    /** The drag-board format of a palette item id. */
    public static final DataFormat PALETTE_ITEM = new DataFormat("application/x-vpclab-palette-item");

    private DragFormats() {
    }
}
