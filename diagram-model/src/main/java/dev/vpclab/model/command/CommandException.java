package dev.vpclab.model.command;

import dev.vpclab.model.i18n.Message;

/**
 * Thrown when a command does not fit the document it is applied to: an unknown id, a resource of the wrong
 * kind, a duplicate id or rule number, a move AWS does not allow. The document is left unchanged. The reason is
 * a {@link Message}, so the app can show it in the user's language; {@link #getMessage()} is the English text.
 */
public final class CommandException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    /**
     * @param reason what is wrong, where, and how to fix it
     */
    public CommandException(Message reason) {
        super(reason.english());
        this.reason = reason;
    }

    /**
     * @param key the key under "command.error."
     * @param args its arguments
     * @return the exception
     */
    static CommandException of(String key, Object... args) {
        return new CommandException(Message.of("command.error." + key, args));
    }

    /** @return the reason as a message in any language */
    public Message reason() {
        return reason;
    }
}
