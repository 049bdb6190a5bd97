package dev.vpclab.model.validation;

import dev.vpclab.model.i18n.Message;
import java.util.Locale;

/**
 * One thing validation found: how bad, where (resource and field), and a sentence in English and Korean.
 *
 * @param severity error or warning
 * @param resourceId the resource at fault ("" for the whole document)
 * @param field the field at fault, as the file names it ("cidr", "entries[2].ruleNumber"), or ""
 * @param message the sentence, as a key and arguments
 */
public record Problem(Severity severity, String resourceId, String field, Message message) {

    /** Validates. */
    public Problem {
        if (severity == null || message == null) {
            throw new IllegalArgumentException("a problem needs a severity and a message");
        }
        resourceId = resourceId == null ? "" : resourceId;
        field = field == null ? "" : field;
    }

    /**
     * An error: AWS would refuse it, or it cannot work.
     *
     * @param resourceId the resource at fault
     * @param field the field at fault, or ""
     * @param key the message key
     * @param args the message arguments
     * @return the problem
     */
    public static Problem error(String resourceId, String field, String key, Object... args) {
        return new Problem(Severity.ERROR, resourceId, field, Message.of(key, args));
    }

    /**
     * A warning: AWS accepts it, but it is probably a mistake.
     *
     * @param resourceId the resource at fault
     * @param field the field at fault, or ""
     * @param key the message key
     * @param args the message arguments
     * @return the problem
     */
    public static Problem warning(String resourceId, String field, String key, Object... args) {
        return new Problem(Severity.WARNING, resourceId, field, Message.of(key, args));
    }

    /** @return true for an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @param locale the language @return the sentence */
    public String text(Locale locale) {
        return message.format(locale);
    }

    /** @return the message key, e.g. "validation.subnet.outsideVpc" */
    public String code() {
        return message.key();
    }

    /**
     * One line for the command line: "ERROR subnet-123 cidr: …".
     *
     * @param locale the language
     * @return the line
     */
    public String line(Locale locale) {
        StringBuilder sb = new StringBuilder(severity.name());
        if (!resourceId.isEmpty()) {
            sb.append(' ').append(resourceId);
        }
        if (!field.isEmpty()) {
            sb.append(' ').append(field);
        }
        return sb.append(": ").append(text(locale)).toString();
    }
}
