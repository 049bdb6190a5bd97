package dev.vpclab.app.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The questions and messages the file commands put to the user, behind an interface so that the session logic
 * runs in tests without windows ({@link FxDialogService} is the real one). Every text is already in the UI
 * language.
 */
public interface DialogService {

    /** The answer to "save the changes?". */
    enum SaveChoice {
        /** Save, then go on. */
        SAVE,
        /** Go on without saving. */
        DISCARD,
        /** Stay. */
        CANCEL
    }

    /**
     * @param documentName the document's name, e.g. "ha-web.vpclab"
     * @return what to do with its unsaved changes
     */
    SaveChoice askSaveChanges(String documentName);

    /**
     * @param initialFolder where to start browsing, or null
     * @return the .vpclab file chosen, if any
     */
    Optional<Path> chooseFileToOpen(Path initialFolder);

    /**
     * @param initialFolder where to start browsing, or null
     * @return the folder of AWS CLI JSON outputs chosen, if any
     */
    Optional<Path> chooseFolderToImport(Path initialFolder);

    /**
     * @param suggestedName a file name to propose, e.g. "ha-web.vpclab"
     * @param extension the extension with its dot: ".vpclab", ".png" or ".svg"
     * @param initialFolder where to start browsing, or null
     * @return the file chosen, if any
     */
    Optional<Path> chooseFileToSave(String suggestedName, String extension, Path initialFolder);

    /**
     * Shows one clear message (never a stack trace).
     *
     * @param title what failed, e.g. "Cannot open the file"
     * @param message why, and what to do
     */
    void showError(String title, String message);

    /**
     * Shows sentences about what was skipped or guessed, in a dialog the user dismisses.
     *
     * @param title e.g. "Imported with warnings"
     * @param summary one line above the list
     * @param warnings one sentence each
     */
    void showWarnings(String title, String summary, List<String> warnings);

    /**
     * @param documentName the document the recovered copy belongs to
     * @param savedAt when the copy was written
     * @return true to open the recovered copy, false to throw it away
     */
    boolean offerRecovery(String documentName, Instant savedAt);
}
