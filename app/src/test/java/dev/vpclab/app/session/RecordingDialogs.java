package dev.vpclab.app.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A scripted {@link DialogService}: answers from queues, and records every question and message. */
public final class RecordingDialogs implements DialogService {

    /** Answers to "save the changes?", in order (CANCEL when empty). */
    public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    /** Files to return from the open chooser. */
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    /** Folders to return from the import chooser. */
    public final Deque<Path> foldersToImport = new ArrayDeque<>();
    /** Files to return from the save chooser. */
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    /** Answers to the recovery offer (false when empty). */
    public final Deque<Boolean> recoveryAnswers = new ArrayDeque<>();
    /** Error dialogs shown: title and message. */
    public final List<String[]> errors = new ArrayList<>();
    /** Warning dialogs shown: their warnings. */
    public final List<List<String>> warnings = new ArrayList<>();
    /** Names asked about unsaved changes. */
    public final List<String> askedToSave = new ArrayList<>();
    /** Names offered for recovery. */
    public final List<String> offeredRecovery = new ArrayList<>();
    /** Suggested names of save dialogs. */
    public final List<String> suggestedNames = new ArrayList<>();

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        askedToSave.add(documentName);
        return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.poll();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFolderToImport(Path initialFolder) {
        return Optional.ofNullable(foldersToImport.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName, String extension, Path initialFolder) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new String[] {title, message});
    }

    @Override
    public void showWarnings(String title, String summary, List<String> list) {
        warnings.add(List.copyOf(list));
    }

    @Override
    public boolean offerRecovery(String documentName, Instant savedAt) {
        offeredRecovery.add(documentName);
        return !recoveryAnswers.isEmpty() && recoveryAnswers.poll();
    }
}
