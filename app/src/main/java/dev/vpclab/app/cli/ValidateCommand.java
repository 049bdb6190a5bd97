package dev.vpclab.app.cli;

import dev.vpclab.model.validation.Problem;
import dev.vpclab.model.validation.Severity;
import dev.vpclab.model.validation.Validator;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vpclab validate MODEL}: prints the model's problems one per line; exit 0 without errors, 1 with. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a model the way AWS would: prints one problem per line (severity, resource, field, message).",
                "Exit status: 0 no errors (warnings allowed), 1 the model has errors, 2 the model cannot be read."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "A .vpclab file or a folder of AWS CLI JSON outputs.")
    private String model;

    @Mixin
    private CommonOptions common;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = common.locale();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelLoader.Loaded loaded = ModelLoader.load(model, locale);
        ModelLoader.report(loaded, model, common.verbose(), err);
        List<Problem> problems = Validator.validate(loaded.document());
        problems.forEach(p -> out.println(p.line(locale)));
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.size() - errors;
        err.println(model + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings") + " in " + loaded.document().size() + " resources");
        return errors > 0 ? ExitCode.NEGATIVE : ExitCode.OK;
    }
}
