package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import java.util.List;

/**
 * One simulation run: how long, how many requests per second and how the rate changes, who sends them where,
 * which requests, which faults when, the seed, the application's behaviour, and how results are reported. Read
 * from the command line (or a document's saved simulation) by {@link ScenarioArguments#parse}.
 *
 * @param durationSeconds how long to simulate
 * @param rate the base request rate R (requests per second)
 * @param profile how the rate changes
 * @param faults planned faults
 * @param from who sends: null or "internet" for clients on the internet, else a resource name or id
 * @param to where to: a load balancer or instance name or id, or null for the first internet-facing load balancer
 * @param port the destination port, or 0 for the load balancer's main listener (80 for an instance)
 * @param mix the HTTP requests
 * @param seed the random seed
 * @param db the database the targets query: a DB identifier, "none", or null to detect it
 * @param workload the application's behaviour
 * @param periodSeconds the reporting period, 60 or 300
 * @param format the report format
 */
public record Scenario(long durationSeconds, double rate, RateProfile profile, List<ScheduledFault> faults, String from, String to,
                       int port, RequestMix mix, long seed, String db, Workload workload, int periodSeconds, ReportFormat format) {

    /** Ten requests a second from the internet to the first internet-facing load balancer for 30 minutes. */
    public static final Scenario DEFAULT = new Scenario(1800, 10, new RateProfile.Constant(), List.of(), null, null, 0,
            RequestMix.DEFAULT, 1, null, Workload.DEFAULT, 60, ReportFormat.CSV);

    /** Validates. */
    public Scenario {
        if (durationSeconds <= 0) {
            throw new ScenarioException(Message.of("sim.error.duration.notPositive"));
        }
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new ScenarioException(Message.of("sim.error.rate.invalid", String.valueOf(rate)));
        }
        profile = profile == null ? new RateProfile.Constant() : profile;
        faults = List.copyOf(faults == null ? List.of() : faults);
        mix = mix == null ? RequestMix.DEFAULT : mix;
        workload = workload == null ? Workload.DEFAULT : workload;
        format = format == null ? ReportFormat.CSV : format;
        if (periodSeconds != 60 && periodSeconds != 300) {
            throw new ScenarioException(Message.of("sim.error.period", String.valueOf(periodSeconds)));
        }
        if (port < 0 || port > 65535) {
            throw new ScenarioException(Message.of("sim.error.port.range", String.valueOf(port)));
        }
    }

    /**
     * @param seconds duration
     * @return a copy with it
     */
    public Scenario withDuration(long seconds) {
        return new Scenario(seconds, rate, profile, faults, from, to, port, mix, seed, db, workload, periodSeconds, format);
    }

    /**
     * @param r base rate
     * @param p profile
     * @return a copy with them
     */
    public Scenario withRate(double r, RateProfile p) {
        return new Scenario(durationSeconds, r, p, faults, from, to, port, mix, seed, db, workload, periodSeconds, format);
    }

    /**
     * @param f faults
     * @return a copy with them
     */
    public Scenario withFaults(List<ScheduledFault> f) {
        return new Scenario(durationSeconds, rate, profile, f, from, to, port, mix, seed, db, workload, periodSeconds, format);
    }

    /**
     * @param source who sends
     * @param destination where to
     * @return a copy with them
     */
    public Scenario withEndpoints(String source, String destination) {
        return new Scenario(durationSeconds, rate, profile, faults, source, destination, port, mix, seed, db, workload, periodSeconds, format);
    }

    /**
     * @param m the request mix
     * @return a copy with it
     */
    public Scenario withMix(RequestMix m) {
        return new Scenario(durationSeconds, rate, profile, faults, from, to, port, m, seed, db, workload, periodSeconds, format);
    }

    /**
     * @param w the workload
     * @return a copy with it
     */
    public Scenario withWorkload(Workload w) {
        return new Scenario(durationSeconds, rate, profile, faults, from, to, port, mix, seed, db, w, periodSeconds, format);
    }

    /**
     * @param database a DB identifier, "none", or null to detect
     * @return a copy with it
     */
    public Scenario withDb(String database) {
        return new Scenario(durationSeconds, rate, profile, faults, from, to, port, mix, seed, database, workload, periodSeconds, format);
    }

    /**
     * @param s the seed
     * @return a copy with it
     */
    public Scenario withSeed(long s) {
        return new Scenario(durationSeconds, rate, profile, faults, from, to, port, mix, s, db, workload, periodSeconds, format);
    }
}
