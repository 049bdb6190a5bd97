package dev.vpclab.app.session;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.io.DocumentReadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Offers, at start, the newest recovery copy a crashed window left behind, and opens it if the user agrees. */
final class Recovery {

    private final EditorModel editor;
    private final DialogService dialogs;
    private final RecoveryStore store;
    private final Consumer<String> rename;

    Recovery(EditorModel editor, DialogService dialogs, RecoveryStore store, Consumer<String> rename) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.store = store;
        this.rename = rename;
    }

    boolean offer() {
        List<RecoveryStore.Entry> entries = store.recoverable();
        if (entries.isEmpty()) {
            return false;
        }
        RecoveryStore.Entry entry = entries.get(0);
        if (!dialogs.offerRecovery(entry.name(), entry.savedAt())) {
            store.delete(entry);
            return false;
        }
        Document recovered;
        try {
            recovered = store.read(entry);
        } catch (DocumentReadException e) {
            dialogs.showError(editor.i18n().get("ui.recovery.failed", entry.name()), e.getMessage());
            store.delete(entry);
            return false;
        }
        Path file = entry.document();
        Document base = Document.empty();
        if (file != null && Files.isRegularFile(file)) {
            try {
                base = DocumentFormat.read(file).document();
            } catch (DocumentReadException e) {
                base = Document.empty();
            }
        } else {
            file = null;
        }
        // Commands never change the title, traces or simulations: take them from the copy, and the rest by a command.
        base = base.withInfo(recovered.info()).withTraces(recovered.traces()).withSimulations(recovered.simulations());
        editor.reset(base, file);
        rename.accept(entry.name());
        Optional<Command> restore = DocumentDiff.between(base, recovered);
        restore.ifPresent(editor::execute);
        store.delete(entry);
        return true;
    }
}
