package dev.vpclab.app.editor;

import dev.vpclab.model.i18n.Message;

/** Where the editor tells the user something (a refused edit, a saved file); the UI shows it, tests record it. */
public interface Notifier {

    /** How loud. */
    enum Level { INFO, WARNING, ERROR }

    /**
     * @param level how loud
     * @param message what to say
     */
    void notify(Level level, Message message);
}
