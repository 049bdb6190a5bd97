package dev.vpclab.model.io;

/**
 * A .vpclab file that cannot be opened, said in one line for a person: which file, where in it, what is wrong
 * and what to do ("Cannot open net.vpclab at /resources/3/cidr (line 12, column 15): '10.0.0.1/33' is not a
 * CIDR block: prefix length /33 is over /32. Correct it in a text editor, or open the backup net.vpclab.bak if
 * there is one.").
 * {@link #getMessage()} is that line; callers show it and need no stack trace.
 */
public final class DocumentReadException extends Exception {

    private static final long serialVersionUID = 1L;
    /** Longer pointers (deeply nested junk) are shortened in the message; {@link #pointer()} keeps them whole. */
    private static final int MAX_SHOWN_POINTER = 80;

    private final String source;
    private final String pointer;
    private final int line;
    private final int column;
    private final String reason;
    private final String advice;

    /**
     * @param source the file name or other source name
     * @param pointer JSON Pointer to the place ("/resources/3/cidr"), "" for the whole document
     * @param line 1-based line of the place, or 0 when unknown
     * @param column 1-based column of the place, or 0 when unknown
     * @param reason what is wrong, without a final full stop
     * @param advice what to do, a sentence or ""
     * @param cause the underlying failure, or null
     */
    public DocumentReadException(String source, String pointer, int line, int column, String reason, String advice,
                                 Throwable cause) {
        super(compose(source, location(pointer, line, column), reason, advice), cause);
        this.source = source;
        this.pointer = pointer == null ? "" : pointer;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.advice = advice == null ? "" : advice;
    }

    /** @return the file name or other source name */
    public String source() {
        return source;
    }

    /** @return where in the file, e.g. "/resources/3/cidr (line 12, column 15)"; "" when it concerns the whole file */
    public String location() {
        return location(pointer, line, column);
    }

    /** @return the JSON Pointer of the place, "" for the whole document */
    public String pointer() {
        return pointer;
    }

    /** @return the 1-based line of the place, 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the place, 0 when unknown */
    public int column() {
        return column;
    }

    /** @return what is wrong */
    public String reason() {
        return reason;
    }

    /** @return what to do about it, possibly "" */
    public String advice() {
        return advice;
    }

    private static String location(String pointer, int line, int column) {
        String p = pointer == null ? "" : pointer;
        if (p.length() > MAX_SHOWN_POINTER) {
            p = p.substring(0, MAX_SHOWN_POINTER) + "…";
        }
        if (line <= 0) {
            return p;
        }
        String lc = "line " + line + ", column " + column;
        return p.isEmpty() ? lc : p + " (" + lc + ")";
    }

    private static String compose(String source, String location, String reason, String advice) {
        StringBuilder sb = new StringBuilder("Cannot open ").append(source);
        if (!location.isEmpty()) {
            sb.append(" at ").append(location);
        }
        sb.append(": ").append(reason).append('.');
        if (advice != null && !advice.isEmpty()) {
            sb.append(' ').append(advice);
        }
        return sb.toString();
    }
}
