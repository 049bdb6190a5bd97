package dev.vpclab.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vpclab} command line: headless subcommands over a model (a .vpclab file or a folder of AWS CLI
 * JSON). Exit status 0 means yes (reachable, valid), 1 means no, 2 means the input could not be used.
 */
@Command(name = "vpclab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Draw an AWS network, then ask it questions. With no arguments, opens the app.",
        subcommands = {ValidateCommand.class, TraceCommand.class, SimulateCommand.class, ImportCommand.class, RenderCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:reachable / no errors", "1:not reachable / the model has errors", "2:bad input (one line on stderr)"})
public final class VpcLabCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * Runs the command line with its error handling: bad arguments and bad input print one line on stderr and
     * exit 2, never a stack trace.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit status
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new VpcLabCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine sub = ex.getCommandLine();
            err.println("vpclab: " + ex.getMessage() + " (see '" + sub.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, sub, parsed) -> {
            if (ex instanceof UserInputException) {
                err.println("vpclab: " + ex.getMessage());
            } else {
                err.println("vpclab: unexpected error: " + ex + " (please report it with the command you ran)");
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
