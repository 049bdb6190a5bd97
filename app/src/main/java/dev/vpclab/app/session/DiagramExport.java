package dev.vpclab.app.session;

import dev.vpclab.model.document.Document;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a picture of a document for File ▸ Export. The app wires an adapter here so that the menu can switch
 * to the renderer ({@code dev.vpclab.app.render.DiagramExporter}) without the session knowing which one draws.
 */
public interface DiagramExport {

    /**
     * @param doc the document
     * @param file the PNG to write
     * @throws IOException if it cannot be written
     */
    void exportPng(Document doc, Path file) throws IOException;

    /**
     * @param doc the document
     * @param file the SVG to write
     * @throws IOException if it cannot be written
     * @throws UnsupportedOperationException if this exporter cannot draw SVG (the user is told so)
     */
    void exportSvg(Document doc, Path file) throws IOException;
}
