package dev.vpclab.app.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened or saved files, newest first, at most {@link #MAX}; kept in {@link Preferences} so
 * that they survive restarts. Files that no longer exist are dropped when the list is read.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int MAX = 10;

    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** @param node where the list is stored (a test passes a node of its own) */
    public RecentFiles(Preferences node) {
        this.node = node;
        reload();
    }

    /** @return the default store, under the user's preferences */
    public static Preferences defaultNode() {
        return Preferences.userRoot().node("dev/vpclab/app");
    }

    /** @return the files, newest first; missing ones already pruned */
    public ObservableList<Path> files() {
        return files;
    }

    /** Reads the list again, dropping files that no longer exist. */
    public void reload() {
        List<Path> read = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value == null) {
                continue;
            }
            Path p = Path.of(value);
            if (Files.isRegularFile(p) && !read.contains(p)) {
                read.add(p);
            }
        }
        files.setAll(read);
        store();
    }

    /**
     * Puts a file at the top of the list.
     *
     * @param file a file just opened or saved
     */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        store();
    }

    /** @param file a file to forget (it could not be opened) */
    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        store();
    }

    /** Forgets every file. */
    public void clear() {
        files.clear();
        store();
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The list is a convenience: keep it in memory when the preferences store is not writable.
        }
    }
}
