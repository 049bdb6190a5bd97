package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import java.util.Locale;

/** Reads and writes simulated durations the way people type them: "90s", "30m", "2h", "1h30m", "1d", or plain seconds. */
public final class Durations {

    private Durations() {
    }

    /**
     * @param text the duration
     * @param what what it is for, named in the error ("--duration")
     * @return whole seconds, never negative
     * @throws ScenarioException when it cannot be read
     */
    public static long parse(String text, String what) {
        return seconds(text, what);
    }

    /**
     * @param text the duration
     * @param what what it is for, named in the error in the user's language ("over in the profile …")
     * @return whole seconds, never negative
     * @throws ScenarioException when it cannot be read
     */
    static long parse(String text, Message what) {
        return seconds(text, what);
    }

    private static long seconds(String text, Object what) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw bad(text, what);
        }
        long total = 0;
        int i = 0;
        boolean any = false;
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
                i++;
            }
            if (start == i) {
                throw bad(text, what);
            }
            double number;
            try {
                number = Double.parseDouble(t.substring(start, i));
            } catch (NumberFormatException e) {
                throw bad(text, what);
            }
            int unitStart = i;
            while (i < t.length() && Character.isLetter(t.charAt(i))) {
                i++;
            }
            String unit = t.substring(unitStart, i);
            long scale;
            switch (unit) {
                case "": case "s": case "sec": case "secs": scale = 1; break;
                case "ms": scale = 0; break;
                case "m": case "min": case "mins": scale = 60; break;
                case "h": case "hr": case "hrs": scale = 3600; break;
                case "d": case "day": case "days": scale = 86400; break;
                default: throw bad(text, what);
            }
            if (scale == 0) {
                total += Math.round(number / 1000.0);
            } else {
                total += Math.round(number * scale);
            }
            any = true;
        }
        if (!any || total < 0) {
            throw bad(text, what);
        }
        return total;
    }

    /**
     * @param text a duration in milliseconds or seconds ("60ms", "0.06s", "60" = 60 ms)
     * @param what what it is for, named in the error
     * @return milliseconds
     * @throws ScenarioException when it cannot be read or is not positive
     */
    public static double parseMillis(String text, String what) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        double scale = 1;
        if (t.endsWith("ms")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
            scale = 1000;
        }
        try {
            double v = Double.parseDouble(t.trim()) * scale;
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ScenarioException(Message.of("sim.error.durationMillis", String.valueOf(text), what));
        }
    }

    /**
     * @param seconds a duration
     * @return it written briefly: "45m", "1h30m", "90s"
     */
    public static String format(long seconds) {
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (h > 0) {
            b.append(h).append('h');
        }
        if (m > 0) {
            b.append(m).append('m');
        }
        if (s > 0) {
            b.append(s).append('s');
        }
        return b.toString();
    }

    private static ScenarioException bad(String text, Object what) {
        return new ScenarioException(Message.of("sim.error.duration", String.valueOf(text), what));
    }
}
