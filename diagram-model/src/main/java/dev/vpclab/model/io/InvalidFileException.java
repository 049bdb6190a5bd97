package dev.vpclab.model.io;

/**
 * A problem found in a file's tree, at a JSON Pointer; the reader adds the file name, line and column and
 * turns it into a {@link DocumentReadException}.
 */
final class InvalidFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;
    private final String advice;

    /**
     * @param pointer where, "" for the whole document
     * @param reason what is wrong, without a final full stop
     * @param advice what to do, or null for the usual advice
     */
    InvalidFileException(String pointer, String reason, String advice) {
        super(pointer + ": " + reason, null, false, false);
        this.pointer = pointer;
        this.reason = reason;
        this.advice = advice;
    }

    /** @return where, "" for the whole document */
    String pointer() {
        return pointer;
    }

    /** @return what is wrong */
    String reason() {
        return reason;
    }

    /** @return what to do, or null for the usual advice */
    String advice() {
        return advice;
    }
}
