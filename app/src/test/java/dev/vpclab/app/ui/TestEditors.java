package dev.vpclab.app.ui;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Notifier;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Editors over the bundled samples for view-model tests, with a notifier that records what it is told. */
public final class TestEditors {

    private TestEditors() {
    }

    /** Records notifications. */
    public static final class RecordingNotifier implements Notifier {
        /** What was said, in order. */
        public final List<Message> messages = new ArrayList<>();

        @Override
        public void notify(Level level, Message message) {
            messages.add(message);
        }

        /** @return the keys said, in order */
        public List<String> keys() {
            return messages.stream().map(Message::key).toList();
        }
    }

    /**
     * @param doc a document
     * @return an English editor over it
     */
    public static EditorModel of(Document doc) {
        return new EditorModel(doc, new I18n(Locale.ENGLISH), new RecordingNotifier());
    }

    /**
     * @param sample a sample name
     * @return an English editor over it
     */
    public static EditorModel sample(String sample) {
        return of(Samples.load(sample));
    }

    /** @return an English editor over the HA web sample */
    public static EditorModel haWeb() {
        return sample("ha-web");
    }

    /**
     * @param editor an editor made here
     * @return its recording notifier
     */
    public static RecordingNotifier notifier(EditorModel editor) {
        return (RecordingNotifier) editor.notifier();
    }
}
