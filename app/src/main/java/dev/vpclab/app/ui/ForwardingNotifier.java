package dev.vpclab.app.ui;

import dev.vpclab.app.editor.Notifier;
import dev.vpclab.model.i18n.Message;
import java.util.function.BiConsumer;

/**
 * The editor's notifier, created before the window exists: messages go to standard error until the status bar
 * takes them over.
 */
public final class ForwardingNotifier implements Notifier {

    private final I18n i18n;
    private BiConsumer<Level, Message> target;

    /** @param i18n the language of messages written to standard error */
    public ForwardingNotifier(I18n i18n) {
        this.i18n = i18n;
    }

    /** @param target where messages go from now on */
    public void forwardTo(BiConsumer<Level, Message> target) {
        this.target = target;
    }

    @Override
    public void notify(Level level, Message message) {
        if (target != null) {
            target.accept(level, message);
        } else {
            System.err.println(level + ": " + message.format(i18n.locale()));
        }
    }
}
