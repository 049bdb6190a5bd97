package dev.vpclab.app.ui;

import dev.vpclab.app.session.DocumentSession;
import java.awt.Desktop;
import java.io.File;
import java.util.Locale;
import javafx.application.Platform;

/**
 * macOS hands a double-clicked .vpclab file to the running app as an "open file" event rather than as a
 * command-line argument (Linux and Windows installers pass the argument); this opens such files in the window.
 */
final class MacOpenFiles {

    private MacOpenFiles() {
    }

    /** @param session where opened files go */
    static void install(DocumentSession session) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(e -> {
                    for (File f : e.getFiles()) {
                        Platform.runLater(() -> session.open(f.toPath()));
                    }
                });
            }
        } catch (UnsupportedOperationException | SecurityException e) {
            // no desktop integration here: files still open from the File menu
        }
    }
}
