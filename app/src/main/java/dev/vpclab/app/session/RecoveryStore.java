package dev.vpclab.app.session;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.io.DocumentReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.LongPredicate;

/**
 * Recovery copies of unsaved documents (autosave), one per running window, in a folder such as
 * {@code ~/.vpclab/recovery/}: {@code <session>.vpclab} holds the document, {@code <session>.properties} says which
 * file it belongs to, its name, when it was written and by which process. A copy is deleted when its document is
 * saved or closed cleanly; one left behind by a process that is gone (a crash) is offered at the next start if it
 * is newer than its file.
 */
public final class RecoveryStore {

    /**
     * A recovery copy left behind.
     *
     * @param file the copy
     * @param document the file it belongs to, or null for a document never saved
     * @param name the document's name as the window showed it
     * @param savedAt when the copy was written
     */
    public record Entry(Path file, Path document, String name, Instant savedAt) {
    }

    private final Path folder;
    private final String sessionId;
    private final long pid;
    private final LongPredicate alive;

    /**
     * @param folder where copies are kept
     * @param sessionId this window's id (file names)
     * @param pid this process's id, written with each copy
     * @param alive tells whether a process id still runs (its copies are not crashes)
     */
    public RecoveryStore(Path folder, String sessionId, long pid, LongPredicate alive) {
        this.folder = folder;
        this.sessionId = sessionId;
        this.pid = pid;
        this.alive = alive;
    }

    /** @param folder where copies are kept; this process and a fresh session id */
    public RecoveryStore(Path folder) {
        this(folder, UUID.randomUUID().toString(), ProcessHandle.current().pid(),
                id -> ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false));
    }

    /** @return {@code ~/.vpclab/recovery} */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".vpclab", "recovery");
    }

    /** @return this window's recovery copy (it may not exist) */
    public Path file() {
        return folder.resolve(sessionId + DocumentFormat.EXTENSION);
    }

    private Path sidecar(Path copy) {
        String n = copy.getFileName().toString();
        return copy.resolveSibling(n.substring(0, n.length() - DocumentFormat.EXTENSION.length()) + ".properties");
    }

    /**
     * Writes this window's copy, replacing the previous one atomically.
     *
     * @param json the document as {@link DocumentFormat#toJson} wrote it
     * @param document the file it belongs to, or null
     * @param name its name as the window shows it
     * @throws IOException if the folder or the files cannot be written
     */
    public void save(String json, Path document, String name) throws IOException {
        Files.createDirectories(folder);
        Properties p = new Properties();
        if (document != null) {
            p.setProperty("document", document.toAbsolutePath().toString());
        }
        p.setProperty("name", name);
        p.setProperty("savedAt", Long.toString(System.currentTimeMillis()));
        p.setProperty("pid", Long.toString(pid));
        atomically(file(), json.getBytes(StandardCharsets.UTF_8));
        Path meta = sidecar(file());
        Path tmp = Files.createTempFile(folder, ".meta", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "VPC Lab recovery copy");
        }
        move(tmp, meta);
    }

    private void atomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(folder, ".recovery", ".tmp");
        try {
            Files.write(tmp, bytes);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes this window's copy (after a clean save or close). */
    public void discard() {
        delete(file());
    }

    /** @param entry a copy to throw away */
    public void delete(Entry entry) {
        delete(entry.file());
    }

    private void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(sidecar(copy));
        } catch (IOException e) {
            // A copy that cannot be deleted is offered again next time; nothing is lost.
        }
    }

    /**
     * The copies worth offering: left by a process that no longer runs, and newer than their file (or of a
     * document never saved, or whose file is gone). Older copies are deleted on the way.
     *
     * @return newest first
     */
    public List<Entry> recoverable() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + DocumentFormat.EXTENSION)) {
            for (Path copy : dir) {
                Entry e = entry(copy);
                if (e != null) {
                    out.add(e);
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Entry::savedAt).reversed());
        return out;
    }

    private Entry entry(Path copy) {
        if (copy.getFileName().toString().startsWith(sessionId)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(sidecar(copy))) {
            p.load(in);
        } catch (IOException e) {
            return null;
        }
        long owner = parse(p.getProperty("pid"), -1);
        if (owner == pid || owner > 0 && alive.test(owner)) {
            return null;
        }
        Instant savedAt = Instant.ofEpochMilli(parse(p.getProperty("savedAt"), 0));
        String doc = p.getProperty("document");
        Path document = doc == null ? null : Path.of(doc);
        Entry e = new Entry(copy, document, p.getProperty("name", copy.getFileName().toString()), savedAt);
        try {
            if (document != null && Files.exists(document)
                    && !savedAt.isAfter(Files.getLastModifiedTime(document).toInstant())) {
                delete(copy);
                return null;
            }
        } catch (IOException ex) {
            return e;
        }
        return e;
    }

    private static long parse(String s, long fallback) {
        try {
            return s == null ? fallback : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * @param entry a copy
     * @return the document it holds
     * @throws DocumentReadException if it cannot be read (a copy cut short by the crash)
     */
    public Document read(Entry entry) throws DocumentReadException {
        return DocumentFormat.read(entry.file()).document();
    }
}
