package dev.vpclab.model.io;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.DocumentInfo;
import dev.vpclab.model.document.SavedSimulation;
import dev.vpclab.model.document.SavedTrace;
import dev.vpclab.model.resource.Resource;
import java.util.List;
import java.util.Map;

/**
 * The top level of a .vpclab file as Jackson binds it: the format version, what the document says about itself,
 * the layout apart from the resources, the resources sorted by id, and the saved traces and simulations. Any
 * part may be null when read; the reader checks and fills in.
 *
 * @param formatVersion the format version, {@link DocumentFormat#CURRENT_VERSION} when written
 * @param info title and description, or null
 * @param layout element key → bounds, or null
 * @param resources the resources in file order, or null
 * @param traces saved traces, or null
 * @param simulations saved simulations, or null
 */
record DocumentFile(int formatVersion, DocumentInfo info, Map<String, Bounds> layout, List<Resource> resources,
                    List<SavedTrace> traces, List<SavedSimulation> simulations) {

    /**
     * @param doc a document
     * @return the file to write for it, at the current version
     */
    static DocumentFile of(Document doc) {
        return new DocumentFile(DocumentFormat.CURRENT_VERSION, doc.info().equals(DocumentInfo.EMPTY) ? null : doc.info(),
                doc.layout().asSortedMap(), doc.all(), doc.traces(), doc.simulations());
    }
}
