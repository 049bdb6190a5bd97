package dev.vpclab.trace;

import java.util.List;

/**
 * A source or destination that names nothing, or several things: one message that says what was asked, what
 * was found and how to be precise (the command line prints it and exits with status 2).
 */
public final class EndpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> candidates;

    /**
     * @param message the whole message
     * @param candidates what the name could mean (empty when nothing matched)
     */
    public EndpointException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** @return what the name could mean */
    public List<String> candidates() {
        return candidates;
    }
}
