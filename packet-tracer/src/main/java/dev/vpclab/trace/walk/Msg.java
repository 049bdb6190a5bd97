package dev.vpclab.trace.walk;

import dev.vpclab.model.i18n.Message;

/**
 * Builds trace sentences with every number as text, so that ports and rule numbers are never formatted with
 * digit grouping ("49,152").
 */
final class Msg {

    private Msg() {
    }

    static Message of(String key, Object... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number) {
                args[i] = args[i].toString();
            }
        }
        return Message.of(key, args);
    }

    static Object[] text(Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number) {
                args[i] = args[i].toString();
            }
        }
        return args;
    }
}
