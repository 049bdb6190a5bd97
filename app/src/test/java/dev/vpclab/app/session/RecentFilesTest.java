package dev.vpclab.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("dev/vpclab/test/" + UUID.randomUUID());

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    private Path file(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void keepsTheTenNewestFirstWithoutDuplicates() throws Exception {
        RecentFiles recent = new RecentFiles(prefs);
        for (int i = 0; i < 12; i++) {
            recent.add(file("f" + i + ".vpclab"));
        }
        recent.add(dir.resolve("f5.vpclab"));
        assertThat(recent.files()).hasSize(RecentFiles.MAX);
        assertThat(recent.files().get(0)).isEqualTo(dir.resolve("f5.vpclab"));
        assertThat(recent.files().get(1)).isEqualTo(dir.resolve("f11.vpclab"));
        assertThat(recent.files()).doesNotContain(dir.resolve("f0.vpclab"), dir.resolve("f1.vpclab"));
        assertThat(recent.files()).doesNotHaveDuplicates();
    }

    @Test
    void survivesARestartAndDropsMissingFiles() throws Exception {
        RecentFiles recent = new RecentFiles(prefs);
        Path a = file("a.vpclab");
        Path b = file("b.vpclab");
        recent.add(a);
        recent.add(b);
        Files.delete(a);
        RecentFiles again = new RecentFiles(prefs);
        assertThat(again.files()).containsExactly(b);
        again.clear();
        assertThat(new RecentFiles(prefs).files()).isEmpty();
    }
}
