package dev.vpclab.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving replaces the file in one step, keeps the previous one as .bak, and a failed save damages nothing. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstSaveWritesTheFileAndNoBackup() throws Exception {
        Path file = dir.resolve("net.vpclab");

        DocumentFormat.write(Fixtures.smallNetwork(), file);

        assertThat(Files.readString(file)).isEqualTo(DocumentFormat.toJson(Fixtures.smallNetwork()));
        assertThat(namesIn(dir)).containsExactly("net.vpclab");
        assertThat(DocumentFormat.load(file)).isEqualTo(Fixtures.smallNetwork());
    }

    @Test
    void eachSaveKeepsThePreviousFileAsTheBackup() throws Exception {
        Path file = dir.resolve("net.vpclab");
        Document first = Fixtures.smallNetwork();
        Document second = Fixtures.everyKind();
        Document third = Document.empty();

        DocumentFormat.write(first, file);
        DocumentFormat.write(second, file);
        assertThat(DocumentFormat.load(file)).isEqualTo(second);
        assertThat(DocumentFormat.load(DocumentFormat.backupOf(file))).isEqualTo(first);

        DocumentFormat.write(third, file);
        assertThat(DocumentFormat.load(file)).isEqualTo(third);
        assertThat(DocumentFormat.load(DocumentFormat.backupOf(file))).isEqualTo(second);
        assertThat(namesIn(dir)).containsExactly("net.vpclab", "net.vpclab.bak");
    }

    @Test
    void writeStringSavesTheTextAsGiven() throws Exception {
        Path file = dir.resolve("autosave.vpclab");
        String json = DocumentFormat.toJson(Fixtures.everyKind());

        DocumentFormat.writeString(json, file);
        DocumentFormat.writeString(json, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(Files.readString(DocumentFormat.backupOf(file), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void aSaveThatFailsWhileWritingLeavesTheFileAndTheBackupAsTheyWere() throws Exception {
        Path file = dir.resolve("net.vpclab");
        DocumentFormat.write(Fixtures.smallNetwork(), file);
        DocumentFormat.write(Fixtures.everyKind(), file);
        byte[] before = Files.readAllBytes(file);
        byte[] backupBefore = Files.readAllBytes(DocumentFormat.backupOf(file));

        assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
            out.write("{\"formatVersion\": 2, \"resources\": [".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }, true)).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("bug in a serializer");
        }, true)).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.readAllBytes(DocumentFormat.backupOf(file))).isEqualTo(backupBefore);
        assertThat(namesIn(dir)).as("no temporary file is left behind").containsExactly("net.vpclab", "net.vpclab.bak");
    }

    @Test
    void aSaveThatFailsAfterWritingRemovesItsTemporaryFile() throws Exception {
        Path file = dir.resolve("net.vpclab");
        DocumentFormat.write(Fixtures.smallNetwork(), file);
        byte[] before = Files.readAllBytes(file);
        Path backupInTheWay = Files.createDirectories(DocumentFormat.backupOf(file).resolve("not-empty"));

        assertThatThrownBy(() -> DocumentFormat.write(Fixtures.everyKind(), file)).isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(backupInTheWay).isDirectory();
        assertThat(namesIn(dir)).containsExactly("net.vpclab", "net.vpclab.bak");
    }

    @Test
    void aSaveOverSomethingThatCannotBeReplacedFailsAndCleansUp() throws Exception {
        Path target = Files.createDirectories(dir.resolve("net.vpclab").resolve("inside"));

        assertThatThrownBy(() -> DocumentFormat.write(Fixtures.smallNetwork(), dir.resolve("net.vpclab"))).isInstanceOf(IOException.class);

        assertThat(target).isDirectory();
        assertThat(namesIn(dir)).containsExactly("net.vpclab");
    }

    @Test
    void aSaveIntoAFolderThatDoesNotExistFails() {
        assertThatThrownBy(() -> DocumentFormat.write(Fixtures.smallNetwork(), dir.resolve("missing").resolve("net.vpclab")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aSaveKeepsTheFilesPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("net.vpclab");
        DocumentFormat.write(Fixtures.smallNetwork(), file);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);

        DocumentFormat.write(Fixtures.everyKind(), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
    }

    @Test
    void aSaveThroughASymbolicLinkReplacesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path real = dir.resolve("real.vpclab");
        Path link = dir.resolve("link.vpclab");
        DocumentFormat.write(Fixtures.smallNetwork(), real);
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }

        DocumentFormat.write(Fixtures.everyKind(), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(DocumentFormat.load(real)).isEqualTo(Fixtures.everyKind());
        assertThat(DocumentFormat.load(dir.resolve("real.vpclab.bak"))).isEqualTo(Fixtures.smallNetwork());
    }

    @Test
    void aReadOnlyFolderRefusesTheSaveAndTheFileStaysIntact() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("net.vpclab");
        DocumentFormat.write(Fixtures.smallNetwork(), file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "this user (root?) may write into read-only folders");

            assertThatThrownBy(() -> DocumentFormat.write(Fixtures.everyKind(), file)).isInstanceOf(IOException.class);

            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(namesIn(folder)).containsExactly("net.vpclab");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
