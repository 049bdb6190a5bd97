package dev.vpclab.app;

import dev.vpclab.app.cli.VpcLabCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The entry point of {@code vpclab}: with no arguments (or only app options such as {@code --open}) it opens the
 * app; with a subcommand it runs headless and needs no display. A plain class, not an {@code Application}, so
 * that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {

    /** Options that belong to the app window rather than to a subcommand. */
    static final Set<String> APP_OPTIONS = Set.of("--open", "--screenshot", "--lang", "--theme", "--print-startup-time", "--sample");

    private Main() {
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        if (opensApp(args)) {
            AppLauncher.launch(args);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(VpcLabCommand.run(out, err, args));
    }

    /**
     * @param args command-line arguments
     * @return true when they ask for the app window (no subcommand)
     */
    static boolean opensApp(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        return APP_OPTIONS.contains(option) || first.endsWith(".vpclab") && args.length == 1;
    }
}
