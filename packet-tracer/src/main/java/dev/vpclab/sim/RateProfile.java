package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import java.util.List;

/**
 * How the request rate changes over simulated time, from the scenario's base rate R: constant; a ramp to a rate
 * over a time; a spike to a peak at a time for a length; a daily curve (a sinusoid from R up to a peak and back
 * over a period); or a table read from CSV (time,rate), interpolated linearly.
 */
public sealed interface RateProfile permits RateProfile.Constant, RateProfile.Ramp, RateProfile.Spike, RateProfile.Daily,
        RateProfile.Table {

    /**
     * @param base the base rate R in requests per second
     * @param t seconds since the profile started
     * @return the rate then, never negative
     */
    double rate(double base, double t);

    /** @return the profile as the command line writes it */
    String text();

    /** R all the time. */
    record Constant() implements RateProfile {
        @Override
        public double rate(double base, double t) {
            return base;
        }

        @Override
        public String text() {
            return "constant";
        }
    }

    /**
     * From R at 0 to {@code to} at {@code over}, then {@code to}.
     *
     * @param to the final rate
     * @param overSeconds how long the ramp takes
     */
    record Ramp(double to, long overSeconds) implements RateProfile {
        @Override
        public double rate(double base, double t) {
            if (overSeconds <= 0 || t >= overSeconds) {
                return to;
            }
            return base + (to - base) * Math.max(0, t) / overSeconds;
        }

        @Override
        public String text() {
            return "ramp:to=" + RateProfile.number(to) + ",over=" + Durations.format(overSeconds);
        }
    }

    /**
     * R, then {@code peak} from {@code at} for {@code length}, then R again.
     *
     * @param peak the rate during the spike
     * @param atSeconds when it starts
     * @param lengthSeconds how long it lasts
     */
    record Spike(double peak, long atSeconds, long lengthSeconds) implements RateProfile {
        @Override
        public double rate(double base, double t) {
            return t >= atSeconds && t < atSeconds + lengthSeconds ? peak : base;
        }

        @Override
        public String text() {
            return "spike:peak=" + RateProfile.number(peak) + ",at=" + Durations.format(atSeconds) + ",length=" + Durations.format(lengthSeconds);
        }
    }

    /**
     * A daily curve: R at 0, {@code peak} half a period later, R again after a period.
     *
     * @param peak the highest rate
     * @param periodSeconds the length of one cycle
     */
    record Daily(double peak, long periodSeconds) implements RateProfile {
        @Override
        public double rate(double base, double t) {
            return base + (peak - base) * (1 - Math.cos(2 * Math.PI * t / periodSeconds)) / 2;
        }

        @Override
        public String text() {
            return "daily:peak=" + RateProfile.number(peak) + ",period=" + Durations.format(periodSeconds);
        }
    }

    /**
     * Rates at given times, linear in between, the first before and the last after.
     *
     * @param source where it was read from
     * @param times seconds, ascending
     * @param rates the rate at each time
     */
    record Table(String source, List<Long> times, List<Double> rates) implements RateProfile {
        /** Copies and validates. */
        public Table {
            times = List.copyOf(times);
            rates = List.copyOf(rates);
            if (times.isEmpty() || times.size() != rates.size()) {
                throw new ScenarioException(Message.of("sim.error.table.empty", source));
            }
        }

        @Override
        public double rate(double base, double t) {
            if (t <= times.get(0)) {
                return rates.get(0);
            }
            for (int i = 1; i < times.size(); i++) {
                if (t <= times.get(i)) {
                    double t0 = times.get(i - 1);
                    double t1 = times.get(i);
                    double f = t1 == t0 ? 1 : (t - t0) / (t1 - t0);
                    return rates.get(i - 1) + (rates.get(i) - rates.get(i - 1)) * f;
                }
            }
            return rates.get(rates.size() - 1);
        }

        @Override
        public String text() {
            return "csv:" + source;
        }
    }

    /**
     * @param v a rate
     * @return it without a needless ".0"
     */
    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
