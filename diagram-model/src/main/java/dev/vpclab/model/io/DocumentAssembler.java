package dev.vpclab.model.io;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.DocumentInfo;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.resource.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the document from a bound file, refusing what would make an inconsistent document: empty entries,
 * duplicate ids, and dangling references that {@link References} says must resolve. Layout entries are kept as
 * they are, also for elements that are gone (they are harmless, and the document itself keeps them).
 */
final class DocumentAssembler {

    private static final String RESOURCES = "/resources";

    private DocumentAssembler() {
    }

    /**
     * @param file the bound file
     * @return the document
     * @throws InvalidFileException naming the first problem's place
     */
    static Document assemble(DocumentFile file) throws InvalidFileException {
        List<Resource> resources = file.resources() == null ? List.of() : file.resources();
        Map<String, Integer> positions = new HashMap<>(resources.size() * 2);
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            if (r == null) {
                throw new InvalidFileException(Pointers.index(RESOURCES, i), "expected a resource but found null", null);
            }
            Integer earlier = positions.putIfAbsent(r.id(), i);
            if (earlier != null) {
                throw new InvalidFileException(Pointers.field(Pointers.index(RESOURCES, i), "id"), "the id " + TokenNames.quote(r.id())
                        + " is already used by " + Pointers.index(RESOURCES, earlier),
                        "Ids must be unique: give one of the two another id in a text editor.");
            }
        }
        for (int i = 0; i < resources.size(); i++) {
            checkReferences(resources.get(i), Pointers.index(RESOURCES, i), positions);
        }
        return Document.of(resources, layout(file.layout()))
                .withInfo(file.info() == null ? DocumentInfo.EMPTY : file.info())
                .withTraces(noNulls(file.traces(), "/traces", "saved trace"))
                .withSimulations(noNulls(file.simulations(), "/simulations", "saved simulation"));
    }

    private static void checkReferences(Resource r, String pointer, Map<String, Integer> ids) throws InvalidFileException {
        for (Reference ref : References.of(r)) {
            if (ref.onDelete() != Reference.OnDelete.KEEP && !ids.containsKey(ref.targetId())) {
                throw new InvalidFileException(Pointers.ofFieldPath(pointer, ref.field()),
                        r.kind().awsName() + " " + TokenNames.quote(r.id()) + " refers to " + TokenNames.quote(ref.targetId())
                                + ", which is not in the file",
                        "Add the missing resource or correct the id in a text editor.");
            }
        }
    }

    private static Layout layout(Map<String, Bounds> layout) {
        if (layout == null || layout.isEmpty()) {
            return Layout.EMPTY;
        }
        Map<String, Bounds> kept = new HashMap<>(layout);
        kept.values().removeIf(Objects::isNull);
        return Layout.of(kept);
    }

    private static <T> List<T> noNulls(List<T> list, String pointer, String what) throws InvalidFileException {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new InvalidFileException(Pointers.index(pointer, i), "expected a " + what + " but found null", null);
            }
        }
        return list;
    }
}
