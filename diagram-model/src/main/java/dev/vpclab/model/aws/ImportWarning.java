package dev.vpclab.model.aws;

import dev.vpclab.model.i18n.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * Something an import skipped, guessed or dropped, with the snapshot file it came from.
 *
 * @param file the file's path relative to the imported folder ("" when the warning is about no single file)
 * @param message the sentence, from the {@code aws} bundle
 */
public record ImportWarning(String file, Message message) {

    /** Validates. */
    public ImportWarning {
        file = file == null ? "" : file;
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param locale the language
     * @return "file: sentence", or the sentence alone when no file is named
     */
    public String text(Locale locale) {
        String sentence = message.format(locale);
        return file.isEmpty() ? sentence : file + ": " + sentence;
    }

    /** @return the English text */
    public String english() {
        return text(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
