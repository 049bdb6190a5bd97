package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;

/**
 * A scenario that cannot run: a bad argument, an unknown resource, a model without a destination. The message is
 * one sentence that says what is wrong, where, and how to fix it, in English and Korean (keys {@code sim.error.*});
 * the command line prints it in the chosen language and exits with 2.
 */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** @param message the sentence, in English and Korean (getMessage() is the English) */
    public ScenarioException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** @return the sentence, to be shown in the user's language */
    public Message message() {
        return message;
    }
}
