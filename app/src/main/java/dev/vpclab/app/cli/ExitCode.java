package dev.vpclab.app.cli;

/** The exit statuses of the command line, a stable contract that scripts rely on. */
public final class ExitCode {

    /** Reachable, or a model without errors, or a command that did its work. */
    public static final int OK = 0;
    /** Not reachable, or a model with errors. */
    public static final int NEGATIVE = 1;
    /** Bad input: an unreadable file, a bad argument, an unknown resource. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
