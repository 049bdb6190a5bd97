package dev.vpclab.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.command.EditProperty;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave writes a recovery copy only when there are unsaved changes; a crashed window's copy is offered back. */
class RecoveryTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("dev/vpclab/test/" + UUID.randomUUID());

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    private Path recoveryDir() {
        return dir.resolve("recovery");
    }

    /** A window of a process that has since died: its id is never alive. */
    private DocumentSession crashedWindow(EditorModel editor, RecordingDialogs dialogs) {
        RecoveryStore store = new RecoveryStore(recoveryDir(), "crashed-" + UUID.randomUUID(), 4_000_000_001L, pid -> false);
        return new DocumentSession(editor, dialogs, new RecentFiles(prefs), new Autosaver(store, new DirectExecutor()));
    }

    private DocumentSession nextStart(EditorModel editor, RecordingDialogs dialogs) {
        RecoveryStore store = new RecoveryStore(recoveryDir(), "next-" + UUID.randomUUID(), 4_000_000_002L, pid -> false);
        return new DocumentSession(editor, dialogs, new RecentFiles(prefs), new Autosaver(store, new DirectExecutor()));
    }

    private long copies() throws Exception {
        if (!Files.isDirectory(recoveryDir())) {
            return 0;
        }
        try (var s = Files.list(recoveryDir())) {
            return s.filter(p -> p.toString().endsWith(".vpclab")).count();
        }
    }

    @Test
    void autosaveWritesOnlyWhenDirtyAndACleanSaveDeletesTheCopy() throws Exception {
        EditorModel editor = TestEditors.haWeb();
        RecordingDialogs dialogs = new RecordingDialogs();
        DocumentSession session = crashedWindow(editor, dialogs);
        session.autosave();
        assertThat(copies()).isZero();
        editor.execute(new EditProperty("i-0a3", "name", "web-one"));
        session.autosave();
        assertThat(copies()).isEqualTo(1);
        dialogs.filesToSave.add(dir.resolve("saved.vpclab"));
        assertThat(session.save()).isTrue();
        assertThat(copies()).isZero();
    }

    @Test
    void afterACrashTheCopyIsOfferedAndOpensUnsavedOnTopOfItsFile() throws Exception {
        Path file = dir.resolve("net.vpclab");
        EditorModel first = TestEditors.haWeb();
        DocumentFormat.write(first.document(), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(120)));
        first.reset(DocumentFormat.load(file), file);
        DocumentSession crashed = crashedWindow(first, new RecordingDialogs());
        first.execute(new EditProperty("i-0a3", "name", "web-one"));
        first.execute(new EditProperty("subnet-0app1a", "name", "apps-a"));
        Document lost = first.document();
        crashed.autosave();

        EditorModel second = TestEditors.sample("web-server");
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.recoveryAnswers.add(true);
        DocumentSession next = nextStart(second, dialogs);
        assertThat(next.offerRecovery()).isTrue();
        assertThat(dialogs.offeredRecovery).containsExactly("net.vpclab");
        assertThat(second.document()).isEqualTo(lost);
        assertThat(second.dirtyProperty().get()).isTrue();
        assertThat(second.fileProperty().get()).isEqualTo(file);
        second.undo();
        assertThat(second.document()).isEqualTo(DocumentFormat.load(file));
        assertThat(copies()).isZero();
    }

    @Test
    void aCopyOfANeverSavedDocumentComesBackUntitled() throws Exception {
        EditorModel first = TestEditors.haWeb();
        DocumentSession crashed = crashedWindow(first, new RecordingDialogs());
        crashed.show(first.document(), "ha-web.vpclab");
        first.execute(new EditProperty("i-0a3", "name", "web-one"));
        crashed.autosave();

        EditorModel second = TestEditors.sample("web-server");
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.recoveryAnswers.add(true);
        DocumentSession next = nextStart(second, dialogs);
        assertThat(next.offerRecovery()).isTrue();
        assertThat(second.document()).isEqualTo(first.document());
        assertThat(second.fileProperty().get()).isNull();
        assertThat(next.nameProperty().get()).isEqualTo("ha-web.vpclab");
        assertThat(second.dirtyProperty().get()).isTrue();
    }

    @Test
    void declinedCopiesAreDeletedAndCopiesOlderThanTheirFileAreNotOffered() throws Exception {
        Path file = dir.resolve("net.vpclab");
        EditorModel first = TestEditors.haWeb();
        DocumentFormat.write(first.document(), file);
        first.reset(DocumentFormat.load(file), file);
        DocumentSession crashed = crashedWindow(first, new RecordingDialogs());
        first.execute(new EditProperty("i-0a3", "name", "web-one"));
        crashed.autosave();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));

        RecordingDialogs dialogs = new RecordingDialogs();
        assertThat(nextStart(TestEditors.haWeb(), dialogs).offerRecovery()).isFalse();
        assertThat(dialogs.offeredRecovery).isEmpty();
        assertThat(copies()).isZero();

        EditorModel other = TestEditors.haWeb();
        DocumentSession again = crashedWindow(other, new RecordingDialogs());
        other.execute(new EditProperty("i-0a3", "name", "web-two"));
        again.autosave();
        RecordingDialogs no = new RecordingDialogs();
        no.recoveryAnswers.add(false);
        assertThat(nextStart(TestEditors.haWeb(), no).offerRecovery()).isFalse();
        assertThat(no.offeredRecovery).hasSize(1);
        assertThat(copies()).isZero();
    }

    @Test
    void aRunningWindowsCopyIsNotACrash() throws Exception {
        EditorModel editor = TestEditors.haWeb();
        RecoveryStore alive = new RecoveryStore(recoveryDir(), "alive", 4_000_000_003L, pid -> true);
        RecordingDialogs dialogs = new RecordingDialogs();
        DocumentSession running = new DocumentSession(editor, dialogs, new RecentFiles(prefs),
                new Autosaver(alive, new DirectExecutor()));
        editor.execute(new EditProperty("i-0a3", "name", "web-one"));
        running.autosave();
        RecoveryStore mine = new RecoveryStore(recoveryDir(), "mine", 4_000_000_004L, pid -> pid == 4_000_000_003L);
        assertThat(mine.recoverable()).isEmpty();
        assertThat(copies()).isEqualTo(1);
        dialogs.saveChoices.add(DialogService.SaveChoice.DISCARD);
        assertThat(running.close()).isTrue();
        assertThat(copies()).isZero();
    }
}
