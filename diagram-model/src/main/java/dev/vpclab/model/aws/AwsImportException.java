package dev.vpclab.model.aws;

import dev.vpclab.model.i18n.Message;
import java.util.Locale;

/**
 * A snapshot that cannot be imported at all (a file that is not JSON, a folder that cannot be read). It carries
 * one user-facing sentence that names the file and, for malformed JSON, the line and column; the command line
 * prints it and exits with status 2.
 */
public final class AwsImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final transient Message userMessage;

    /**
     * @param userMessage the sentence, from the {@code aws} bundle
     * @param file the file at fault, relative to the imported folder when possible
     * @param line its 1-based line, or 0 when unknown
     * @param column its 1-based column, or 0 when unknown
     * @param cause the underlying error, or null
     */
    AwsImportException(Message userMessage, String file, int line, int column, Throwable cause) {
        super(userMessage.format(Locale.ENGLISH), cause);
        this.userMessage = userMessage;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** @return the sentence as a message key and arguments, for other languages */
    public Message userMessage() {
        return userMessage;
    }

    /** @return the file at fault */
    public String file() {
        return file;
    }

    /** @return the 1-based line of the error, or 0 when not known */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the error, or 0 when not known */
    public int column() {
        return column;
    }
}
