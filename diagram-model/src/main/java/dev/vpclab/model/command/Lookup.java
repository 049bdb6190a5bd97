package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;

/** Finds the resources a command names, or refuses with a message that says which id is wrong and why. */
final class Lookup {

    private Lookup() {
    }

    /**
     * @param doc the document
     * @param id an id
     * @return the resource
     * @throws CommandException if there is none
     */
    static Resource resource(Document doc, String id) {
        Resource r = doc.get(id);
        if (r == null) {
            throw CommandException.of("unknownResource", id);
        }
        return r;
    }

    /**
     * @param doc the document
     * @param id an id
     * @param type the expected kind
     * @param <T> its record class
     * @return the resource
     * @throws CommandException if there is none or it is of another kind
     */
    static <T extends Resource> T resource(Document doc, String id, Class<T> type) {
        Resource r = resource(doc, id);
        if (!type.isInstance(r)) {
            throw CommandException.of("wrongKind", id, r.kind().awsName(), ResourceKind.of(type).awsName());
        }
        return type.cast(r);
    }
}
