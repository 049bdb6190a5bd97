package dev.vpclab.app.ui;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the app window was started with: {@code --open FILE} (or a lone .vpclab argument), {@code --sample NAME},
 * {@code --screenshot FILE} (draw the first frame, write it as PNG, exit), {@code --lang en|ko},
 * {@code --theme light|dark}, {@code --print-startup-time}.
 *
 * @param open a file or AWS folder to open, or null
 * @param sample a built-in sample to open when no file is given (default "ha-web")
 * @param screenshot where to write the first frame, or null
 * @param locale the UI language, or null for the system's
 * @param dark the dark theme
 * @param printStartupTime print the time to the first drawn frame and exit
 */
public record LaunchOptions(Path open, String sample, Path screenshot, Locale locale, boolean dark, boolean printStartupTime) {

    /**
     * @param args the command-line arguments
     * @return the options
     * @throws IllegalArgumentException with a one-line message for a bad option
     */
    public static LaunchOptions parse(String[] args) {
        Path open = null;
        String sample = "ha-web";
        Path screenshot = null;
        Locale locale = null;
        boolean dark = false;
        boolean startup = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--open": open = Path.of(value != null ? value : next(args, ++i, a)); break;
                case "--sample": sample = value != null ? value : next(args, ++i, a); break;
                case "--screenshot": screenshot = Path.of(value != null ? value : next(args, ++i, a)); break;
                case "--lang": {
                    String l = value != null ? value : next(args, ++i, a);
                    if (!l.equals("en") && !l.equals("ko")) {
                        throw new IllegalArgumentException("--lang takes en or ko, not '" + l + "'");
                    }
                    locale = l.equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
                    break;
                }
                case "--theme": {
                    String t = value != null ? value : next(args, ++i, a);
                    if (!t.equals("light") && !t.equals("dark")) {
                        throw new IllegalArgumentException("--theme takes light or dark, not '" + t + "'");
                    }
                    dark = t.equals("dark");
                    break;
                }
                case "--print-startup-time": startup = true; break;
                default:
                    if (!a.startsWith("-") && open == null) {
                        open = Path.of(a);
                    } else {
                        throw new IllegalArgumentException("unknown option '" + args[i] + "' (app options: --open FILE, --sample NAME, "
                                + "--screenshot FILE, --lang en|ko, --theme light|dark, --print-startup-time)");
                    }
            }
        }
        return new LaunchOptions(open, sample, screenshot, locale, dark, startup);
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
