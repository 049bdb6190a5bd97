package dev.vpclab.model.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A user-facing sentence as data: a key and its arguments, formatted with {@link MessageFormat} from the
 * resource bundle named by the key's first segment: "validation.subnet.outsideVpc" is looked up in
 * {@code dev/vpclab/i18n/validation.properties} (English) and {@code validation_ko.properties} (Korean), on the
 * class path of whichever module ships it. Core modules return these; the app and the command line pick the
 * language.
 *
 * @param key the bundle key, e.g. "validation.subnet.outsideVpc"
 * @param args the arguments, as strings or numbers
 */
public record Message(String key, List<Object> args) {

    /** The package that holds every area's bundle. */
    public static final String BUNDLE_PACKAGE = "dev.vpclab.i18n.";

    /** Validates. */
    public Message {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    /**
     * @param key the key
     * @param args the arguments
     * @return the message
     */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /**
     * @param locale the language
     * @return the sentence in that language (English when the key is missing there)
     */
    public String format(Locale locale) {
        int dot = key.indexOf('.');
        return format(BUNDLE_PACKAGE + (dot < 0 ? key : key.substring(0, dot)), locale);
    }

    /**
     * @param bundle a bundle base name
     * @param locale the language
     * @return the sentence; the key itself when no bundle has it
     */
    public String format(String bundle, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader() != null
                            ? Thread.currentThread().getContextClassLoader() : Message.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            // a message inside a message speaks the same language
            if (values[i] instanceof Message m) {
                values[i] = m.format(locale);
            }
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    /** @return the English sentence */
    public String english() {
        return format(Locale.ENGLISH);
    }

    /** @return the Korean sentence */
    public String korean() {
        return format(Locale.KOREAN);
    }
}
