package dev.vpclab.app.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every subcommand takes: the language of its sentences and whether to list reading warnings. */
public final class CommonOptions {

    @Option(names = "--lang", paramLabel = "en|ko", description = "Language of messages (default: the system's).")
    private String lang;

    @Option(names = {"-v", "--verbose"}, description = "List every warning met while reading the model.")
    private boolean verbose;

    /** @return the language */
    public Locale locale() {
        return Language.resolve(lang);
    }

    /** @return true to list warnings */
    public boolean verbose() {
        return verbose;
    }
}
