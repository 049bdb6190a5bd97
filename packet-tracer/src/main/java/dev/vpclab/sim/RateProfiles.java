package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code --profile}: {@code constant}, {@code ramp:to=R,over=D}, {@code spike:peak=R,at=D,length=D},
 * {@code daily:peak=R,period=D} or {@code csv:FILE}. Parameters left out default to: ramp to 4R over half the run;
 * a spike to 4R a third into the run for a sixth of it; a daily curve to 2R over 24 h.
 */
public final class RateProfiles {

    /** How to write a profile: "use constant, ramp:to=R,over=D, … or csv:FILE". */
    private static final Message FORMS = Message.of("sim.error.profile.forms");

    private RateProfiles() {
    }

    /**
     * @param text the profile
     * @param rate the base rate, for defaults
     * @param duration the run's length, for defaults
     * @return the profile
     * @throws ScenarioException when it cannot be read
     */
    public static RateProfile parse(String text, double rate, long duration) {
        String t = text.trim();
        int colon = t.indexOf(':');
        String kind = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : t.substring(colon + 1);
        if (kind.equals("csv")) {
            if (rest.isBlank()) {
                throw new ScenarioException(Message.of("sim.error.profile.csvNeedsFile"));
            }
            return table(rest.trim());
        }
        Map<String, String> p = params(text, rest);
        RateProfile out;
        switch (kind) {
            case "constant":
                out = new RateProfile.Constant();
                break;
            case "ramp":
                out = new RateProfile.Ramp(rate(p, "to", 4 * rate, text), time(p, "over", duration / 2, text));
                break;
            case "spike":
                out = new RateProfile.Spike(rate(p, "peak", 4 * rate, text), time(p, "at", duration / 3, text),
                        time(p, "length", Math.max(1, duration / 6), text));
                break;
            case "daily":
                long period = time(p, "period", 86400, text);
                if (period <= 0) {
                    throw new ScenarioException(Message.of("sim.error.profile.dailyPeriod"));
                }
                out = new RateProfile.Daily(rate(p, "peak", 2 * rate, text), period);
                break;
            default:
                throw new ScenarioException(Message.of("sim.error.profile.unknown", text, FORMS));
        }
        if (!p.isEmpty()) {
            throw new ScenarioException(Message.of("sim.error.profile.notAParameter", p.keySet().iterator().next(), kind, text, FORMS));
        }
        return out;
    }

    private static Map<String, String> params(String text, String rest) {
        Map<String, String> p = new LinkedHashMap<>();
        if (rest.isBlank()) {
            return p;
        }
        for (String part : rest.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException(Message.of("sim.error.profile.notNameValue", part, text, FORMS));
            }
            p.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
        }
        return p;
    }

    private static double rate(Map<String, String> p, String key, double fallback, String text) {
        String v = p.remove(key);
        if (v == null) {
            return fallback;
        }
        double r = ScenarioArguments.number(v, parameter(key, text));
        if (r < 0) {
            throw new ScenarioException(Message.of("sim.error.profile.negative", key, text));
        }
        return r;
    }

    private static long time(Map<String, String> p, String key, long fallback, String text) {
        String v = p.remove(key);
        return v == null ? fallback : Durations.parse(v, parameter(key, text));
    }

    /** @return "KEY in the profile 'TEXT'", to name a parameter in an error */
    private static Message parameter(String key, String text) {
        return Message.of("sim.error.profile.parameter", key, text);
    }

    /** @return "FILE line N", to name a line of a rate table in an error */
    private static Message line(String file, int n) {
        return Message.of("sim.error.table.line", file, String.valueOf(n));
    }

    private static RateProfile table(String file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ScenarioException(Message.of("sim.error.table.unreadable", file, String.valueOf(e.getMessage())));
        }
        List<Long> times = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.trim();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cells = l.split("[,;\\t]");
            if (cells.length < 2) {
                throw new ScenarioException(Message.of("sim.error.table.notTimeRate", file, String.valueOf(n)));
            }
            long time;
            try {
                time = Durations.parse(cells[0], line(file, n));
            } catch (ScenarioException e) {
                if (times.isEmpty() && n == 1) {
                    continue;
                }
                throw e;
            }
            double rate = ScenarioArguments.number(cells[1], line(file, n));
            if (rate < 0 || (!times.isEmpty() && time < times.get(times.size() - 1))) {
                throw new ScenarioException(Message.of("sim.error.table.order", file, String.valueOf(n)));
            }
            times.add(time);
            rates.add(rate);
        }
        return new RateProfile.Table(file, times, rates);
    }
}
