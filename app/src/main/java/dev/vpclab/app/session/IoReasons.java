package dev.vpclab.app.session;

import dev.vpclab.app.ui.I18n;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns a failed write into a few words a person understands ("permission denied"), never a stack trace. */
final class IoReasons {

    private IoReasons() {
    }

    /**
     * @param e what went wrong
     * @param i18n the language
     * @return the reason
     */
    static String of(Exception e, I18n i18n) {
        if (e instanceof AccessDeniedException) {
            return i18n.get("ui.io.accessDenied");
        }
        if (e instanceof NoSuchFileException) {
            return i18n.get("ui.io.noSuchFolder");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
