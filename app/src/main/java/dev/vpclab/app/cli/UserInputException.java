package dev.vpclab.app.cli;

/**
 * Bad input that the command line reports as one line on stderr and exit status 2: the message says what is
 * wrong, where, and how to fix it.
 */
public class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the one-line message */
    public UserInputException(String message) {
        super(message, null, false, false);
    }
}
