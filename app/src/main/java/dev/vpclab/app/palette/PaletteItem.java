package dev.vpclab.app.palette;

import dev.vpclab.model.resource.ResourceKind;

/**
 * One entry of the palette.
 *
 * @param id what goes on the drag board ({@link dev.vpclab.app.editor.DragFormats#PALETTE_ITEM}): the kind's type
 *     name, or a variant such as "subnet:public" or "lb:network"
 * @param kind the resource kind it creates
 * @param icon the icon name ({@link dev.vpclab.icons.Icons}): a type name or "subnet-public", "lb-network"…
 * @param labelKey its label in the ui bundle
 * @param drawn true if it is dragged onto the canvas; false for kinds added to the selected VPC by double-click
 *     or Enter and edited in the inspector (route tables, network ACLs, security groups…)
 */
public record PaletteItem(String id, ResourceKind kind, String icon, String labelKey, boolean drawn) {

    /** @return the palette group */
    public ResourceKind.Category category() {
        return kind.category();
    }
}
