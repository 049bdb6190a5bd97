package dev.vpclab.app.session;

import dev.vpclab.app.cli.ModelLoader;
import dev.vpclab.app.cli.UserInputException;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.layout.AutoLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The file commands of the window: New, Open, Open AWS folder, Open sample, Save, Save as, Export, and the
 * unsaved-changes guard before anything replaces or closes the document. Saving never loses the diagram: a
 * failed write is reported and the document stays open and unsaved. A view-model: no windows, the questions go
 * through a {@link DialogService}.
 */
public final class DocumentSession {

    private final EditorModel editor;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final Autosaver autosaver;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private DiagramExport exporter;

    /**
     * @param editor the open document
     * @param dialogs where questions go
     * @param recent the recent-files list
     * @param autosaver the recovery copies
     */
    public DocumentSession(EditorModel editor, DialogService dialogs, RecentFiles recent, Autosaver autosaver) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.recent = recent;
        this.autosaver = autosaver;
        Path file = editor.fileProperty().get();
        name.set(file != null ? file.getFileName().toString() : i18n().get("ui.session.untitled"));
        editor.fileProperty().addListener((o, a, f) -> {
            if (f != null) {
                name.set(f.getFileName().toString());
            }
        });
    }

    private I18n i18n() {
        return editor.i18n();
    }

    /** @return what the window calls the document: its file name, a sample's name, or "Untitled" */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** @return the recent files */
    public RecentFiles recent() {
        return recent;
    }

    /** @return the recovery copies */
    public Autosaver autosaver() {
        return autosaver;
    }

    /** @param export what draws File ▸ Export pictures */
    public void setExporter(DiagramExport export) {
        this.exporter = export;
    }

    /**
     * @param doc a document that has no file yet (a sample, an import)
     * @param displayName what to call it
     */
    public void show(Document doc, String displayName) {
        editor.reset(doc, null);
        name.set(displayName);
        autosaver.discard();
    }

    /** @return a new document: Region us-east-1 with its zones, laid out */
    public static Document blankDocument() {
        Document doc = Document.empty().withAll(new ResourceFactory(new IdGenerator(), Document.empty()).region("us-east-1"));
        return doc.withLayout(AutoLayout.layout(doc));
    }

    /**
     * File ▸ New.
     *
     * @return true if the new document replaced the old one
     */
    public boolean newDocument() {
        if (!confirmDiscard()) {
            return false;
        }
        show(blankDocument(), i18n().get("ui.session.untitled"));
        return true;
    }

    /**
     * File ▸ Open…: asks for a file.
     *
     * @return true if a document was opened
     */
    public boolean open() {
        if (!confirmDiscard()) {
            return false;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(initialFolder());
        return file.isPresent() && load(file.get(), false);
    }

    /**
     * Opens a given file (recent files, the command line), after the unsaved-changes guard.
     *
     * @param file a .vpclab file or a folder of AWS CLI JSON
     * @return true if it was opened
     */
    public boolean open(Path file) {
        return confirmDiscard() && load(file, false);
    }

    /**
     * File ▸ Open AWS folder…
     *
     * @return true if a folder was imported
     */
    public boolean openAwsFolder() {
        if (!confirmDiscard()) {
            return false;
        }
        Optional<Path> folder = dialogs.chooseFolderToImport(initialFolder());
        return folder.isPresent() && load(folder.get(), true);
    }

    /**
     * File ▸ Open sample ▸ name.
     *
     * @param sample one of {@link Samples#NAMES}
     * @return true if it was opened
     */
    public boolean openSample(String sample) {
        if (!confirmDiscard()) {
            return false;
        }
        show(Samples.load(sample), sample + DocumentFormat.EXTENSION);
        return true;
    }

    private boolean load(Path path, boolean folder) {
        ModelLoader.Loaded loaded;
        try {
            loaded = ModelLoader.load(path.toString(), i18n().locale());
        } catch (UserInputException e) {
            dialogs.showError(i18n().get(folder ? "ui.session.importFailed" : "ui.session.openFailed"), e.getMessage());
            if (!folder) {
                recent.remove(path);
            }
            return false;
        }
        if (loaded.imported()) {
            show(loaded.document(), path.getFileName() == null ? path.toString() : path.getFileName().toString());
        } else {
            editor.reset(loaded.document(), path);
            name.set(path.getFileName().toString());
            autosaver.discard();
            recent.add(path);
        }
        List<String> warnings = loaded.warnings();
        if (!warnings.isEmpty()) {
            dialogs.showWarnings(i18n().get(loaded.imported() ? "ui.session.importWarnings" : "ui.session.openWarnings"),
                    i18n().get("ui.session.warningsSummary", name.get(), warnings.size()), warnings);
        }
        return true;
    }

    /**
     * File ▸ Save: to the document's file, or asks for one.
     *
     * @return true if the document was written
     */
    public boolean save() {
        Path file = editor.fileProperty().get();
        return file == null ? saveAs() : write(file);
    }

    /**
     * File ▸ Save as…
     *
     * @return true if the document was written
     */
    public boolean saveAs() {
        String suggested = name.get().endsWith(DocumentFormat.EXTENSION) ? name.get() : name.get() + DocumentFormat.EXTENSION;
        Optional<Path> chosen = dialogs.chooseFileToSave(suggested, DocumentFormat.EXTENSION, initialFolder());
        if (chosen.isEmpty()) {
            return false;
        }
        Path file = chosen.get();
        if (!file.getFileName().toString().endsWith(DocumentFormat.EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + DocumentFormat.EXTENSION);
        }
        return write(file);
    }

    private boolean write(Path file) {
        try {
            DocumentFormat.write(editor.document(), file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError(i18n().get("ui.session.saveFailed", file.getFileName()),
                    i18n().get("ui.session.saveFailed.detail", file, IoReasons.of(e, i18n())));
            return false;
        }
        editor.fileProperty().set(file);
        name.set(file.getFileName().toString());
        editor.markSaved();
        recent.add(file);
        autosaver.discard();
        return true;
    }

    /**
     * File ▸ Export PNG… / Export SVG…
     *
     * @param svg SVG rather than PNG
     * @return true if a picture was written
     */
    public boolean export(boolean svg) {
        String ext = svg ? ".svg" : ".png";
        String base = name.get().endsWith(DocumentFormat.EXTENSION)
                ? name.get().substring(0, name.get().length() - DocumentFormat.EXTENSION.length()) : name.get();
        Optional<Path> chosen = dialogs.chooseFileToSave(base + ext, ext, initialFolder());
        if (chosen.isEmpty() || exporter == null) {
            return false;
        }
        try {
            if (svg) {
                exporter.exportSvg(editor.document(), chosen.get());
            } else {
                exporter.exportPng(editor.document(), chosen.get());
            }
            return true;
        } catch (UnsupportedOperationException e) {
            dialogs.showError(i18n().get("ui.export.failed", chosen.get().getFileName()), i18n().get("ui.export.unavailable"));
        } catch (IOException | RuntimeException e) {
            dialogs.showError(i18n().get("ui.export.failed", chosen.get().getFileName()),
                    i18n().get("ui.session.saveFailed.detail", chosen.get(), IoReasons.of(e, i18n())));
        }
        return false;
    }

    /**
     * The guard before New, Open and Quit: asks to save unsaved changes.
     *
     * @return true to go on (saved, or the user chose not to save); false to stay
     */
    public boolean confirmDiscard() {
        if (!editor.dirtyProperty().get()) {
            return true;
        }
        DialogService.SaveChoice choice = dialogs.askSaveChanges(name.get());
        if (choice == DialogService.SaveChoice.SAVE) {
            return save();
        }
        return choice == DialogService.SaveChoice.DISCARD;
    }

    /**
     * File ▸ Quit and the window's close button: the guard, then the recovery copy goes.
     *
     * @return true if the window may close
     */
    public boolean close() {
        if (!confirmDiscard()) {
            return false;
        }
        autosaver.discard();
        return true;
    }

    /** Writes a recovery copy now if the document has unsaved changes (the autosave timer calls it). */
    public void autosave() {
        if (editor.dirtyProperty().get()) {
            autosaver.save(editor.document(), editor.fileProperty().get(), name.get());
        }
    }

    /**
     * At start: offers the newest recovery copy a crashed window left behind, and opens it if the user agrees
     * (unsaved, on top of its file, so that undo returns to what is on disk).
     *
     * @return true if a recovered copy was opened
     */
    public boolean offerRecovery() {
        return new Recovery(editor, dialogs, autosaver.store(), name::set).offer();
    }

    private Path initialFolder() {
        Path file = editor.fileProperty().get();
        if (file == null && !recent.files().isEmpty()) {
            file = recent.files().get(0);
        }
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder) ? folder : null;
    }
}
