package dev.vpclab.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash or a failure at any moment leaves either the old file or the new one, never
 * a mix: the content goes to a temporary file in the same folder and is forced to disk, the old file is kept as
 * {@code <name>.bak}, and the temporary file is renamed over the target atomically (or, where the file system
 * cannot, with a plain replace). A failed write removes its temporary file and leaves the target as it was.
 */
final class AtomicFileWriter {

    private static final int BUFFER = 1 << 16;

    /** Produces a file's content. */
    @FunctionalInterface
    interface Content {
        /**
         * @param out where to write; not to be closed
         * @throws IOException if the content cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * @param target the file to replace or create (a symbolic link is followed, so the link stays a link)
     * @return the backup path for that file, {@code <name>.bak} beside it
     */
    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * @param target the file to replace or create
     * @param content what to write
     * @param keepBackup whether to keep the previous file as {@code <name>.bak}, replacing an older backup
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    static void write(Path target, Content content, boolean keepBackup) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isSymbolicLink(file)) {
            file = file.toRealPath();
        }
        Path dir = file.getParent();
        Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, tmp);
            if (keepBackup && Files.isRegularFile(file)) {
                backup(file, backupOf(file));
            }
            replace(tmp, file);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncDirectory(dir);
    }

    /** A hard link costs nothing and is never half-written; where links are not supported, a copy. */
    private static void backup(Path file, Path bak) throws IOException {
        Files.deleteIfExists(bak);
        try {
            Files.createLink(bak, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, bak, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void replace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The new file keeps the old one's permissions (a temporary file would otherwise change them). */
    private static void copyPermissions(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the file system's defaults apply
        }
    }

    /** Makes the rename itself durable where the system allows opening a folder (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the rename has happened; only its durability across a power cut is not guaranteed here
        }
    }
}
