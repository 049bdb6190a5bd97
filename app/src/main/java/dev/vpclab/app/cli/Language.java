package dev.vpclab.app.cli;

import java.util.Locale;
import picocli.CommandLine;

/** The language of the command line's sentences: English or Korean, from {@code --lang} or the system locale. */
public final class Language {

    private Language() {
    }

    /**
     * @param option "en", "ko", or null for the system locale
     * @return the locale to format messages in
     */
    public static Locale resolve(String option) {
        if (option == null || option.isBlank()) {
            return Locale.getDefault().getLanguage().equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
        }
        switch (option.trim().toLowerCase(Locale.ROOT)) {
            case "en": case "english": return Locale.ENGLISH;
            case "ko": case "kr": case "korean": case "한국어": return Locale.KOREAN;
            default: throw new CommandLine.TypeConversionException("'" + option + "' is not a language: use en or ko");
        }
    }
}
