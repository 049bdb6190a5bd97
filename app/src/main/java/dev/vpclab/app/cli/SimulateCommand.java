package dev.vpclab.app.cli;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.sim.ReportFormat;
import dev.vpclab.sim.Scenario;
import dev.vpclab.sim.ScenarioArguments;
import dev.vpclab.sim.ScenarioException;
import dev.vpclab.sim.SimulationReport;
import dev.vpclab.sim.TrafficSimulator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code vpclab simulate MODEL [options]}: runs simulated traffic through the model and prints CloudWatch-style
 * metrics, alarm transitions, scaling activities and requests per target. The options after MODEL are read by
 * {@link ScenarioArguments}, the same parser the app uses for simulations saved in a document.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        customSynopsis = "vpclab simulate MODEL [--duration D] [--rate R] [--profile P] [--fail RESOURCE@TIME[:ACTION]]... [--from SRC] "
                + "[--to DST] [--port N] [--mix M] [--seed N] [--period 60|300] [--format csv|json] [--lang en|ko]",
        description = {"Simulate traffic through a model and print its CloudWatch metrics, alarms and Auto Scaling activity.",
                "Exit status: 0 done, 2 bad input (one line on stderr, nothing on stdout)."},
        footer = {"%nOptions after MODEL:",
                "  --duration D        how long to simulate: 90s, 30m, 2h (default 30m)",
                "  --rate R            base requests per second (default 10)",
                "  --profile P         constant | ramp:to=R,over=D | spike:peak=R,at=D,length=D | daily:peak=R,period=D | csv:FILE",
                "  --fail RES@T[:A]    a fault: RES an instance id or Name, an Availability Zone or a DB identifier;",
                "                      A stop | terminate | fail | recover (repeatable)",
                "  --from SRC          internet (default) or a resource that sends the requests",
                "  --to DST            a load balancer or instance (default: the first internet-facing load balancer)",
                "  --port N            the destination port (default: the load balancer's main listener)",
                "  --mix M             request paths and shares, e.g. \"/api/*=30,/=70\" (default /)",
                "  --seed N            random seed; the same seed gives the same output (default 1)",
                "  --period 60|300     reporting period in seconds (default 60)",
                "  --format csv|json   output format (default csv)",
                "  --db NAME|none, --db-share X, --service-time MS, --service-sigma S, --boot D, --clients N,",
                "  --requests-per-connection N, --health-status N, --monitoring auto|basic|detailed",
                "                      the simulated application (see the user guide)"})
public final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Unmatched
    private List<String> arguments = new ArrayList<>();

    @Mixin
    private CommonOptions common;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Locale.ENGLISH;
        try {
            locale = common.locale();
            List<String> options = new ArrayList<>();
            String model = split(arguments, options);
            Scenario scenario = ScenarioArguments.parse(options);
            ModelLoader.Loaded loaded = ModelLoader.load(model, locale);
            ModelLoader.report(loaded, model, common.verbose(), err);
            TrafficSimulator sim = TrafficSimulator.create(loaded.document(), scenario);
            sim.run();
            SimulationReport report = new SimulationReport(sim, locale);
            out.print(scenario.format() == ReportFormat.JSON ? report.json() : report.csv());
            for (Message note : sim.notes()) {
                err.println("vpclab: note: " + note.format(locale));
            }
            return ExitCode.OK;
        } catch (ScenarioException e) {
            err.println("vpclab: " + e.message().format(locale));
            return ExitCode.BAD_INPUT;
        } catch (UserInputException | CommandLine.TypeConversionException e) {
            err.println("vpclab: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Takes MODEL out of the arguments: the first one that is neither an option nor an option's value. */
    private static String split(List<String> args, List<String> options) {
        String model = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                options.add(a);
                if (a.indexOf('=') < 0 && i + 1 < args.size()) {
                    options.add(args.get(++i));
                }
            } else if (model == null) {
                model = a;
            } else {
                options.add(a);
            }
        }
        if (model == null) {
            throw new UserInputException("simulate needs a MODEL: a .vpclab file or a folder of AWS CLI JSON outputs");
        }
        return model;
    }
}
