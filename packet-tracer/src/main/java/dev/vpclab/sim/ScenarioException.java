package dev.vpclab.sim;

/**
 * A scenario that cannot run: a bad argument, an unknown resource, a model without a destination. The message is
 * one sentence that says what is wrong, where, and how to fix it; the command line prints it and exits with 2.
 */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message the sentence */
    public ScenarioException(String message) {
        super(message);
    }
}
