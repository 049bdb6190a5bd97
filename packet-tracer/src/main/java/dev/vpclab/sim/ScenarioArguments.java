package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the arguments of {@code vpclab simulate} after MODEL — the same list a document's saved simulation keeps —
 * into a {@link Scenario}. Options take their value as the next argument or after "=":
 * <pre>
 * --duration D       how long (90s, 30m, 2h; default 30m)
 * --rate R           base requests per second (default 10)
 * --profile P        constant | ramp:to=R,over=D | spike:peak=R,at=D,length=D | daily:peak=R,period=D | csv:FILE
 * --fail RES@T[:A]   a fault (repeatable): RES an instance id or Name, a zone, a DB; A stop|terminate|fail|recover
 * --from SRC         internet (default) or a resource
 * --to DST           a load balancer or instance (default: the first internet-facing load balancer)
 * --port N           the destination port (default: the load balancer's main listener)
 * --mix M            request paths and shares, e.g. "/api/*=30,/=70" (default "/")
 * --seed N           random seed (default 1)
 * --period 60|300    reporting period (default 60)
 * --format csv|json  report format (default csv)
 * --db NAME|none     the database the application queries (default: detected)
 * --db-share X, --service-time MS, --service-sigma S, --boot D, --clients N, --requests-per-connection N,
 * --health-status N, --monitoring auto|basic|detailed    the {@link Workload} parameters
 * </pre>
 * {@code --lang} is accepted and left to the caller.
 */
public final class ScenarioArguments {

    private static final String OPTIONS = "--duration, --rate, --profile, --fail, --from, --to, --port, --mix, --seed, --period, --format, "
            + "--db, --db-share, --service-time, --service-sigma, --boot, --clients, --requests-per-connection, --health-status, --monitoring";

    private ScenarioArguments() {
    }

    /**
     * @param args the arguments after MODEL
     * @return the scenario
     * @throws ScenarioException with one sentence naming the bad argument and how to write it
     */
    public static Scenario parse(List<String> args) {
        Scenario d = Scenario.DEFAULT;
        long duration = d.durationSeconds();
        double rate = d.rate();
        String profileText = null;
        List<ScheduledFault> faults = new ArrayList<>();
        String from = null;
        String to = null;
        int port = 0;
        RequestMix mix = d.mix();
        long seed = d.seed();
        int period = d.periodSeconds();
        ReportFormat format = d.format();
        String db = null;
        Workload w = d.workload();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg == null || !arg.startsWith("--")) {
                throw new ScenarioException(Message.of("sim.error.unexpectedArgument", String.valueOf(arg), OPTIONS));
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                if (i + 1 >= args.size()) {
                    throw new ScenarioException(Message.of("sim.error.needsValue", name));
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--duration": duration = Durations.parse(value, "--duration"); break;
                case "--rate": rate = number(value, "--rate"); break;
                case "--profile": profileText = value; break;
                case "--fail": faults.add(fault(value)); break;
                case "--from": from = value; break;
                case "--to": to = value; break;
                case "--port": port = integer(value, "--port"); break;
                case "--mix": mix = RequestMix.parse(value); break;
                case "--seed": seed = longValue(value, "--seed"); break;
                case "--period": period = integer(value, "--period"); break;
                case "--format": format = format(value); break;
                case "--db": db = value; break;
                case "--lang": break;
                case "--db-share": w = w.withDbShare(number(value, "--db-share")); break;
                case "--service-time": w = w.withServiceMillis(Durations.parseMillis(value, "--service-time")); break;
                case "--service-sigma": w = sigma(w, number(value, "--service-sigma")); break;
                case "--boot": w = w.withBootSeconds((int) Math.min(Integer.MAX_VALUE, Durations.parse(value, "--boot"))); break;
                case "--clients": w = w.withClients(positive(value, "--clients")); break;
                case "--requests-per-connection": w = w.withRequestsPerConnection(positive(value, "--requests-per-connection")); break;
                case "--health-status": w = w.withHealthStatus(integer(value, "--health-status")); break;
                case "--monitoring": w = w.withMonitoring(monitoring(value)); break;
                default:
                    throw new ScenarioException(Message.of("sim.error.unknownOption", name, OPTIONS));
            }
        }
        if (rate < 0) {
            throw new ScenarioException(Message.of("sim.error.rateNegative", RateProfile.number(rate)));
        }
        RateProfile profile = profileText == null ? new RateProfile.Constant() : RateProfiles.parse(profileText, rate, duration);
        return new Scenario(duration, rate, profile, faults, from, to, port, mix, seed, db, w, period, format);
    }

    private static ScheduledFault fault(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0) {
            throw new ScenarioException(Message.of("sim.error.fault.syntax", text));
        }
        String resource = text.substring(0, at).trim();
        String rest = text.substring(at + 1);
        FaultAction action = null;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            action = FaultAction.parse(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        return new ScheduledFault(resource, Durations.parse(rest, "--fail " + text), action);
    }

    private static ReportFormat format(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "csv": return ReportFormat.CSV;
            case "json": return ReportFormat.JSON;
            default: throw new ScenarioException(Message.of("sim.error.format", value));
        }
    }

    private static Workload.Monitoring monitoring(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto": return Workload.Monitoring.AUTO;
            case "basic": return Workload.Monitoring.BASIC;
            case "detailed": return Workload.Monitoring.DETAILED;
            default: throw new ScenarioException(Message.of("sim.error.monitoring", value));
        }
    }

    private static Workload sigma(Workload w, double s) {
        return new Workload(w.serviceMillis(), s, w.maxWaitSeconds(), w.bootSeconds(), w.clients(), w.requestsPerConnection(), w.dbShare(),
                w.dbQueryMillis(), w.dbCpuMillis(), w.healthStatus(), w.idleCpuPercent(), w.requestBytes(), w.responseBytes(), w.monitoring());
    }

    /**
     * @param value the text
     * @param option what it is for, named in the error: an option ("--rate") or a {@link Message} ("to in the profile …")
     * @return the number
     * @throws ScenarioException when it is not a finite number
     */
    static double number(String value, Object option) {
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ScenarioException(Message.of("sim.error.needsNumber", option, value));
        }
    }

    private static int integer(String value, String option) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ScenarioException(Message.of("sim.error.needsWholeNumber", option, value));
        }
    }

    private static int positive(String value, String option) {
        int v = integer(value, option);
        if (v < 1) {
            throw new ScenarioException(Message.of("sim.error.atLeastOne", option, String.valueOf(v)));
        }
        return v;
    }

    private static long longValue(String value, String option) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ScenarioException(Message.of("sim.error.needsWholeNumber", option, value));
        }
    }
}
