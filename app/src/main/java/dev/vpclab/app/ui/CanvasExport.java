package dev.vpclab.app.ui;

import dev.vpclab.app.canvas.ConnectorKind;
import dev.vpclab.app.canvas.DiagramExporter;
import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.canvas.ExportOptions;
import dev.vpclab.app.session.DiagramExport;
import dev.vpclab.model.document.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * File ▸ Export through the diagram renderer ({@link DiagramExporter}): the whole diagram (not only what is in view),
 * in the window's theme and language, with the connectors the View menu shows; PNG at twice the screen resolution.
 */
final class CanvasExport implements DiagramExport {

    /** PNG pixels per diagram unit: sharp on high-density screens and in slides. */
    static final double PNG_SCALE = 2;

    private final DiagramView canvas;
    private final I18n i18n;

    CanvasExport(DiagramView canvas, I18n i18n) {
        this.canvas = canvas;
        this.i18n = i18n;
    }

    private ExportOptions options(double scale) {
        Set<ConnectorKind> shown = EnumSet.noneOf(ConnectorKind.class);
        for (ConnectorKind k : ConnectorKind.values()) {
            if (canvas.connectorVisibleProperty(k).get()) {
                shown.add(k);
            }
        }
        ExportOptions d = ExportOptions.defaults();
        return new ExportOptions(scale, d.margin(), canvas.darkProperty().get(), i18n.locale(), false, shown);
    }

    @Override
    public void exportPng(Document doc, Path file) throws IOException {
        DiagramExporter.exportPng(doc, file, options(PNG_SCALE));
    }

    @Override
    public void exportSvg(Document doc, Path file) throws IOException {
        DiagramExporter.exportSvg(doc, file, options(1));
    }
}
