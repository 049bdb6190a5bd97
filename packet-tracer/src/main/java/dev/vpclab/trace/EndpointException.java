package dev.vpclab.trace;

import dev.vpclab.model.i18n.Message;
import java.util.List;

/**
 * A source or destination that names nothing, or several things: one message that says what was asked, what
 * was found and how to be precise (the command line prints it and exits with status 2).
 */
public final class EndpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;
    private final List<String> candidates;

    /**
     * @param message the whole message, in English and Korean (getMessage() is the English)
     * @param candidates what the name could mean (empty when nothing matched)
     */
    public EndpointException(Message message, List<String> candidates) {
        super(message.english());
        this.message = message;
        this.candidates = List.copyOf(candidates);
    }

    /** @return the message, to be shown in the user's language */
    public Message message() {
        return message;
    }

    /** @return what the name could mean */
    public List<String> candidates() {
        return candidates;
    }
}
