package dev.vpclab.app.ui;

import dev.vpclab.model.i18n.Message;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The language of the UI, switchable while the app runs: every visible string is a binding on
 * {@link #localeProperty()} that looks its key up in the bundles ({@code ui.*} keys in
 * {@code dev/vpclab/i18n/ui.properties}, other areas in their own bundles, see {@link Message}).
 */
public final class I18n {

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);

    /** @param initial the starting language */
    public I18n(Locale initial) {
        locale.set(normalise(initial));
    }

    /**
     * @param l any locale
     * @return Korean for Korean locales, else English
     */
    public static Locale normalise(Locale l) {
        return l != null && "ko".equals(l.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    }

    /** @return the language */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** @return the current language */
    public Locale locale() {
        return locale.get();
    }

    /** @return true when the UI speaks Korean */
    public boolean isKorean() {
        return Locale.KOREAN.equals(locale.get());
    }

    /**
     * @param key a key such as "ui.menu.file"
     * @param args arguments
     * @return the text in the current language
     */
    public String get(String key, Object... args) {
        return Message.of(key, args).format(locale.get());
    }

    /**
     * @param message a message
     * @return its text in the current language
     */
    public String get(Message message) {
        return message.format(locale.get());
    }

    /**
     * @param key a key
     * @param args arguments
     * @return a binding that follows the language
     */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /**
     * @param message a message
     * @return a binding that follows the language
     */
    public StringBinding bind(Message message) {
        return Bindings.createStringBinding(() -> get(message), locale);
    }
}
