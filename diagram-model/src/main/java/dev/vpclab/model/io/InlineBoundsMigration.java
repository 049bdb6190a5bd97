package dev.vpclab.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Format 1 → 2. The first draft kept each resource's position inside the resource, as
 * {@code "bounds": {"x", "y", "width", "height"}}, and named its version key "version". Format 2 keeps the
 * layout apart from the resources, in a top-level {@code "layout"} keyed by id (so that a pure move does not
 * touch the resource, and so that AZ columns, which are not resources, can have bounds too).
 */
final class InlineBoundsMigration implements Migration {

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public void migrate(ObjectNode root) throws InvalidFileException {
        JsonNode resources = root.get("resources");
        JsonNode existing = root.get("layout");
        ObjectNode layout = existing instanceof ObjectNode o ? o : root.objectNode();
        if (resources instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof ObjectNode resource && resource.has("bounds")) {
                    moveBounds(resource, Pointers.index("/resources", i), layout);
                }
            }
        }
        root.remove("version");
        if (!layout.isEmpty()) {
            root.set("layout", layout);
        }
    }

    private static void moveBounds(ObjectNode resource, String pointer, ObjectNode layout) throws InvalidFileException {
        JsonNode bounds = resource.remove("bounds");
        if (bounds.isNull()) {
            return;
        }
        if (!bounds.isObject()) {
            throw new InvalidFileException(Pointers.field(pointer, "bounds"),
                    "expected an object {\"x\", \"y\", \"width\", \"height\"} but found " + TokenNames.describe(bounds), null);
        }
        JsonNode id = resource.get("id");
        if (id != null && id.isTextual() && !id.textValue().isBlank()) {
            layout.set(id.textValue(), bounds);
        }
    }
}
